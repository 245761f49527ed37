// Adversarial text families (issue 13): each one a piece repeated until the text reaches a size.
// Used by bench/growth.mjs and test/hostile/growth.test.ts; nothing here is real content.

const CN = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** name → the i-th piece of the text. */
export const FAMILIES = {
  digits: () => '1234567890',
  'dun (、)': () => '、',
  'full-width brackets （': () => '（',
  'ascii brackets (': () => '(',
  'lenticular 【': () => '【',
  'closing brackets ）': () => '）',
  'percentage ranges': () => '增长10%—',
  'dates joined by 至': () => '2023年1月1日至',
  'markers 一、': (i) => `${CN[i % 10]}、`,
  'markers 1.': (i) => `${(i % 50) + 1}.`,
  'markers (1)': (i) => `(${(i % 20) + 1})`,
  'markers （一）': (i) => `（${CN[i % 10]}）`,
  'markers ①': (i) => CIRCLED[i % 10],
  'decimal markers 1.1': (i) => `${(i % 9) + 1}.${(i % 7) + 1}`,
  'no punctuation': () => '加强教育教学管理提高质量',
  '万亿': () => '万亿',
  '第X条': (i) => `第${CN[i % 10]}条`,
  'quotes “': () => '“',
  'numbers with units': (i) => `${i % 1000}万元`,
  'marker lines': (i) => `${CN[i % 10]}、加强管理\n`,
  // the hostile inputs that unit tests used to time
  'ROC dates': (i) => ['112年', '1日至', '(三)', '112.', '民国', '5日'][i % 6],
  'date pieces': (i) => ['2014年', '1-', '年', '2014.3.', '一'][i % 5],
  'markdown images and tags': (i) => ['![', '<a ', ' '][i % 3],
  // tables written one cell a line: header runs over too few rows, and one long table
  'one-cell-a-line headers': () => '序号\n单位\n名称\n\n1\n2\n\n',
  'one-cell-a-line table': (i) => (i === 0 ? '主要指标表\n序号\n指标\n单位\n目标值\n\n' : `${i}\n指标${i % 97}\n万元\n${i % 500}\n\n`),
  'tab-separated table': (i) => (i === 0 ? '序号\t指标\t单位\t目标值\n' : `${i}\t指标${i % 97}\t万元\t${i % 500}\n`),
};

/** Families read as another format than .txt. */
export const FORMATS = { 'markdown images and tags': 'md' };

/** The family's text, at least `bytes` bytes of UTF-8 (built in one join: linear). */
export function familyText(name, bytes) {
  const piece = FAMILIES[name];
  if (!piece) throw new Error(`unknown family ${name}`);
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}
