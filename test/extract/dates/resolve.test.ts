import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { dateFacts } from './helpers.js';
import { found, rows, run } from './helpers.js';

describe('dates: the document year from the title', () => {
  it('a plan titled with its year', () =>
    expect(rows('2015年教育工作要点\n一、3月8日前报送。')).toEqual([
      ['2015年', '2015', null, 'point', null, false],
      ['3月8日前', '2015-03-08', null, 'deadline', null, true],
    ]));
  it('the title wins over the caller', () => expect(found('2015年工作计划\n9月开学', 2010)[1]).toEqual(['9月', '2015-09', null]));
  it('a summary and a plan with the summary year redacted speak from the year before', () =>
    expect(found('教育局XX年工作总结和2018年工作思路\n12月底开工')[1]).toEqual(['12月底', '2017-12', null]));
  it('a summary and a plan with both years written speak from the first', () =>
    expect(found('2016年工作总结及2017年工作计划\n9月竣工')[2]).toEqual(['9月', '2016-09', null]));
  it('a school-year plan speaks from its first year', () => expect(found('2014-2015学年工作计划\n10月运动会')[1]).toEqual(['10月', '2014-10', null]));
  it('a year after a sentence break is not a title year', () =>
    expect(found('关于做好招生工作的通知,经研究2013年调整\n9月开学', 2016)[1]).toEqual(['9月', '2016-09', null]));
});

describe('dates: the document year from its number, signature or mentions', () => {
  it('a document number at the top', () => expect(found('灞校发〔2015〕05号\n关于开展活动的通知\n3月8日前报送')[0]).toEqual(['3月8日前', '2015-03-08', null]));
  it('a signing date at the end', () =>
    expect(found('督导组于5月9日检查了我校。\n整改如下。\nXX小学\n2016年5月13日')[0]).toEqual(['5月9日', '2016-05-09', null]));
  it('a signing date in Chinese numerals', () => expect(found('各校于4月底前完成。\n某某小学\n二〇一三年三月')[0]).toEqual(['4月底前', '2013-04', null]));
  it('the latest of the busy years of a report', () =>
    expect(found('2009年新建,2009年完善,2010年投入,2010年验收,2008年规划。今年5月表彰。').at(-1)).toEqual(['今年5月', '2010-05', null]));
  it('the caller when the document names no year', () => expect(rows('9月开学', 2020)).toEqual([['9月', '2020-09', null, 'point', null, true]]));
  it('the caller comes from referenceDate too', () => {
    const r = extractDates('9月开学', [], dateFacts('9月开学', '2021-03-01', []));
    expect(r.dates.map((d) => d.value)).toEqual(['2021-09']);
  });
  it('the caller wins over counted mentions', () => expect(found('2009年建成。9月开学', 2012)[1]).toEqual(['9月', '2012-09', null]));
});

describe('dates: relative years', () => {
  it.each([
    ['今年9月', '2014-09'],
    ['明年3月', '2015-03'],
    ['去年12月', '2013-12'],
    ['今年五月', '2014-05'],
    ['上年12月', '2013-12'],
  ])('%s', (text, value) => expect(rows(text, 2014)).toEqual([[text, value, null, 'point', null, true]]));
  it('同年 takes the year written before it', () => expect(found('2009年建成,同年10月验收', 2014)[1]).toEqual(['同年10月', '2009-10', null]));
  it('次年 is the year after the one written before it', () => expect(found('2009年建成,次年3月验收', 2014)[1]).toEqual(['次年3月', '2010-03', null]));
});

describe('dates: a written date carries its year to the bare months after it', () => {
  it('in a run of months', () =>
    expect(found('2010年1月,校长赴京培训;4月启动网上培训;8月,班主任赴京;10月底,实施国培。', 2014).map((d) => d[1])).toEqual([
      '2010-01', '2010-04', '2010-08', '2010-10',
    ]));
  it('not to an earlier month', () => expect(found('2010年11月建成。3月开学', 2014)[1]).toEqual(['3月', '2014-03', null]));
  it('not across a blank line', () => expect(found('2010年1月建成。\n\n4月开学', 2014)[1]).toEqual(['4月', '2014-04', null]));
  it('a bare year carries within its sentence', () => expect(found('2009年建成,9月开学', 2014)[1]).toEqual(['9月', '2009-09', null]));
  it('a bare year does not carry to the next sentence', () => expect(found('2009年建成。9月开学', 2014)[1]).toEqual(['9月', '2014-09', null]));
});

describe('dates: without any reference year', () => {
  it('leaves bare months out with one warning', () => {
    const r = run('9月开学,12月放假');
    expect(r.dates).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_REFERENCE_YEAR']);
    expect(r.warnings[0]?.message).toMatch(/^2 date mentions/);
  });
  it('keeps written years and warns for the rest', () => {
    const r = run('今年9月开学');
    expect(r.dates).toEqual([]);
    expect(r.warnings[0]?.code).toBe('NO_REFERENCE_YEAR');
  });
  it('no warning when nothing is left out', () => expect(run('2014年3月开学').warnings).toEqual([]));
});

describe('dates: redacted years', () => {
  it.each(['XX年工作总结', 'xx年', '××年', '20XX年', 'ＸＸ年'])('%s is not a date and warns', (text) => {
    const r = run(text, 2014);
    expect(r.dates).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['REDACTED_YEAR']);
  });
  it('warns once for many', () => {
    const r = run('XX年总结,XX年计划,xx年安排', 2014);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(/^3 redacted years/);
    expect(r.warnings[0]?.span).toEqual([0, 3]);
  });
  it('a redacted year with a month is left out too', () => expect(run('XX年3月启动', 2014).dates).toEqual([]));
  it('no warning for a written year', () => expect(run('2014年', 2014).warnings).toEqual([]));
});

describe('dates: school-year documents', () => {
  const summary = '2013—2014学年度工作总结\n今年3月获奖;5月获团体第一;9月至12月开展排查。\n某某中学\n2014年7月8日';
  it('autumn months fall in the first year, spring months in the second', () =>
    expect(found(summary).slice(1, 4)).toEqual([
      ['今年3月', '2014-03', null],
      ['5月', '2014-05', null],
      ['9月至12月', '2013-09', '2013-12'],
    ]));
  it('a plan for a school year', () => expect(found('2014-2015学年工作计划\n3月开展春季运动会;10月举行秋季运动会')).toEqual([
    ['2014-2015学年', '2014', '2015'],
    ['3月', '2015-03', null],
    ['10月', '2014-10', null],
  ]));
});

describe('dates: list markers before dates', () => {
  it('a month range after a list marker', () => expect(found('4.5—6月组织模拟考试', 2014)).toEqual([['5—6月', '2014-05', '2014-06']]));
  it('a dotted range after a list marker', () => expect(found('8.2014.9-2015.1学期', 2014)).toEqual([['2014.9-2015.1', '2014-09', '2015-01']]));
  it('a numeric date after a list marker', () => expect(found('1.2014-03-02完成', 2014)).toEqual([['2014-03-02', '2014-03-02', null]]));
  it('a year after a list marker', () => expect(found('2.2014年8月31日前完成')).toEqual([['2014年8月31日前', '2014-08-31', null]]));
});

describe('dates: a planning period\'s name is no year for what follows', () => {
  it('a bare month after 十三五 takes the document\'s year, not 2020', () =>
    expect(found('2016年生态环境保护工作要点\n布局我区“十三五”生态环境保护目标,6月份前报省领导小组办公室。')).toContainEqual(['6月份前', '2016-06', null]));
  it('nor does 当年 after it take the period\'s last year', () =>
    expect(found('2017年财政决算情况的报告\n对照“十三五”规划,当年收支结余7,373万元。', null, { vague: true }).find((r) => r[0] === '当年')?.[1]).toBe('2017'));
});

