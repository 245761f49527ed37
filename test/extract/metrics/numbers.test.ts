import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

// [sentence, mention text, value, max, unit]
const CASES: readonly (readonly [string, string, number, number | null, string])[] = [
  ['全镇小学生共15501人。', '15501人', 15501, null, '人'],
  ['全镇小学生共15,501人。', '15,501人', 15501, null, '人'],
  ['全县投入资金1,234,567元。', '1,234,567元', 1234567, null, '元'],
  // thousands groups after spaces (Hong Kong and international style), also no-break and thin spaces
  ['增加收生学额共1 000个。', '1 000个', 1000, null, '个'],
  ['受惠学生约9 800人。', '约9 800人', 9800, null, '人'],
  ['可提供约128 700个单位。', '约128 700个', 128700, null, '个'],
  ['合共2 120个名额。', '2 120个', 2120, null, '个'],
  ['预计1\u00a0500名学生受惠。', '1\u00a0500名', 1500, null, '名'],
  ['预计1\u2009500名学生受惠。', '1\u2009500名', 1500, null, '名'],
  ['约2 000至3 000公顷土地。', '约2 000至3 000公顷', 2000, 3000, '公顷'],
  ['拨款1 234.5万元。', '1 234.5万元', 1234.5, null, '万元'],
  ['生均面积8.72平方米。', '8.72平方米', 8.72, null, '平方米'],
  ['新建校舍3.12万平方米。', '3.12万平方米', 3.12, null, '万平方米'],
  ['全乡人口1.2万人。', '1.2万人', 1.2, null, '万人'],
  ['总投资2亿多元。', '2亿多元', 2, null, '亿元'],
  ['累计投资近千万元。', '近千万元', 1000, null, '万元'],
  ['筹措资金近百万元。', '近百万元', 100, null, '万元'],
  ['新建学校三所。', '三所', 3, null, '所'],
  ['选派骨干教师两名。', '两名', 2, null, '名'],
  ['设立十五个工作室。', '十五个', 15, null, '个'],
  ['共有教职工一百二十人。', '一百二十人', 120, null, '人'],
  ['购置图书三千五百册。', '三千五百册', 3500, null, '册'],
  ['资助学生两千三百万元。', '两千三百万元', 2300, null, '万元'],
  ['覆盖率达百分之九十五。', '百分之九十五', 95, null, '%'],
  ['合格率达百分之九十五点五。', '百分之九十五点五', 95.5, null, '%'],
  ['完成率95.3%。', '95.3%', 95.3, null, '%'],
  ['入学率１００％。', '１００％', 100, null, '%'],
  ['建成教室１２间。', '１２间', 12, null, '间'],
  ['投入资金409万余元。', '409万余元', 409, null, '万元'],
  ['受助资金100余万元。', '100余万元', 100, null, '万元'],
  ['建校六十多年。', '六十多年', 60, null, '年'],
  ['获奖30多人次。', '30多人次', 30, null, '人次'],
  ['光盘700余张。', '700余张', 700, null, '张'],
  ['占地5000多平方米。', '5000多平方米', 5000, null, '平方米'],
  ['在校生三万五千人。', '三万五千人', 35000, null, '人'],
  ['项目投资五千多万元。', '五千多万元', 5000, null, '万元'],
  ['捐款两亿元。', '两亿元', 2, null, '亿元'],
  ['教学班二十个。', '二十个', 20, null, '个'],
];

describe('numbers as written', () => {
  it.each(CASES)('%s', (sentence, text, value, max, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.max, m.unit]).toEqual([text, value, max, unit]);
  });
});

describe('a space is a thousands separator only between groups of three', () => {
  it.each([
    // two years side by side, a table number before a count, a group of two digits
    ['2014 2015年共招收120人。', '120人'],
    ['见表3 12个项目。', '12个'],
    ['编号12 34个。', '34个'],
    ['第二批1234 567名。', '567名'],
  ])('%s', (sentence, text) => expect(only(sentence).text).toBe(text));
});
