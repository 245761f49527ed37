// A weekday in parentheses after a day (Taiwan documents: 3月1日(三)): part of the mention, so its
// span covers the parenthesis and a kind word or joiner after it still counts.
import { describe, expect, it } from 'vitest';
import { found, rows } from './helpers.js';

const ROC = '111学年度校务会议计划\n';

describe('dates: a weekday written as a word is always part of the date', () => {
  it.each([
    ['3月1日(星期三)召开', '3月1日(星期三)', '2023-03-01'],
    ['3月1日(周三)召开', '3月1日(周三)', '2023-03-01'],
    ['3月1日 (周三)召开', '3月1日 (周三)', '2023-03-01'],
    ['3月5日(星期日)', '3月5日(星期日)', '2023-03-05'],
    ['3月5日(礼拜天)', '3月5日(礼拜天)', '2023-03-05'],
  ])('%s', (text, mention, value) => expect(found(text, 2023)).toEqual([[mention, value, null]]));
  it('a deadline after the weekday', () =>
    expect(rows('2023年3月3日(星期五)前报名')).toEqual([['2023年3月3日(星期五)前', '2023-03-03', null, 'deadline', null, false]]));
  it('a range between two weekdays', () =>
    expect(found('2023年2月8日(周三)至2月9日(周四)')).toEqual([['2023年2月8日(周三)至2月9日(周四)', '2023-02-08', '2023-02-09']]));
});

describe('dates: a lone weekday (三)', () => {
  it.each([
    ['112年3月1日(三)召开', '112年3月1日(三)', '2023-03-01'],
    ['112年3月3日(五)前报名', '112年3月3日(五)前', '2023-03-03'],
    ['5月10日(三)召开', '5月10日(三)', '2023-05-10'],
    ['112年2月8日(三)至2月9日(四)办理', '112年2月8日(三)至2月9日(四)', '2023-02-08'],
    ['112年2月8日至9日(四)', '112年2月8日至9日(四)', '2023-02-08'],
  ])('in an ROC document: %s', (text, mention, value) =>
    expect(found(`${ROC}${text}`).slice(1).map((d) => [d[0], d[1]])).toEqual([[mention, value]]));
  it('a right weekday after a written year', () => expect(found('2023年3月1日(三)召开')).toEqual([['2023年3月1日(三)', '2023-03-01', null]]));
  it('a wrong weekday after a written year is a list marker', () => expect(found('2023年3月2日(三)召开')).toEqual([['2023年3月2日', '2023-03-02', null]]));
  it('before a joiner in any document', () => expect(found('3月1日(三)至3月2日(四),', 2023)).toEqual([['3月1日(三)至3月2日(四)', '2023-03-01', '2023-03-02']]));
  it('before a break in any document', () => expect(found('时间:3月1日(三)。', 2023)).toEqual([['3月1日(三)', '2023-03-01', null]]));
  it('before a heading in a mainland document it is a list marker', () =>
    expect(found('3.报名截止3月1日(三)组织实施', 2023)).toEqual([['3月1日', '2023-03-01', null]]));
  it('not after a month alone', () => expect(found('2023年3月(三)', 2023)).toEqual([['2023年3月', '2023-03', null]]));
  it('not a parenthesis of another kind', () => expect(found('3月1日(暂定)', 2023)).toEqual([['3月1日', '2023-03-01', null]]));
});
