import { describe, expect, it } from 'vitest';
import { metrics, only } from './helpers.js';

// [sentence, unit, dimension, normalized value, normalized unit] (null: no base unit)
const CASES: readonly (readonly [string, string, string, number | null, string | null])[] = [
  ['投资2173万元。', '万元', 'money', 21730000, '元'],
  ['投资5.5亿元。', '亿元', 'money', 550000000, '元'],
  ['资助金额354880.8元。', '元', 'money', 354880.8, '元'],
  ['投资300万,完成改造。', '万', 'money', 3000000, '元'],
  ['筹集资金1.2亿,用于建设。', '亿', 'money', 120000000, '元'],
  ['比例为5%。', '%', 'percent', 5, '%'],
  ['用时43.2秒。', '秒', 'duration', 0.0005, '天'],
  ['短跑成绩17.28s。', 's', 'duration', 0.0002, '天'],
  ['听课176节次。', '节次', 'count', 176, '节次'],
  ['从6方面进行整改。', '方面', 'count', 6, '方面'],
  ['在5个工作日内办结。', '个工作日', 'duration', null, null],
  ['公示期为7工作日。', '工作日', 'duration', null, null],
  ['补贴100马力拖拉机。', '马力', 'other', 73.55, '千瓦'],
  ['机具分为21大类。', '大类', 'count', 21, '大类'],
  ['问题分为5类。', '类', 'count', 5, '类'],
  ['比例为5‰。', '‰', 'percent', 0.5, '%'],
  ['提高了2个百分点。', '百分点', 'percent', 2, '百分点'],
  ['提高2.5百分点。', '百分点', 'percent', 2.5, '百分点'],
  ['建筑面积15501平方米。', '平方米', 'area', 15501, '平方米'],
  ['建筑面积200平米。', '平米', 'area', 200, '平方米'],
  ['建筑面积200㎡。', '㎡', 'area', 200, '平方米'],
  ['校园面积5.27万平方米。', '万平方米', 'area', 52700, '平方米'],
  ['总用地3亩。', '亩', 'area', 2000, '平方米'],
  ['绿地2公顷。', '公顷', 'area', 20000, '平方米'],
  ['辖区面积12平方公里。', '平方公里', 'area', 12000000, '平方米'],
  ['跑道长400米。', '米', 'length', 400, '米'],
  ['校车线路长15公里。', '公里', 'length', 15000, '米'],
  ['线路全长3千米。', '千米', 'length', 3000, '米'],
  ['发放大米5吨。', '吨', 'weight', 5000, '千克'],
  ['发放食用油300公斤。', '公斤', 'weight', 300, '千克'],
  ['服务期3年。', '年', 'duration', 1095, '天'],
  ['研修一周。', '周', 'duration', 7, '天'],
  ['夏令营两天。', '天', 'duration', 2, '天'],
  ['实习6个月。', '个月', 'duration', 180, '天'],
  ['监控24小时。', '小时', 'duration', 1, '天'],
  ['锻炼一个小时。', '小时', 'duration', 1 / 24, '天'],
  ['完成一学年。', '学年', 'duration', null, null],
  ['学习50分钟。', '分钟', 'duration', 50 / 1440, '天'],
  ['军训14学时。', '学时', 'duration', null, null],
  ['平均年龄44.5岁。', '岁', 'other', null, null],
  ['年龄10周岁以上。', '周岁', 'other', null, null],
  ['投资增长十倍。', '倍', 'ratio', null, null],
  ['学生213人。', '人', 'count', 213, '人'],
  ['图书6000册。', '册', 'count', 6000, '册'],
  ['电脑86台。', '台', 'count', 86, '台'],
  ['教学楼34幢。', '幢', 'count', 34, '幢'],
  ['设备104套。', '套', 'count', 104, '套'],
  ['检查不少于1次。', '次', 'count', 1, '次'],
  ['器材643件。', '件', 'count', 643, '件'],
  ['论文100余篇。', '篇', 'count', 100, '篇'],
  ['单位14家。', '家', 'count', 14, '家'],
  ['指标40项。', '项', 'count', 40, '项'],
  ['培训200人次。', '人次', 'count', 200, '人次'],
  ['参加培训超50人/次。', '人/次', 'count', 50, '人/次'],
  ['慰问160多人·次。', '人·次', 'count', 160, '人·次'],
  ['辖19个自然村。', '个', 'count', 19, '个'],
  ['举办培训班3期。', '期', 'count', 3, '期'],
  ['考试成绩90分。', '分', 'other', null, null],
];

describe('units, dimensions and base units', () => {
  it.each(CASES)('%s', (sentence, unit, dimension, nv, nu) => {
    const m = only(sentence);
    expect([m.unit, m.dimension]).toEqual([unit, dimension]);
    if (nv === null) expect(m.normalized).toBeNull();
    else {
      expect(m.normalized?.unit).toBe(nu);
      expect(m.normalized?.value).toBeCloseTo(nv, 5);
    }
  });
});

describe('rates', () => {
  it('500元/生 keeps 元 as unit and the rate in the mention', () => {
    const m = only('小学生活补贴500元/生。');
    expect([m.text, m.unit, m.dimension, m.normalized]).toEqual(['500元/生', '元', 'ratio', { value: 500, unit: '元/生' }]);
  });
  it('每人每年1000元 is a rate per person per year', () => {
    const m = only('每人每年资助1000元。');
    expect([m.text, m.dimension, m.normalized?.unit]).toEqual(['1000元', 'ratio', '元/人/年']);
  });
  it('20元/人/天', () => {
    expect(only('伙食补助20元/人/天。').normalized).toEqual({ value: 20, unit: '元/人/天' });
  });
  it('plain money is no rate', () => {
    expect(only('投资500元。').dimension).toBe('money');
  });
});

describe('units that are also letters or words', () => {
  it('5S管理 and 4s店 are no seconds', () => expect([metrics('推行5S管理。'), metrics('新开4s店一家。').map((m) => m.unit)]).toEqual([[], ['家']]));
  it('一方面…另一方面 is a connective, not a count', () => expect(metrics('一方面要加强,另一方面要落实。')).toEqual([]));
});

describe('a physical quantity per something has a compound unit', () => {
  const row = (s: string): unknown[] => {
    const m = only(s);
    return [m.text, m.value, m.unit, m.dimension];
  };
  it('公里/平方公里', () => expect(row('路网密度达4.15公里/平方公里。')).toEqual(['4.15公里/平方公里', 4.15, '公里/平方公里', 'ratio']));
  it('微克/立方米', () => expect(row('PM2.5平均浓度47微克/立方米。')).toEqual(['47微克/立方米', 47, '微克/立方米', 'ratio']));
  it('平方米/人', () => expect(row('人均公园绿地11.5平方米/人。')).toEqual(['11.5平方米/人', 11.5, '平方米/人', 'ratio']));
  it('张/千人', () => expect(row('床位6.5张/千人。')).toEqual(['6.5张/千人', 6.5, '张/千人', 'ratio']));
  it('money per head stays a rate of money (its unit 元)', () => expect(row('补助500元/生。')).toEqual(['500元/生', 500, '元', 'ratio']));
  it('/人口 starts a word, not a denominator', () => expect(row('人均11.5平方米/人口普查口径。')[2]).toBe('平方米'));
});

describe('类 counts only after Arabic digits', () => {
  it('一类学校 is a rank, not a count', () => expect(metrics('创建一类学校,争创二类示范。')).toEqual([]));
  it('两大类 counts', () => expect(metrics('分为两大类。').map((m) => m.text)).toEqual(['两大类']));
});
