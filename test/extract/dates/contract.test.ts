import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { dateFacts } from './helpers.js';
import { DateMention } from '../../../src/schema/document.js';

// A made-up plan mixing every form, to check the output against the contract schema.
const SAMPLE = [
  '某某县2015年教育工作要点',
  '一、总体目标',
  '到2015年底,全县学前三年毛入园率达到75%;2016—2020年完成布局调整。',
  '二、重点任务',
  '(一)3月8日前报送方案;4月1日至4月30日开展安全月活动;5—6月组织模拟考试。',
  '(二)2014年9月起实施新课程,2014-2015学年完成首轮试点,2007年以来累计投入1.2亿元。',
  '(三)今年9月、明年3月分别验收;12月底前完成,10月下旬检查,2015年上半年总结。',
  '(四)整改时间:2015.5.10;阶段:2014.9-2015.1;二〇一五年三月启动。XX年数据不计。',
  '某某县教育局',
  '二〇一五年二月十日',
].join('\n');

describe('dates: the output honours the contract', () => {
  const { dates, warnings } = extractDates(SAMPLE, [], dateFacts(SAMPLE, null, []));
  it('finds every mention of the sample', () =>
    expect(dates.map((d) => (d.end ? `${d.value}..${d.end}` : d.value))).toEqual([
      '2015', '2015', '2016..2020', '2015-03-08', '2015-04-01..2015-04-30', '2015-05..2015-06', '2014-09', '2014..2015', '2007',
      '2015-09', '2016-03', '2015-12', '2015-10', '2015-01..2015-06', '2015-05-10', '2014-09..2015-01', '2015-03', '2015-02-10',
    ]));
  // 到2015年底 (by the end of 2015) is a deadline
  it('kinds of the sample', () =>
    expect(dates.map((d) => d.kind[0]).join('')).toBe('pdrdrrsrsppdprprpp'));
  it('every mention passes the zod schema', () => {
    for (const d of dates) expect(DateMention.safeParse(d).success).toBe(true);
  });
  it('every span slices to its text', () => {
    for (const d of dates) expect(SAMPLE.slice(d.span[0], d.span[1])).toBe(d.text);
  });
  it('mentions are in text order and do not overlap', () => {
    for (let i = 1; i < dates.length; i++) expect(dates[i]!.span[0]).toBeGreaterThanOrEqual(dates[i - 1]!.span[1]);
  });
  it('range ends are not before their starts', () => {
    for (const d of dates) if (d.end) expect(d.end.localeCompare(d.value.slice(0, d.end.length))).toBeGreaterThanOrEqual(0);
  });
  it('reports the redacted year once', () => expect(warnings.map((w) => w.code)).toEqual(['REDACTED_YEAR']));
  // how their time grows is bench/growth.mjs's to check (the date families)
  it('reads a long text', () => {
    const long = SAMPLE.repeat(200);
    expect(extractDates(long, [], dateFacts(long, null, [])).dates.length).toBeGreaterThan(200);
  });
  it('survives hostile input', () => {
    const hostile = '2014年'.repeat(2000) + '1-'.repeat(5000) + '年'.repeat(5000) + '2014.3.'.repeat(2000) + '一'.repeat(5000);
    expect(() => extractDates(hostile, [], dateFacts(hostile, 2014, []))).not.toThrow();
  });
});
