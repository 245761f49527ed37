// Rule 3: characters that copying from Word/PDF commonly garbles, mapped back to the intended character.

/** Well-known wrong-codepoint pairs from GBK font mapping (only pairs that are never the intended character in our texts). */
export const MOJIBAKE: Readonly<Record<string, string>> = {
  '臵': '置', // 设置/位置 typed in Word, copied out through a GB font table
  '臶': '帜', // 旗帜, same font-table shift as 臵
};

/** CJK radical-supplement forms that PDF text layers emit for ordinary simplified characters (NFKC does not fold these). */
export const RADICAL_FORMS: Readonly<Record<string, string>> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻘': '青', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻨': '麦',
  '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

// Kangxi radicals (⼀⼈⽇…) and CJK compatibility ideographs: NFKC folds each to the unified character.
const NFKC_FOLDED = /[\u2F00-\u2FDF\uF900-\uFAFF]/g;
const TABLE = new RegExp(`[${Object.keys(MOJIBAKE).join('')}${Object.keys(RADICAL_FORMS).join('')}]`, 'g');

export interface Repaired {
  readonly text: string;
  readonly count: number;
}

export function repairMojibake(text: string): Repaired {
  let count = 0;
  const out = text
    .replace(NFKC_FOLDED, (ch) => {
      const folded = ch.normalize('NFKC');
      if (folded !== ch) count++;
      return folded;
    })
    .replace(TABLE, (ch) => {
      count++;
      return MOJIBAKE[ch] ?? RADICAL_FORMS[ch] ?? ch;
    });
  return { text: out, count };
}
