// Durations: one that only places events in time is no metric (过去一年, 一年来, 今后五年, 三年疫情);
// one that is planned or measured is (用三年时间, 工期18个月, 培训不少于40学时, 学制三年).
import { describe, expect, it } from 'vitest';
import { metrics } from './helpers.js';

const rows = (s: string): (string | number | null)[][] => metrics(s).map((m) => [m.text, m.value, m.unit, m.qualifier]);

describe('durations that place events in time are no metrics', () => {
  it.each([
    ['过去一年,全县经济稳中有进。'],
    ['回顾过去的一年,成绩来之不易。'],
    ['在过去的一年中,团队规模不断扩大。'],
    ['一年来,我们坚持稳中求进。'],
    ['五年来,粮食生产能力稳步提升。'],
    ['近五年来,累计培训教师。'],
    ['三年多来,我们攻坚克难。'],
    ['今后五年,要着力推动高质量发展。'],
    ['未来三年,我市将持续推进改革。'],
    ['经历三年疫情冲击,经济恢复发展。'],
    ['经历了三年的艰苦努力。'],
    ['新的一年,要坚持稳中求进。'],
    ['今年是实施规划承上启下的关键一年。'],
    ['这是极不平凡的一年。'],
    ['一件接着一件办,一年接着一年干。'],
    ['实施安全生产治本攻坚三年行动。'],
    ['编制基础研究十年规划。'],
    ['全面实施长江十年禁渔。'],
    ['将于研习营前一周发出通知。'],
    ['演习日1周前报送计划。'],
    ['项目建成三年后交付使用。'],
  ])('%s', (sentence) => expect(rows(sentence).filter((r) => r[2] !== '%')).toEqual([]));
});

// [sentence, mention, value, unit, qualifier]
const MEASURED: readonly (readonly [string, string, number, string, string])[] = [
  ['计划用三年时间完成改造。', '三年', 3, '年', 'exact'],
  ['项目工期18个月。', '18个月', 18, '个月', 'exact'],
  ['新任教师培训不少于40学时。', '不少于40学时', 40, '学时', 'at_least'],
  ['中职学制三年。', '三年', 3, '年', 'exact'],
  ['开展为期两天的集中培训。', '两天', 2, '天', 'exact'],
  ['聘期三年,期满考核。', '三年', 3, '年', 'exact'],
  ['申报材料须提前一个月报送。', '一个月', 1, '个月', 'exact'],
  ['力争在3-5年内引进一批人才。', '3-5年内', 3, '年', 'at_most'],
  ['学前三年毛入园率逐年提高。', '三年', 3, '年', 'exact'],
  ['监控数据保存时间不少于3个月。', '不少于3个月', 3, '个月', 'at_least'],
  ['保证学生每天锻炼一小时。', '一小时', 1, '小时', 'exact'],
  ['建校近六十年。', '近六十年', 60, '年', 'approx'],
  ['距今已有六十多年历史。', '六十多年', 60, '年', 'more_than'],
  ['服务年限5年以上。', '5年以上', 5, '年', 'at_least'],
];

describe('planned or measured durations are metrics', () => {
  it.each(MEASURED)('%s', (sentence, text, value, unit, qualifier) => {
    const found = rows(sentence);
    expect(found).toContainEqual([text, value, unit, qualifier]);
  });
});
