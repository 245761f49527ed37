import { describe, expect, it } from 'vitest';
import { documentKeywords } from '../../src/assemble/keywords.js';

const text = '2014年义务教育工作要点。推进义务教育均衡发展,加强教师队伍建设,提升义务教育质量,2014年完成校舍改造。';

describe('documentKeywords', () => {
  const kw = documentKeywords(text, 10);
  it('at most 10', () => expect(kw.length).toBeLessThanOrEqual(10));
  it('best first is the repeated term', () => expect(kw[0]?.word).toBe('义务教育'));
  it('weights scaled to 0..1: the best weighs 1', () => expect([kw[0]?.weight, kw.every((k) => k.weight > 0 && k.weight <= 1)]).toEqual([1, true]));
  it('weights rounded to 3 decimals', () => expect(kw.every((k) => Math.round(k.weight * 1000) / 1000 === k.weight)).toBe(true));
  it('the vocabulary of every official document is left out', () => {
    const report = '坚持高质量发展,加快建设现代化产业体系,推动改革,完善机制,实施项目。乡村振兴取得成效,乡村旅游收入增长,乡村道路改造完成。'.repeat(3);
    const words = documentKeywords(report, 5).map((k) => k.word);
    expect(words.filter((w) => ['发展', '建设', '推动', '加快', '完善', '实施', '高质量'].includes(w))).toEqual([]);
    expect(words[0]).toBe('乡村');
  });
  it('weights descend', () => expect(kw.every((k, i) => i === 0 || k.weight <= (kw[i - 1]?.weight ?? Infinity))).toBe(true));
  it('no bare years or numbers', () => expect(kw.some((k) => /^\d+$/.test(k.word))).toBe(false));
  it('topN is honoured', () => expect(documentKeywords(text, 3)).toHaveLength(3));
  it('no redaction placeholders', () => expect(documentKeywords('XX小学XX年XX工作,XX学校XX活动,XX教师XX培训。', 10).some((k) => /^x+$/i.test(k.word))).toBe(false));
  it('no generic words', () => expect(documentKeywords('开展工作,推进工作,落实工作,加强工作,校舍改造。', 10).map((k) => k.word)).not.toContain('工作'));
  it('empty text', () => expect(documentKeywords('', 10)).toEqual([]));
});
