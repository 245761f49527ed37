// Number vocabulary: tenths (三成), per mille and per myriad in words, 半 after a unit, Latin and
// colloquial length units, signed figures, bounded ranges, and the measure words of statistics.
import { describe, expect, it } from 'vitest';
import { expectNormalized, metrics, only } from './helpers.js';

const rows = (s: string): (string | number | null)[][] => metrics(s).map((m) => [m.text, m.value, m.max, m.unit]);

// [sentence, mention, value, unit, dimension, normalized value, normalized unit]
const CASES: readonly (readonly [string, string, number, string, string, number | null, string | null])[] = [
  // tenths: 成
  ['农产品加工转化率提高三成。', '三成', 3, '成', 'percent', 30, '%'],
  ['全县七成以上村庄实现集中供水。', '七成以上', 7, '成', 'percent', 70, '%'],
  ['企业订单恢复到六点五成。', '六点五成', 6.5, '成', 'percent', 65, '%'],
  ['有效灌溉面积占到9成。', '9成', 9, '成', 'percent', 90, '%'],
  ['贫困户中约三成半为老年人。', '约三成半', 3.5, '成', 'percent', 35, '%'],
  // per mille and per myriad in words
  ['人口自然增长率控制在千分之二点四。', '千分之二点四', 2.4, '‰', 'percent', 0.24, '%'],
  ['安全事故发生率低于万分之三。', '低于万分之三', 3, '‱', 'percent', 0.03, '%'],
  ['千人口死亡率为千分之六。', '千分之六', 6, '‰', 'percent', 0.6, '%'],
  ['合格率达到百分之百。', '百分之百', 100, '%', 'percent', 100, '%'],
  ['不良率控制在万分之肆以内。', '万分之肆以内', 4, '‱', 'percent', 0.04, '%'],
  ['差错率低于仟分之贰。', '低于仟分之贰', 2, '‰', 'percent', 0.2, '%'],
  // 半 after a unit
  ['每户发放化肥一吨半。', '一吨半', 1.5, '吨', 'weight', 1500, '千克'],
  ['护栏加高到两米半。', '两米半', 2.5, '米', 'length', 2.5, '米'],
  ['项目建设周期为一年半。', '一年半', 1.5, '年', 'duration', 547.5, '天'],
  ['每人领取大米十五斤半。', '十五斤半', 15.5, '斤', 'weight', 7.75, '千克'],
  // Latin and colloquial lengths
  ['新建城市绿道25km。', '25km', 25, 'km', 'length', 25000, '米'],
  ['路面加厚至18cm。', '18cm', 18, 'cm', 'length', 0.18, '米'],
  ['护坡高度不低于250m。', '不低于250m', 250, 'm', 'length', 250, '米'],
  ['钢板厚度为6mm。', '6mm', 6, 'mm', 'length', 0.006, '米'],
  ['学生平均身高152公分。', '152公分', 152, '公分', 'length', 1.52, '米'],
  ['新建管网3.5KM。', '3.5KM', 3.5, 'KM', 'length', 3500, '米'],
  ['宽带接入速率达到20Mbps。', '20Mbps', 20, 'Mbps', 'other', 20, 'Mbps'],
  // temperatures
  ['教室温度不低于18℃。', '不低于18℃', 18, '℃', 'other', 18, '摄氏度'],
  ['冷库温度控制在零下18摄氏度以下。', '零下18摄氏度以下', -18, '摄氏度', 'other', -18, '摄氏度'],
  ['最低气温零下十五度。', '零下十五度', -15, '度', 'other', null, null],
  // signed figures
  ['工业增加值增长-3.2%。', '-3.2%', -3.2, '%', 'percent', -3.2, '%'],
  ['财政收入同比增长负4.5%。', '负4.5%', -4.5, '%', 'percent', -4.5, '%'],
  // measure words of statistics and records
  ['全年办结档案66133卷。', '66133卷', 66133, '卷', 'count', 66133, '卷'],
  ['生猪出栏123.2万只。', '123.2万只', 123.2, '万只', 'count', 1232000, '只'],
  ['快件出区42.35万票。', '42.35万票', 42.35, '万票', 'count', 423500, '票'],
  ['进入决赛的共20队。', '20队', 20, '队', 'count', 20, '队'],
  ['全校共有教学班48班。', '48班', 48, '班', 'count', 48, '班'],
  ['每组配置人员10员。', '10员', 10, '员', 'count', 10, '员'],
];

describe('number vocabulary', () => {
  it.each(CASES)('%s', (sentence, text, value, unit, dimension, nv, nu) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit, m.dimension]).toEqual([text, value, unit, dimension]);
    expectNormalized(m, nv, nu);
  });
  it.each([
    ['成为', '把学校建成为示范校。'],
    ['成员', '吸收3成员单位。'],
    ['一成不变', '工作方法一成不变。'],
    ['一年半载 is an idiom', '这项工作不是一年半载能完成的。'],
    ['5G is no gram or metre', '新建5G基站。'],
    ['3MB is no metre', '文件不超过3MB。'],
    ['a date is no currency', '6月3日前报送。'],
    ['只是', '这3只是试点。'],
    ['队伍', '建设一支5队伍。'],
    ['班级', '学校共有12个班级。'],
    ['a minus inside a range', '工期3-5年。'],
    ['a fraction is no score', '完成任务的3分之1。'],
    ['per million is no per myriad', '含量不超过百万分之五。'],
    ['a fraction of five hundred is no percentage', '约占五百分之二。'],
    ['壹百分之二 is a fraction', '误差为壹百分之二。'],
  ])('%s', (name, sentence) => {
    const found = rows(sentence);
    if (name === 'a minus inside a range') expect(found).toEqual([['3-5年', 3, 5, '年']]);
    else if (name === '班级') expect(found).toEqual([['12个', 12, null, '个']]);
    else expect(found).toEqual([]);
  });
});

// [sentence, mention, value, max, unit]
const BOUNDED: readonly (readonly [string, string, number, number, string])[] = [
  ['招聘对象年龄大于二十岁小于等于三十五岁。', '大于二十岁小于等于三十五岁', 20, 35, '岁'],
  ['补助对象为年收入1000元以上1500元以下的家庭。', '1000元以上1500元以下', 1000, 1500, '元'],
  ['班额在20和30人之间。', '在20和30人之间', 20, 30, '人'],
  ['坡度介于5至15度之间。', '介于5至15度之间', 5, 15, '度'],
  ['亩产大于800斤并小于1000斤。', '大于800斤并小于1000斤', 800, 1000, '斤'],
  ['单笔贷款在1万至3万元之间。', '在1万至3万元之间', 1, 3, '万元'],
];

describe('ranges written as two bounds', () => {
  it.each(BOUNDED)('%s', (sentence, text, value, max, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.max, m.unit, m.qualifier]).toEqual([text, value, max, unit, 'exact']);
  });
  it('bounds out of order are two figures', () =>
    expect(rows('大于50人,小于12人。')).toEqual([['大于50人', 50, null, '人'], ['小于12人', 12, null, '人']]));
  it('two bounds without any unit are no metric', () => expect(rows('分值大于二十小于等于三十五。')).toEqual([]));
  it('bounds with different units are no range', () => expect(rows('面积在20亩至30平方米之间。').map((r) => r[3])).not.toContain(null));
});
