// Money: capital numerals (壹贰叁 … 拾佰仟), amounts down to 角 and 分, foreign currencies as units or
// named before 元, each normalized in its own currency.
import { describe, expect, it } from 'vitest';
import { expectNormalized, metrics, only } from './helpers.js';

const rows = (s: string): (string | number | null)[][] => metrics(s).map((m) => [m.text, m.value, m.unit]);

// [sentence, mention, value, unit, normalized value, normalized unit]
const CASES: readonly (readonly [string, string, number, string, number, string])[] = [
  // capital numerals
  ['每队发放奖金叁佰元。', '叁佰元', 300, '元', 300, '元'],
  ['合同总价壹拾贰万元。', '壹拾贰万元', 12, '万元', 120000, '元'],
  ['中标金额为伍仟元整。', '伍仟元整', 5000, '元', 5000, '元'],
  ['拨付经费贰万伍仟元。', '贰万伍仟元', 25000, '元', 25000, '元'],
  ['工程款共计玖拾万零捌佰元。', '玖拾万零捌佰元', 900800, '元', 900800, '元'],
  ['奖励参佰元。', '参佰元', 300, '元', 300, '元'],
  ['借款金额拾万元整。', '拾万元整', 10, '万元', 100000, '元'],
  // 角 and 分
  ['实际支出六十四万零一百四十三元一角七分。', '六十四万零一百四十三元一角七分', 640143.17, '元', 640143.17, '元'],
  ['人均缴费50元6角。', '50元6角', 50.6, '元', 50.6, '元'],
  ['每册定价12元5角8分。', '12元5角8分', 12.58, '元', 12.58, '元'],
  ['收取押金贰佰元零伍分。', '贰佰元零伍分', 200.05, '元', 200.05, '元'],
  // a Chinese numeral with 万 before the unit keeps 万 in the unit
  ['预算安排三百万元。', '三百万元', 300, '万元', 3e6, '元'],
  // foreign currencies: the unit as written, normalized in that currency
  ['全年实际利用外资1363亿美元。', '1363亿美元', 1363, '亿美元', 1.363e11, '美元'],
  ['出口创汇2.7亿美元。', '2.7亿美元', 2.7, '亿美元', 2.7e8, '美元'],
  ['平均月薪25481港元。', '25481港元', 25481, '港元', 25481, '港元'],
  ['追加投资1万亿日元。', '1万亿日元', 1, '万亿日元', 1e12, '日元'],
  ['获得欧盟资助300万欧元。', '300万欧元', 300, '万欧元', 3e6, '欧元'],
  ['签约金额50万英镑。', '50万英镑', 50, '万英镑', 5e5, '英镑'],
  ['学员补助5000新台币。', '5000新台币', 5000, '新台币', 5000, '新台币'],
  ['公司注册资本100万港币。', '100万港币', 100, '万港币', 1e6, '港元'],
  ['外资到位资金8亿元人民币。', '8亿元人民币', 8, '亿元', 8e8, '元'],
  // a currency named before 元: in the mention, and the currency of the normalized value
  ['每队提供现金新台币伍仟元整。', '新台币伍仟元整', 5000, '元', 5000, '新台币'],
  ['奖金为新台币3,000元。', '新台币3,000元', 3000, '元', 3000, '新台币'],
  ['发放补贴人民币500元。', '人民币500元', 500, '元', 500, '元'],
  // 圆 (圓), the yuan's formal name
  ['奖金贰佰圆。', '贰佰圆', 200, '圆', 200, '元'],
  ['奖金壹仟圆。', '壹仟圆', 1000, '圆', 1000, '元'],
  ['奖金新台币贰千圆。', '新台币贰千圆', 2000, '圆', 2000, '新台币'],
  // a currency sign before the amount: NT$ 新台币, US$ 美元, HK$ 港元, ¥ and a bare $ as 元
  ['经费结余为新台币$ 1,071,350元。', '新台币$ 1,071,350元', 1071350, '元', 1071350, '新台币'],
  ['主要来自赞助款($ 99,998)。', '$ 99,998', 99998, '元', 99998, '元'],
  ['报名费NT$500。', 'NT$500', 500, '元', 500, '新台币'],
  ['合同金额US$1.2万。', 'US$1.2万', 1.2, '万美元', 12000, '美元'],
  ['月租HK$8,000。', 'HK$8,000', 8000, '港元', 8000, '港元'],
  ['单价￥3,000元。', '￥3,000元', 3000, '元', 3000, '元'],
  ['结余增加$ 62, 754元。', '$ 62, 754元', 62754, '元', 62754, '元'],
];

describe('money', () => {
  it.each(CASES)('%s', (sentence, text, value, unit, nv, nu) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit, m.dimension]).toEqual([text, value, unit, 'money']);
    expectNormalized(m, nv, nu);
  });
  it.each([
    ['参 alone is the verb of 参加', '组织师生参加活动。'],
    ['参 before a unit-like word', '欢迎各界参观。'],
    ['零 alone is no amount', '清点零件和零星物资。'],
    ['拾 alone is the verb of 拾起', '学生拾起地上纸屑。'],
    ['a capital numeral in a heading is no amount', '壹、总则'],
    ['日 of a date is no currency', '2024年3月1日起施行。'],
  ])('%s', (_name, sentence) => expect(rows(sentence)).toEqual([]));
  it('整 after a count is not read as part of it', () => expect(rows('全员8人整装待发。')).toEqual([['8人', 8, '人']]));
  it('a malformed numeral is no amount (place values out of order)', () => expect(rows('共计七十百元。')).toEqual([]));
});
