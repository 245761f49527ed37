// Units a table names outside its cells: a 单位:万元 line, a header's (万元) or （单位:件）, or a header
// word that counts something (本年制发件数 → 件, 学生人数 → 人, 申请数量 → 件).

/** Units a header or a 单位: line may name, as written. */
export const TABLE_UNITS: readonly string[] = [
  '万亿元', '亿元', '万元', '千元', '元', '万美元', '美元', '%', '‰', '个百分点',
  '万人次', '人次', '万人', '人', '名', '个', '件', '次', '项', '所', '家', '户', '台', '套', '辆', '册', '本', '张', '条', '篇', '期', '场', '批', '处',
  '万平方米', '平方米', '平方公里', '亩', '万亩', '公顷', '公里', '千米', '米', '吨', '万吨', '千克', '公斤', '小时', '天', '日', '年', '月', '课时', '学时', '岁', '分',
];

/** Header words that count something, and the unit each count is in. Longest first. */
export const COUNT_WORDS: readonly { readonly word: string; readonly unit: string }[] = [
  { word: '件数', unit: '件' },
  { word: '人数', unit: '人' },
  { word: '人次', unit: '人次' },
  { word: '次数', unit: '次' },
  { word: '个数', unit: '个' },
  { word: '户数', unit: '户' },
  { word: '家数', unit: '家' },
  { word: '项数', unit: '项' },
  { word: '所数', unit: '所' },
  // the statutory disclosure tables count applications, decisions and cases: 申请数量, 处理决定数量
  { word: '数量', unit: '件' },
  { word: '金额', unit: '元' },
];

const UNIT_ALTERNATION = [...TABLE_UNITS].sort((a, b) => b.length - a.length).join('|');

/** A line naming the unit of a whole table: 单位:万元, 计量单位:人. */
export const UNIT_LINE = new RegExp(`(?:计量)?单位[:：]\\s*(${UNIT_ALTERNATION})`, 'u');

/** A unit in parentheses at a header's end: 本年收费金额(单位:万元), 投资额(万元). */
const PAREN_UNIT = new RegExp(`[(（](?:(?:计量)?单位[:：])?\\s*(${UNIT_ALTERNATION})\\s*[)）]\\s*$`, 'u');

/** A percent sign at a header's end, after a word, a space or ± (较上年± %, 比重%). */
const TRAILING_PERCENT = /[\u4e00-\u9fff±\s][%％]\s*$/u;

/** The unit a header (a caption or a column or row header) names, or null. */
export function unitInHeader(header: string): string | null {
  const paren = PAREN_UNIT.exec(header) ?? UNIT_LINE.exec(header);
  if (paren?.[1]) return paren[1];
  // 较上年± %, 增长%: a percent sign closing the header
  if (TRAILING_PERCENT.test(header)) return '%';
  const plain = header.replace(/[(（][^()（）]*[)）]/g, '').trim();
  return COUNT_WORDS.find((c) => plain.endsWith(c.word))?.unit ?? null;
}
