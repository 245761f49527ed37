// Big numbers: compound scales (万亿, 千万), scales inside Chinese numerals, 多/余 inside a scale,
// units that start with a scale character (千瓦, 千伏), and bare scales counting what they name.
import { describe, expect, it } from 'vitest';
import { expectNormalized, metrics, only } from './helpers.js';

const rows = (s: string): (string | number | null)[][] => metrics(s).map((m) => [m.text, m.value, m.unit, m.qualifier]);

// [sentence, mention, value, unit, normalized value, normalized unit]
const SCALED: readonly (readonly [string, string, number, string, number | null, string | null])[] = [
  ['全市生产总值达到5.4万亿元。', '5.4万亿元', 5.4, '万亿元', 5.4e12, '元'],
  ['全省一般公共预算支出2.6万亿元。', '2.6万亿元', 2.6, '万亿元', 2.6e12, '元'],
  ['粮食总产量稳定在1.3万亿斤。', '1.3万亿斤', 1.3, '万亿斤', 6.5e11, '千克'],
  ['全年粮食增产1.4亿斤。', '1.4亿斤', 1.4, '亿斤', 7e7, '千克'],
  ['新增光伏装机5万千瓦。', '5万千瓦', 5, '万千瓦', 50000, '千瓦'],
  ['建成风电装机120万千瓦。', '120万千瓦', 120, '万千瓦', 1.2e6, '千瓦'],
  ['新建变电站电压等级为110千伏。', '110千伏', 110, '千伏', 110, '千伏'],
  ['年发电量3.6亿千瓦时。', '3.6亿千瓦时', 3.6, '亿千瓦时', 3.6e8, '千瓦时'],
  ['项目总投资5千万元。', '5千万元', 5, '千万元', 5e7, '元'],
  ['引进社会资本2千亿元。', '2千亿元', 2, '千亿元', 2e11, '元'],
  ['全县存款余额三万亿元。', '三万亿元', 3, '万亿元', 3e12, '元'],
  ['争取上级资金三亿五千万元。', '三亿五千万元', 350000000, '元', 3.5e8, '元'],
  ['全年赤字规模4万多亿元。', '4万多亿元', 4, '万亿元', 4e12, '元'],
  ['专项债券发行一点五万亿元。', '一点五万亿元', 1.5, '万亿元', 1.5e12, '元'],
  ['年旅客吞吐量42.35万人次。', '42.35万人次', 42.35, '万人次', 423500, '人次'],
  ['牲畜存栏14万头只。', '14万头只', 14, '万头只', 140000, '头只'],
  ['集装箱吞吐量14万标箱。', '14万标箱', 14, '万标箱', 140000, '标箱'],
  ['家禽出栏143万羽。', '143万羽', 143, '万羽', 1430000, '羽'],
  ['旅客周转量18274万人公里。', '18274万人公里', 18274, '万人公里', 182740000, '人公里'],
];

describe('compound scales and units', () => {
  it.each(SCALED)('%s', (sentence, text, value, unit, nv, nu) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit]).toEqual([text, value, unit]);
    expectNormalized(m, nv, nu);
  });
  it('a 亿 is never the first character of the unit (not 54 亿元 read after 万)', () =>
    expect(rows('经济总量54万亿元。')).toEqual([['54万亿元', 54, '万亿元', 'exact']]));
  it('多 inside the scale is more than', () => expect(rows('减税降费3万多亿元。')).toEqual([['3万多亿元', 3, '万亿元', 'more_than']]));
  it('余 inside the scale is more than', () => expect(rows('新增贷款2万余亿元。')).toEqual([['2万余亿元', 2, '万亿元', 'more_than']]));
  it('two units of a multiplied figure: the figure is the one after ×', () =>
    expect(rows('建成2×35万千瓦热电联产项目。')).toEqual([['35万千瓦', 35, '万千瓦', 'exact']]));
  it('千 after a Chinese numeral stays in the number', () => expect(rows('奖励三千元。')).toEqual([['三千元', 3000, '元', 'exact']]));
});

// [sentence, mention, value, unit, qualifier]
const BARE: readonly (readonly [string, string, number, string, string])[] = [
  ['提高专项附加扣除标准,8000多万纳税人受益。', '8000多万', 8000, '万', 'more_than'],
  ['国家助学贷款惠及1100多万学生。', '1100多万', 1100, '万', 'more_than'],
  ['脱贫人口务工规模超过3300万。', '超过3300万', 3300, '万', 'more_than'],
  ['全市常住人口达到1500万。', '1500万', 1500, '万', 'exact'],
  ['社会融资规模新增30万余亿。', '30万余亿', 30, '万亿', 'more_than'],
  ['全年接待游客2.3亿人次以上。', '2.3亿人次以上', 2.3, '亿人次', 'at_least'],
];

describe('a bare scale counts what it names', () => {
  it.each(BARE)('%s', (sentence, text, value, unit, qualifier) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit, m.qualifier, m.dimension]).toEqual([text, value, unit, qualifier, 'count']);
  });
  it('after a money word it is money', () => expect(only('项目投资300万,年内完工。').dimension).toBe('money'));
  it.each([
    ['the low end of a range with another scale', '标准为1万—2千元。'],
    ['a Chinese magnitude as a figure of speech', '千万不能放松警惕。'],
    ['an idiom', '情况十万火急。'],
    ['a scale inside a bigger number', '编号12万345。'],
  ])('%s is no count', (_name, sentence) => expect(rows(sentence)).toEqual([]));
});
