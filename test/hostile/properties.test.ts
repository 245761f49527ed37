// Property tests over the text pipeline (issue 13): for any string, made of realistic pieces
// (markers, numerals, dates, units, punctuation, line breaks) or of arbitrary Unicode, extraction
// does not throw, every span lies inside `text` and slices (in code points) to the item's text,
// section spans nest, and the record validates against the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src/emit/validate.js';
import { extractText } from '../../src/pipeline.js';
import type { DocumentRecord, Section } from '../../src/schema/document.js';

/** Pieces of official documents, and of what breaks rules: markers, numbers, units, dates, brackets. */
const PIECES = [
  '一、', '二、', '十一、', '（一）', '(二)', '1.', '2、', '3．', '(1)', '（2）', '①', '②', '第一条', '第二章', '第一阶段', '一是', '1.1', '2.3.1',
  '总体要求', '主要任务', '工作目标', '保障措施', '加强', '管理', '提高', '质量', '学校', '教师', '培训', '完成', '投资', '建设', '年度', '计划',
  '2023年', '2024年3月', '3月15日', '12月底前', '上半年', '至', '—', '-', '~', '到', '年', '月', '日', '号',
  '10%', '95.6%', '3-4处', '约', '1000万元', '5.4万亿元', '以上', '不少于', '万', '亿', '元', '人', '所', '平方米', '名', '个百分点', '余', '多',
  '0', '1', '9', '12', '2014', '3.12', '〔2024〕12号', '十三五', 'XX年',
  '，', '。', '；', '：', ':', '、', '“', '”', '《', '》', '【', '】', '(', ')', '（', '）', ' ', '\t', '\u3000', '\n', '\n\n', '\r\n',
  '第1页', '- 2 -', '附件：', '第一篇', '篇二', '某县教育局', '2024年1月5日',
];

const piece = fc.constantFrom(...PIECES);
const realistic = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));
const mixed = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((a) => a.join(''));

function codePoints(text: string): string[] {
  return Array.from(text);
}

function checkSections(sections: readonly Section[], outer: readonly [number, number], length: number): void {
  let previousEnd = outer[0];
  for (const s of sections) {
    const [a, b] = s.span;
    expect(a).toBeGreaterThanOrEqual(outer[0]);
    expect(b).toBeLessThanOrEqual(outer[1]);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(length);
    expect(a).toBeGreaterThanOrEqual(previousEnd); // siblings in order, not overlapping
    previousEnd = b;
    checkSections(s.children, [a, b], length);
  }
}

function checkRecord(record: DocumentRecord): void {
  const checked = validateRecord(record);
  expect(checked.ok ? '' : checked.message).toBe('');
  const cps = codePoints(record.text ?? '');
  const slice = (span: readonly [number, number]): string => cps.slice(span[0], span[1]).join('');
  const inside = (span: readonly [number, number]): void => {
    expect(span[0]).toBeGreaterThanOrEqual(0);
    expect(span[0]).toBeLessThanOrEqual(span[1]);
    expect(span[1]).toBeLessThanOrEqual(cps.length);
  };
  for (const m of record.metrics) {
    inside(m.span);
    expect(slice(m.span)).toBe(m.text);
  }
  for (const d of record.dates) {
    inside(d.span);
    expect(slice(d.span)).toBe(d.text);
  }
  for (const t of record.tables) {
    inside(t.span);
    for (const row of t.rows) {
      for (const cell of row.cells) {
        if (!cell.span) continue;
        inside(cell.span);
        expect(slice(cell.span)).toBe(cell.text);
      }
    }
  }
  for (const w of record.warnings) if (w.span) inside(w.span);
  checkSections(record.sections, [0, cps.length], cps.length);
}

const RUNS = { numRuns: 150, seed: 13 };

describe('the text pipeline on any string', () => {
  it('realistic pieces in any order: no throw, spans inside and exact, sections nest, records valid', () => {
    fc.assert(
      fc.property(realistic, (text) => {
        for (const record of extractText(text)) checkRecord(record);
      }),
      RUNS,
    );
  }, 300_000);

  it('pieces mixed with arbitrary Unicode (lone surrogates, controls, astral characters)', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        for (const record of extractText(text)) checkRecord(record);
      }),
      RUNS,
    );
  }, 300_000);

  it('with --no-text and a reference date the records still validate', () => {
    fc.assert(
      fc.property(realistic, (text) => {
        for (const record of extractText(text, { includeText: false, referenceDate: '2024-03' })) expect(validateRecord(record).ok).toBe(true);
      }),
      { numRuns: 50, seed: 7 },
    );
  }, 300_000);
});
