import { describe, expect, it } from 'vitest';
import { metrics, only } from './helpers.js';

const texts = (s: string): string[] => metrics(s).map((m) => m.text);

// [sentence, mention, value, unit]: measure words of cases, works, plants and "times counted" compounds.
const COUNTS: readonly (readonly [string, string, number, string])[] = [
  ['全年受理治安案件842起。', '842起', 842, '起'],
  ['发生火灾事故两起。', '两起', 2, '起'],
  ['查处违法案件15起以上。', '15起以上', 15, '起'],
  ['调处土地纠纷7宗。', '7宗', 7, '宗'],
  ['完成手术320例。', '320例', 320, '例'],
  ['报告疑似病例三例。', '三例', 3, '例'],
  ['拍摄公益微电影4部。', '4部', 4, '部'],
  ['出版地方志三部。', '三部', 3, '部'],
  ['新增电梯12部,惠及居民。', '12部', 12, '部'],
  ['栽植苗木3500棵。', '3500棵', 3500, '棵'],
  ['补植行道树800株。', '800株', 800, '株'],
  ['清理无证渔船26艘。', '26艘', 26, '艘'],
  ['绘制墙画40幅。', '40幅', 40, '幅'],
  ['发放纪念章200枚。', '200枚', 200, '枚'],
  ['创作原创歌曲6首。', '6首', 6, '首'],
  ['存栏生猪1200头。', '1200头', 1200, '头'],
  ['检查经营单位415家次。', '415家次', 415, '家次'],
  ['入户走访1300户次。', '1300户次', 1300, '户次'],
  ['出动执法车辆96辆次。', '96辆次', 96, '辆次'],
  ['保障航班起降30架次。', '30架次', 30, '架次'],
  ['清运垃圾450车次。', '450车次', 450, '车次'],
  ['抽检设备58台次。', '58台次', 58, '台次'],
  ['抽检食品210批次。', '210批次', 210, '批次'],
  ['办理审批事项75件次。', '75件次', 75, '件次'],
  ['组织演出30场次。', '30场次', 30, '场次'],
  ['开通公交线路加密40班次。', '40班次', 40, '班次'],
  ['检查整改问题36项次。', '36项次', 36, '项次'],
  ['新增供水能力约20万立方米。', '约20万立方米', 20, '万立方米'],
];

describe('measure words of counted things', () => {
  it.each(COUNTS)('%s', (sentence, text, value, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit, m.dimension === 'count' || unit === '万立方米']).toEqual([text, value, unit, true]);
  });

  it('万立方米 normalizes to 立方米', () => {
    expect(only('新增蓄水8万立方米。').normalized).toEqual({ value: 80000, unit: '立方米' });
  });
});

// Sentences where the measure-word characters are part of something else.
const NONE: readonly string[] = [
  '自2009年起执行新标准。',
  '2009年起全面推行。',
  '从2021起实行网格化管理。',
  '自5月1日起施行。',
  '大家一起学习,共同进步。',
  '一部分群众认识不足。',
  '教育部印发通知。',
  '经第5部审议通过。',
  '联合5部门开展检查。',
  '三部委联合发文。',
  '会议决定从3起编号。',
  '宗旨意识不断增强。',
  '一例外情况除外。',
  '调研3例会制度落实情况。',
  '三起三落,反复较大。',
  '坚持两头抓。',
  // 一起 is read as "together" everywhere: a single incident written 一起 is given up
  '发生交通事故一起。',
  '仅发生一起交通事故。',
];

describe('measure-word lookalikes are not metrics', () => {
  it.each(NONE)('%s', (s) => {
    expect(texts(s)).toEqual([]);
  });
});

const SOME: readonly (readonly [string, readonly string[]])[] = [
  ['2023年起共查处案件45起。', ['45起']],
  ['其中一部分用于购买设备30台。', ['30台']],
  ['检查企业12家,次日完成整改。', ['12家']],
];

describe('measure words beside lookalikes', () => {
  it.each(SOME)('%s', (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
});
