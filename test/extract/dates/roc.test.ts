// The ROC (Minguo) calendar of Taiwan documents: 民国112年 = 2023 anywhere; a bare 112年 only in a
// document whose own words show the calendar (the facts stage decides it once).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/pipeline.js';
import { scan } from '../../../src/text/calendar/engine.js';
import { refine } from '../../../src/text/calendar/refiners.js';
import { calendarOf, usesRocCalendar } from '../../../src/text/calendar/roc.js';
import type { ParseOptions } from '../../../src/text/calendar/types.js';
import { dateFacts, found, rows } from './helpers.js';

/** A line that makes a text an ROC document (a school year counted in ROC years). */
const ROC = '111学年度校务发展计划\n';

describe('calendar: which documents count years in the ROC calendar', () => {
  it.each([
    ['民国112年', '本案依民国112年预算办理。'],
    ['中华民国 with a year', '中华民国112年3月1日'],
    ['民国 with a year of 度', '民国110年度决算'],
    ['a school year in ROC years', '111学年度新生训练计划'],
    ['two bare year-and-month dates', '报名:112年1月3日;公告:112年2月1日'],
    ['a fiscal year and a date', '112年度实施计划\n本计划自112年3月1日起实施。'],
    ['after list markers', '1.112年3月1日报名;\n2.112年4月1日截止'],
    ['a Taiwan document number (ten digits, the ROC year first)', '依教育部96年8月9日台军字第0960109218号函办理。'],
    ['a Taiwan document number written with ○', '执行台军字第○九五○○五七五九八号令。'],
  ])('%s', (_why, text) => expect(usesRocCalendar(text)).toBe(true));
  it.each([
    ['a mainland plan', '2023年工作计划\n3月1日前完成,全年投入120万元。'],
    ['a centenary', '学校迎来100年校庆,全校师生共同参与。'],
    ['a long history', '古镇已有800年历史,112年前曾遭水灾。'],
    ['one bare year with a month', '本村112年3月修建的祠堂'],
    ['a Minguo year in a school history', '学校始建于民国二十年,民国38年迁入新址。'],
    ['two-digit years as a mainland writer abbreviates them', '98年3月参加工作,99年5月调入本校。'],
    ['a count with a thousands separator', '累计1,112年3月'],
    ['a mainland document number', '根据京政发〔2014〕12号和京教字第2014001234号文件。'],
  ])('not %s', (_why, text) => expect(usesRocCalendar(text)).toBe(false));
  it('calendarOf names the calendar', () => {
    expect(calendarOf('111学年度计划')).toBe('roc');
    expect(calendarOf('2023年计划')).toBe('gregorian');
  });
  it('the facts stage decides it once for the dates', () => {
    expect(dateFacts(`${ROC}正文`).calendar).toBe('roc');
    expect(dateFacts('2023年计划\n正文').calendar).toBe('gregorian');
  });
});

describe('dates: 民国 years in any document', () => {
  it.each([
    ['依民国112年规定办理', '民国112年', '2023'],
    ['中华民国112年3月1日公布', '中华民国112年3月1日', '2023-03-01'],
    ['中华民国 112 年 3 月 1 日', '中华民国 112 年 3 月 1 日', '2023-03-01'],
    ['民国110年度预算', '民国110年度', '2021'],
    ['学校创建于民国三十八年', '民国三十八年', '1949'],
    ['民国元年', '民国元年', '1912'],
    ['民国99年12月', '民国99年12月', '2010-12'],
    // a cover's year written digit by digit, with ○ (U+25CB) or 〇 for zero
    ['中华民国一○四年八月教育部编印', '中华民国一○四年八月', '2015-08'],
    ['中华民国一〇五年三月', '中华民国一〇五年三月', '2016-03'],
  ])('%s', (text, mention, value) => expect(found(text, 2014)).toEqual([[mention, value, null]]));
  it('民国 makes no year of a count', () => expect(found('民国100年来的变迁', 2014)).toEqual([]));
});

describe('dates: bare ROC years in an ROC document', () => {
  it.each([
    ['112年3月1日报名', '112年3月1日', '2023-03-01', null, 'point'],
    ['112 年 3 月 1 日报名', '112 年 3 月 1 日', '2023-03-01', null, 'point'],
    ['112年灾害防救演练计划', '112年', '2023', null, 'point'],
    ['110年度评鉴', '110年度', '2021', null, 'point'],
    // a two-digit year needs a month, or 年度 (a budget year): 83年度补助, 85年度起
    ['教育部曾于83年度补助试办', '83年度', '1994', null, 'point'],
    // Chinese numerals, as running text writes the year (九十五年四月二十八日)
    ['为执行九十五年四月二十八日令', '九十五年四月二十八日', '2006-04-28', null, 'point'],
    ['一百一十二年三月一日起', '一百一十二年三月一日起', '2023-03-01', null, 'start'],
    ['自85年度起扩大办理', '85年度起', '1996', null, 'start'],
    ['112年3月份', '112年3月份', '2023-03', null, 'point'],
    ['112年11月15日前完成', '112年11月15日前', '2023-11-15', null, 'deadline'],
    ['109年以来持续推动', '109年以来', '2020', null, 'start'],
    ['自112年1月9日起开放', '112年1月9日起', '2023-01-09', null, 'start'],
    ['112年底前完成', '112年底前', '2023', null, 'deadline'],
    ['98年12月31日', '98年12月31日', '2009-12-31', null, 'point'],
    ['计划期程:111年11月至112年7月。', '111年11月至112年7月', '2022-11', '2023-07', 'range'],
    ['112年3月1日至112年6月1日止', '112年3月1日至112年6月1日止', '2023-03-01', '2023-06-01', 'range'],
    ['自112年3月至11月期间办理', '112年3月至11月', '2023-03', '2023-11', 'range'],
    ['112年3-5月', '112年3-5月', '2023-03', '2023-05', 'range'],
    ['112年2月8至9日', '112年2月8至9日', '2023-02-08', '2023-02-09', 'range'],
    ['109至112年', '109至112年', '2020', '2023', 'range'],
    ['112年上半年', '112年上半年', '2023-01', '2023-06', 'range'],
  ])('%s', (text, mention, value, end, kind) => {
    const row = rows(`${ROC}${text}`).find((r) => r[0] === mention);
    expect(row && [row[1], row[2], row[3]]).toEqual([value, end, kind]);
  });
  it('112年5月27日或5月28日: two points, the second takes the year', () =>
    expect(found(`${ROC}决赛:112年5月27日或5月28日`).slice(1)).toEqual([
      ['112年5月27日', '2023-05-27', null],
      ['5月28日', '2023-05-28', null],
    ]));
  it.each([
    ['服务满40年', '服务满40年'],
    ['a two-digit year with no month', '推动50年'],
    ['a centenary', '迎接100年校庆'],
    ['a long history', '具有120年历史'],
    ['a count of years', '历经100年来的发展'],
    ['more than', '使用100年以上'],
    ['a thousands separator', '捐款1,112年'],
    ['a count in Chinese numerals', '已有九十五年历史'],
    ['a Chinese-numeral year with no month', '服务九十五年'],
  ])('not %s', (_why, text) => expect(found(`${ROC}${text}`).slice(1)).toEqual([]));
});

describe('dates: ROC school years', () => {
  it.each([
    ['111学年度新生训练', '111学年度', '2022-08', '2023-07'],
    ['111 学年度', '111 学年度', '2022-08', '2023-07'],
    ['98学年度', '98学年度', '2009-08', '2010-07'],
    ['111学年第1学期', '111学年', '2022-08', '2023-07'],
    ['110-111学年度', '110-111学年度', '2021-08', '2023-07'],
  ])('%s', (text, mention, value, end) =>
    expect(rows(`${ROC}${text}`).find((r) => r[0] === mention)).toEqual([mention, value, end, 'range', null, false]));
  it('a school year in the title makes the period', () => {
    const [record] = extractText('111学年度校园竞赛实施计划\n壹、期程:111年11月至112年7月。');
    expect(record?.period).toEqual({ start: '2022', end: '2023' });
  });
  it('a mainland 2022学年 is a Gregorian school year, never an ROC one', () => expect(found('2022学年第一学期工作计划', 2022)).toEqual([['2022学年', '2022', '2023']]));
  it('a mainland school year range is a range of years', () => expect(found('2022-2023学年')).toEqual([['2022-2023学年', '2022', '2023']]));
});

describe('dates: dotted and slashed ROC dates in an ROC document', () => {
  it.each([
    ['汇整表112.1.19修订', '112.1.19', '2023-01-19'],
    ['112/03/01报送', '112/03/01', '2023-03-01'],
    ['112-03-01报送', '112-03-01', '2023-03-01'],
  ])('%s', (text, mention, value) => expect(found(`${ROC}${text}`).slice(1)).toEqual([[mention, value, null]]));
  it('a dotted range', () => expect(found(`${ROC}112.3.1-3.15`).slice(1)).toEqual([['112.3.1-3.15', '2023-03-01', '2023-03-15']]));
  it('not a dotted number with a unit', () => expect(found(`${ROC}提高112.3.1%`).slice(1)).toEqual([]));
  it('not a version number', () => expect(found(`${ROC}系统V2.112.3.1版`).slice(1)).toEqual([]));
});

describe('dates: never an ROC year in a mainland document', () => {
  it.each([
    ['a centenary', '学校迎来100年校庆'],
    ['a long history', '古城已有800年历史'],
    ['a three-digit count', '全镇共有112年历史的老街'],
    ['a bare year with a month', '本村112年3月修建'],
    ['a dotted triple', '条款112.3.1规定'],
    ['a school year', '111学年'],
  ])('%s: %s', (_why, text) => expect(found(text, 2023)).toEqual([]));
  it('the same sentence is read in an ROC document', () => expect(found(`${ROC}本村112年3月修建`).slice(1)).toEqual([['112年3月', '2023-03', null]]));
  it('the grammar reads a bare ROC year only when asked', () => {
    const text = '112年3月1日';
    const read = (options: ParseOptions) => refine(text, scan(text, options), options).map((c) => [c.rule, c.start, c.end]);
    expect(read({ vague: false })).toEqual([]);
    expect(read({ vague: false, calendar: 'gregorian' })).toEqual([]);
    expect(read({ vague: false, calendar: 'roc' })).toEqual([['roc-year-month-day', 0, 8]]);
  });
});

describe('dates: a Taiwan plan end to end', () => {
  // written in the style of a Taiwan county plan (text as normalized: simplified, half-width)
  const PLAN = [
    '112年度社区防灾演练实施计划',
    '112年1月30日府消字第1120001234号',
    '壹、依据:灾害防救法及本县112年度灾害防救计划。',
    '贰、计划期程:112年3月1日至112年6月30日止。',
    '参、办理方式:',
    '一、说明会:112年3月8日(三)至3月9日(四)办理,请于112年3月3日(五)前报名。',
    '二、实地演练:5月10日(三)上午9时,于本县体育馆举行。',
    '三、成果报告:请于112.7.15前函送本府。',
    '肆、本校100年来的防灾经验,将汇编成册。',
  ].join('\n');
  const [record] = extractText(PLAN);
  const dates = record?.dates ?? [];
  const text = record?.text ?? '';
  it('every mention is read in the ROC calendar', () =>
    expect(dates.map((d) => [d.text, d.value, d.end, d.kind])).toEqual([
      ['112年度', '2023', null, 'point'],
      ['112年1月30日', '2023-01-30', null, 'point'],
      ['112年度', '2023', null, 'point'],
      ['112年3月1日至112年6月30日止', '2023-03-01', '2023-06-30', 'range'],
      ['112年3月8日(三)至3月9日(四)', '2023-03-08', '2023-03-09', 'range'],
      ['112年3月3日(五)前', '2023-03-03', null, 'deadline'],
      ['5月10日(三)', '2023-05-10', null, 'point'],
      ['112.7.15前', '2023-07-15', null, 'deadline'],
    ]));
  it('every span slices to its text (code points)', () => {
    const cps = [...text];
    for (const d of dates) expect(cps.slice(d.span[0], d.span[1]).join('')).toBe(d.text);
  });
  it('the document year and period are Gregorian', () => {
    expect(record?.facts?.year).toBe(2023);
    expect(record?.period).toEqual({ start: '2023', end: '2023' });
  });
});

describe('dates: ROC rules stay linear', () => {
  // how their time grows is bench/growth.mjs's to check (the ROC dates family)
  it('survive hostile input', () => {
    const hostile = `${ROC}${'112年'.repeat(2000)}${'1日至'.repeat(3000)}${'(三)'.repeat(3000)}${'112.'.repeat(3000)}${'民国'.repeat(2000)}${'5日'.repeat(3000)}`;
    expect(() => rows(hostile)).not.toThrow();
  });
});
