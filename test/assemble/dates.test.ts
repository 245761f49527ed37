import { describe, expect, it } from 'vitest';
import { signatureIssued, titlePeriod } from '../../src/assemble/dates.js';

describe('titlePeriod (fallback)', () => {
  it('one year', () => expect(titlePeriod('2014年义务教育工作要点')).toEqual({ start: '2014', end: '2014' }));
  it('a range', () => expect(titlePeriod('2013-2015年教师培训规划')).toEqual({ start: '2013', end: '2015' }));
  it('a school year range', () => expect(titlePeriod('2014—2015学年工作计划')).toEqual({ start: '2014', end: '2015' }));
  it('no year', () => expect(titlePeriod('学校德育工作计划')).toBeNull());
  it('redacted year', () => expect(titlePeriod('教育局XX年工作总结')).toBeNull());
  it('no title', () => expect(titlePeriod(null)).toBeNull());
});

describe('signatureIssued (fallback)', () => {
  it('closing signature', () => {
    const text = '工作报告\n…完成。\n城南小学\n2013年11月1日';
    const d = signatureIssued(text, []);
    expect(d).toEqual({ text: '2013年11月1日', value: '2013-11-01', span: [15, 25] });
    expect(d && text.slice(d.span[0], d.span[1])).toBe(d?.text);
  });
  it('a date alone on the last line', () => expect(signatureIssued('相关材料。\n二0一三年三月', [])?.value).toBe('2013-03'));
  it('the extracted mention value wins', () => {
    const text = '城南小学\n2013年11月1日';
    const mention = { text: '2013年11月1日', value: '2013-11-02', end: null, kind: 'point' as const, modifier: null, yearInferred: false, sectionId: null, span: [5, 15] as [number, number] };
    expect(signatureIssued(text, [mention])?.value).toBe('2013-11-02');
  });
  it('no signature', () => expect(signatureIssued('确保完成各项任务。', [])).toBeNull());
});

describe('signatureIssued before an appended schedule', () => {
  it('organ and date before 附件', () =>
    expect(signatureIssued('…完成整治。\n南水县水利局\n2023年3月6日\n附件\n序号\t任务\t完成时限\n1\t排查\t2023年6月30日前\n', [])?.value).toBe('2023-03-06'));
});
