import { describe, expect, it } from 'vitest';
import { assemble, type AssembleInput } from '../../src/assemble/index.js';
import { DocumentRecord, type DateMention } from '../../src/schema/document.js';
import { tree, type Spec } from './tree.js';
import { decideFacts } from '../../src/facts/index.js';

const source = { path: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8', pages: null, part: 1, parts: 1 } as const;

interface Extra extends Partial<AssembleInput> {
  /** The collection's title from the splitter (read by the facts stage). */
  readonly collectionTitle?: string;
}

function input(text: string, specs: readonly Spec[], extra: Extra = {}): AssembleInput {
  const sections = tree(text, specs);
  const facts = decideFacts({ text, sections, heading: null, collectionTitle: extra.collectionTitle ?? null, pageBreaks: [], metadata: { titles: [], dates: [] }, referenceDate: null });
  const { collectionTitle: _collection, ...rest } = extra;
  return {
    text,
    facts,
    sections,
    metrics: [],
    dates: [],
    warnings: [],
    source,
    script: 'simplified',
    type: 'auto',
    includeText: true,
    ...rest,
  };
}

const notice = [
  '城校发〔2014〕05号',
  '城关镇中心学校关于印发《城关镇中心学校安全工作实施方案》的通知',
  '各完小:现将《城关镇中心学校安全工作实施方案》印发给你们,请认真贯彻落实。',
  '城关镇中心学校',
  '2014年3月2日',
  '城关镇中心学校安全工作实施方案',
  '为了加强校园安全,特制定本方案。',
  '一、指导思想',
  '坚持安全第一。',
  '二、工作目标',
  '确保全年无事故。',
  '三、主要任务',
  '1.排查隐患。',
  '2.开展演练。',
  '四、时间安排',
  '(一)动员阶段(3月3日—3月15日)',
  '五、保障措施',
  '加强领导。',
].join('\n');
const noticeSpecs: Spec[] = [
  { head: '一、指导思想' },
  { head: '二、工作目标' },
  { head: '三、主要任务', children: [{ head: '1.排查隐患' }, { head: '2.开展演练' }] },
  { head: '四、时间安排', children: [{ head: '(一)动员阶段' }] },
  { head: '五、保障措施' },
];

describe('assemble: a notice that carries a plan', () => {
  const dates: DateMention[] = [];
  const at = notice.indexOf('3月3日—3月15日');
  dates.push({ text: '3月3日—3月15日', value: '2014-03-03', end: '2014-03-15', kind: 'range', modifier: null, yearInferred: true, sectionId: '4.1', span: [at, at + 10] });
  const rec = assemble(input(notice, noticeSpecs, { dates }));
  it('validates against the contract', () => expect(DocumentRecord.safeParse(rec).success).toBe(true));
  it('type', () => expect(rec.type).toBe('work_plan'));
  it('title is the carried plan', () => expect(rec.title).toBe('城关镇中心学校安全工作实施方案'));
  it('docNumber', () => expect(rec.docNumber).toBe('城校发〔2014〕05号'));
  it('issuer', () => expect(rec.issuer).toBe('城关镇中心学校'));
  it('issued', () => expect(rec.issued).toMatchObject({ text: '2014年3月2日', value: '2014-03-02' }));
  it('issued span slices its text', () => expect(rec.issued?.span && [...notice].slice(rec.issued.span[0], rec.issued.span[1]).join('')).toBe('2014年3月2日'));
  it('period: the year of the document number (dates helper)', () => expect(rec.period).toEqual({ start: '2014', end: '2014' }));
  it('roles', () => expect(rec.sections.map((s) => s.role)).toEqual(['guiding_principles', 'goals', 'tasks', 'timeline', 'measures']));
  it('views', () => {
    if (rec.type !== 'work_plan') throw new Error('plan expected');
    expect(rec.goals).toEqual([{ sectionId: '2', title: '工作目标' }]);
    expect(rec.tasks.map((t) => t.title)).toEqual(['排查隐患', '开展演练']);
    expect(rec.timeline).toEqual([{ sectionId: '4.1', title: '动员阶段', start: '2014-03-03', end: '2014-03-15' }]);
  });
  it('no type warning', () => expect(rec.warnings).toEqual([]));
  it('keywords present', () => expect(rec.keywords.length).toBeGreaterThan(0));
});

const mixed = [
  '教育局2019年工作总结和2020年工作思路',
  '一年来,我局认真落实各项任务,顺利完成了目标。',
  '一、主要工作',
  '(一)改善办学条件。新建了两所学校。',
  '(二)提升教育质量。取得了较好成绩。',
  '二、存在的问题和不足',
  '经费仍然不足。',
  '三、2020年工作思路',
  '(一)推进项目建设。要加快进度。',
  '(二)加强队伍建设。将推进交流。',
].join('\n');
const mixedSpecs: Spec[] = [
  { head: '一、主要工作', children: [{ head: '(一)改善办学条件' }, { head: '(二)提升教育质量' }] },
  { head: '二、存在的问题和不足' },
  { head: '三、2020年工作思路', children: [{ head: '(一)推进项目建设' }, { head: '(二)加强队伍建设' }] },
];

describe('assemble: a report whose second half is next year plan', () => {
  const rec = assemble(input(mixed, mixedSpecs));
  it('validates', () => expect(DocumentRecord.safeParse(rec).success).toBe(true));
  it('report', () => expect(rec.type).toBe('summary_report'));
  it('title', () => expect(rec.title).toBe('教育局2019年工作总结和2020年工作思路'));
  it('roles', () => expect(rec.sections.map((s) => s.role)).toEqual(['achievements', 'problems', 'next_steps']));
  it('views', () => {
    if (rec.type !== 'summary_report') throw new Error('report expected');
    expect(rec.achievements.map((i) => i.sectionId)).toEqual(['1.1', '1.2']);
    expect(rec.problems).toEqual([{ sectionId: '2', title: '存在的问题和不足' }]);
    expect(rec.nextSteps.map((i) => i.title)).toEqual(['推进项目建设', '加强队伍建设']);
  });
  it('period: reviewed and planned years (dates helper)', () => expect(rec.period).toEqual({ start: '2019', end: '2020' }));
  it('--type overrides without a warning', () => {
    const forced = assemble(input(mixed, mixedSpecs, { type: 'work_plan' }));
    expect(forced.type).toBe('work_plan');
    expect(forced.warnings).toEqual([]);
    expect(forced.sections[0]?.role).toBe('tasks');
  });
});

describe('assemble: a plan with no title', () => {
  const text = '本学期我校将继续深化课堂改革。\n一、指导思想\n要坚持立德树人。\n二、工作目标\n力争全面达标。\n三、保障措施\n要加强领导。\n';
  const rec = assemble(input(text, [{ head: '一、指导思想' }, { head: '二、工作目标' }, { head: '三、保障措施' }]));
  it('title null', () => expect(rec.title).toBeNull());
  it('plan from the body', () => expect(rec.type).toBe('work_plan'));
  it('confident: no warning', () => expect(rec.warnings.map((w) => w.code)).toEqual([]));
  it('header fields null', () => expect([rec.issuer, rec.docNumber, rec.issued, rec.period]).toEqual([null, null, null, null]));
});

describe('assemble: doubtful type', () => {
  const rec = assemble(input('学校概况。', []));
  it('LOW_CONFIDENCE_TYPE', () => expect(rec.warnings.map((w) => w.code)).toEqual(['LOW_CONFIDENCE_TYPE']));
  it('validates', () => expect(DocumentRecord.safeParse(rec).success).toBe(true));
});

describe('assemble: spans in code points', () => {
  const text = '𠀀学校工作计划\n一、工作目标\n力争达标。\n';
  const specs: Spec[] = [{ head: '一、工作目标' }];
  const rec = assemble(input(text, specs, { warnings: [{ code: 'X', message: 'm', span: [9, 13] }] }));
  it('section span shifted by the astral character', () => expect(rec.sections[0]?.span).toEqual([8, text.length - 1]));
  it('warning spans converted', () => expect(rec.warnings[0]?.span).toEqual([8, 12]));
  it('title read past the astral character', () => expect(rec.title).toBe('𠀀学校工作计划'));
  it('includeText false drops text', () => expect('text' in assemble(input(text, specs, { includeText: false }))).toBe(false));
  it('existing warnings kept first', () => expect(rec.warnings[0]?.code).toBe('X'));
});

describe('assemble: a part from a collection', () => {
  const text = '本学年我区基础教育工作要坚持立德树人。\n一、深化综合改革\n要推进改革。\n';
  const rec = assemble(input(text, [{ head: '一、深化综合改革' }], { collectionTitle: '基础教育工作计划' }));
  it('collection title', () => expect(rec.title).toBe('基础教育工作计划'));
  it('plan', () => expect(rec.type).toBe('work_plan'));
  it('default role tasks', () => expect(rec.sections[0]?.role).toBe('tasks'));
});
