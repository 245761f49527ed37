import { describe, expect, it } from 'vitest';
import { metrics, only } from './helpers.js';

// [sentence, mention text, qualifier]
const CASES: readonly (readonly [string, string, string])[] = [
  ['总投资约1000万元。', '约1000万元', 'approx'],
  ['总投资大约1000万元。', '大约1000万元', 'approx'],
  ['建筑面积近10万平方米。', '近10万平方米', 'approx'],
  ['建筑面积将近5000平方米。', '将近5000平方米', 'approx'],
  ['参训教师500人左右。', '500人左右', 'approx'],
  ['等级园比例达到85%以上。', '85%以上', 'at_least'],
  ['孤儿年龄在10周岁以上。', '10周岁以上', 'at_least'],
  ['每学期检查不少于1次。', '不少于1次', 'at_least'],
  ['锻炼时间不低于1小时。', '不低于1小时', 'at_least'],
  ['每周至少2次。', '至少2次', 'at_least'],
  ['班额不超过45人。', '不超过45人', 'at_most'],
  ['班额控制在50人以下。', '50人以下', 'at_most'],
  ['差异系数控制在5%以内。', '5%以内', 'at_most'],
  ['受助学校超过50所。', '超过50所', 'more_than'],
  ['参训人数超过了300人。', '超过了300人', 'more_than'],
  ['受助金额409万余元。', '409万余元', 'more_than'],
  ['二本上线300多人。', '300多人', 'more_than'],
  ['累计资助逾千万元。', '逾千万元', 'more_than'],
  ['学生不足20人。', '不足20人', 'less_than'],
  ['学生不到20人。', '不到20人', 'less_than'],
  ['学校共有教师16人。', '16人', 'exact'],
  ['专用教室各1间。', '各1间', 'exact'],
  ['录取率达84.9%。', '84.9%', 'exact'],
  // 超, 至多, comparisons
  ['全年实现税收超5亿元。', '超5亿元', 'more_than'],
  ['乡镇通公路比例超95%。', '超95%', 'more_than'],
  ['每校至多5人。', '至多5人', 'at_most'],
  ['学校班级数大于50班(含)以上。', '大于50班(含)以上', 'at_least'],
  ['学校班级数小于50班以下。', '小于50班以下', 'less_than'],
  ['班额大于45人。', '大于45人', 'more_than'],
  ['单车载重小于10吨。', '小于10吨', 'less_than'],
  ['面积不小于200平方米。', '不小于200平方米', 'at_least'],
  ['每班人数不大于45人。', '不大于45人', 'at_most'],
  ['报名人数多于30人。', '多于30人', 'more_than'],
  ['参训人数少于10人。', '少于10人', 'less_than'],
  ['发生率大于等于5%。', '大于等于5%', 'at_least'],
  ['负债率小于等于60%。', '小于等于60%', 'at_most'],
  ['病床使用率50%及以下。', '50%及以下', 'at_most'],
  ['工作经验3年或以上。', '3年或以上', 'at_least'],
  // a bound before the verb of its figure
  ['每校至多得推派10队参加。', '至多得推派10队', 'at_most'],
  ['每学期至少召开1次家长会。', '至少召开1次', 'at_least'],
  ['每家单位至少提供2个案例。', '至少提供2个', 'at_least'],
  ['每位老师最多可带3名学生。', '最多可带3名', 'at_most'],
  ['全年不少于组织4次演练。', '不少于组织4次', 'at_least'],
  // 内 after durations and lengths only
  ['演习结束后1个月内完成报告。', '1个月内', 'at_most'],
  ['服务半径2公里内。', '2公里内', 'at_most'],
  // rules' 不得/不应 before the bound
  ['研发投入强度不得低于3%。', '不得低于3%', 'at_least'],
  ['每班不得超过45人。', '不得超过45人', 'at_most'],
  ['培训时间不应少于40学时。', '不应少于40学时', 'at_least'],
  // the signs of targets and indicator tables
  ['细颗粒物浓度≥25微克/立方米。', '≥25微克/立方米', 'at_least'],
  ['人均避难面积>1.7平方米。', '>1.7平方米', 'more_than'],
  ['人均避难面积＞1.7平方米。', '＞1.7平方米', 'more_than'],
  ['不良贷款率≤1.5%。', '≤1.5%', 'at_most'],
  ['不良贷款率≦1.5%。', '≦1.5%', 'at_most'],
  ['空置率<5%。', '<5%', 'less_than'],
  ['合格率>=98%。', '>=98%', 'at_least'],
];

describe('qualifiers', () => {
  it.each(CASES)('%s', (sentence, text, qualifier) => {
    const m = only(sentence);
    expect([m.text, m.qualifier]).toEqual([text, qualifier]);
  });
});

describe('qualifiers away from their figure', () => {
  it.each([
    ['a bound before 的 describes a noun', '人数最多的学校有3000人。', '3000人'],
    ['a bound before 是 is a comparison', '最少是去年的2倍。', '2倍'],
    ['超过 before a time names the comparison', '超过去年10%。', '10%'],
  ])('%s', (_name, sentence, text) => {
    const m = only(sentence);
    expect([m.text, m.qualifier]).toEqual([text, 'exact']);
  });
  it('内 after a count is no qualifier', () => {
    const m = metrics('3所学校内开展试点。')[0];
    expect([m?.text, m?.qualifier]).toEqual(['3所', 'exact']);
  });
  it('a qualifier after a list holds for every figure of it', () => {
    const ms = metrics('旅游人数和收入分别增长30%、45%以上。');
    expect(ms.map((m) => [m.text, m.qualifier])).toEqual([['30%', 'at_least'], ['45%以上', 'at_least']]);
  });
  it('and across 和', () => {
    const ms = metrics('城乡居民参保率分别保持在90%和98%以上。');
    expect(ms.map((m) => m.qualifier)).toEqual(['at_least', 'at_least']);
  });
  it('a list of other units keeps its own qualifiers', () => {
    const ms = metrics('新建校舍5所、运动场3000平方米以上。');
    expect(ms.map((m) => m.qualifier)).toEqual(['exact', 'at_least']);
  });
  it('figures apart in a sentence do not share it', () => {
    const ms = metrics('增长30%,旅游收入增长45%以上。');
    expect(ms.map((m) => m.qualifier)).toEqual(['exact', 'at_least']);
  });
});

describe('a note on the bound after 以上/以下', () => {
  const q = (s: string): string[][] => metrics(s).map((m) => [m.text, m.qualifier]);
  it('(不含…) after 以下 excludes it: less than', () => expect(q('总投资额在100万元以下(不含100万元)的工程。')).toEqual([['100万元以下', 'less_than']]));
  it('(不含…) after 以上: more than', () => expect(q('学生50人以上(不含50人)的班级。')).toEqual([['50人以上', 'more_than']]));
  it('(含…) keeps the bound: at least', () => expect(q('总投资额在100万元以上(含100万元)的工程。')).toEqual([['100万元以上', 'at_least']]));
  it('full-width brackets and 包含', () => expect(q('面积300平方米以下（包含300平方米）。')).toEqual([['300平方米以下', 'at_most']]));
  it('another figure in brackets after it is its own', () =>
    expect(q('投资100万元以上(其中财政50万元)。').map(([t]) => t)).toEqual(['100万元以上', '50万元']));
});

describe('ceilings and floors: 最高 (at most), 最低 (at least)', () => {
  const q = (s: string): string[][] => metrics(s).map((m) => [m.text, m.qualifier]);
  it('最高 right before the amount', () => expect(q('修缮经费最高100万元。')).toEqual([['最高100万元', 'at_most']]));
  it('最高 before a short verb of it', () => expect(q('每校最高补助8万元。')).toEqual([['最高补助8万元', 'at_most']]));
  it('最高可 before a verb', () => expect(q('每生最高可获奖学金5000元。')[0]?.[1]).not.toBe('at_most'));
  it('最高可补助', () => expect(q('每项最高可补助5万元。')).toEqual([['最高可补助5万元', 'at_most']]));
  it('最低 before a verb', () => expect(q('每人每次最低收费50元。')).toEqual([['最低收费50元', 'at_least']]));
  it('a name opened by 最高 is no bound', () => expect(q('最高人民法院派出2名法官。')).toEqual([['2名', 'exact']]));
  it('最低生活保障 is a name, not a floor', () => expect(q('享受最低生活保障300户。')).toEqual([['300户', 'exact']]));
});

describe('a bound before the first figure of a list holds for the list', () => {
  const q = (s: string): string[][] => metrics(s).map((m) => [m.text, m.qualifier]);
  it('分别突破300亿元和3000亿元', () => expect(q('收入、支出分别突破300亿元和3000亿元。')).toEqual([['突破300亿元', 'more_than'], ['3000亿元', 'more_than']]));
  it('约300人、500人', () => expect(q('约300人、500人参加。')).toEqual([['约300人', 'approx'], ['500人', 'approx']]));
  it('other units are not the same list', () => expect(q('超过300人和5所学校。')).toEqual([['超过300人', 'more_than'], ['5所', 'exact']]));
  it('a figure after a noun is no list member', () => expect(q('至少3名教师和5名学生。')).toEqual([['至少3名', 'at_least'], ['5名', 'exact']]));
});
