// Chinese and mixed numerals → numbers. Shared by metrics, dates and the section builder.

/** Digit characters, including the forms used in years (〇 零 O) and financial forms (参 is 參 simplified). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, O: 0,
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 参: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Small multipliers (within a 万 group). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Large multipliers that close a group. */
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that may appear in a Chinese numeral. */
export const CN_NUMERAL_CHARS = `${Object.keys(CN_DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(LARGE_UNITS).join('')}`;

/** Financial (capital) forms of digits and place values: 壹 贰 叁 … 拾 佰 仟 (参 is 叁 after conversion from 參). */
export const CN_CAPITALS = '壹贰叁参肆伍陆柒捌玖拾佰仟';

/** Digits after 点 in a Chinese decimal (六点五, 二点四). */
const FRACTION = /^[零〇一二三四五六七八九壹贰叁参肆伍陆柒捌玖]{1,6}$/;

/**
 * Value of a Chinese numeral such as 一百二十, 十五, 两千三百万, 三万五 (→ 35000), 一千零五 (→ 1005),
 * 壹拾贰万, 六点五, or a digit string 二〇一四 (→ 2014). Returns null when the string is not a
 * numeral, or not a well-formed one: 二三十 (a vague span), 七十百 (place values out of order).
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseNumeral(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (whole === null || !FRACTION.test(frac)) return null;
    return Number(`${whole}.${[...frac].map((c) => CN_DIGITS[c]).join('')}`);
  }
  const chars = [...s];
  // Pure digit sequence (years, codes): 二〇一四, 二0一三
  if (chars.length > 1 && chars.every((c) => c in CN_DIGITS || /[0-9]/.test(c))) {
    return Number(chars.map((c) => (c in CN_DIGITS ? CN_DIGITS[c] : c)).join(''));
  }
  let total = 0; // closed groups (亿, 万)
  let group = 0; // current group below 万
  let digit: number | null = null;
  let lastUnit = 0;
  let lastSmall = Infinity; // place values within a group fall: 千 → 百 → 十
  let zero = false; // a 零 since the last place value: 一千零五 is 1005, not 1500
  let afterLarge = false;
  for (const c of chars) {
    const d = CN_DIGITS[c];
    const small = SMALL_UNITS[c];
    const large = LARGE_UNITS[c];
    if (d === 0) {
      zero = true;
    } else if (d !== undefined) {
      if (digit !== null) return null; // 二三十: two digits in a row
      digit = d;
    } else if (small !== undefined) {
      if (small >= lastSmall) return null;
      group += (digit ?? 1) * small; // 十五: leading 十 means 一十
      digit = null;
      lastUnit = small;
      lastSmall = small;
      zero = false;
    } else if (large !== undefined) {
      if (afterLarge && digit === null && group === 0) {
        total *= large; // 四万万, 三万亿: a scale of the scale
      } else {
        group += digit ?? 0;
        if (group === 0 && total === 0) group = 1;
        total = large > 1e4 ? (total + group) * large : total + group * large;
      }
      group = 0;
      digit = null;
      lastUnit = large;
      lastSmall = Infinity;
      zero = false;
    } else {
      return null;
    }
    afterLarge = large !== undefined;
  }
  if (digit !== null) {
    // 三万五 → 35000, 一百五 → 150: a trailing digit scales to one unit below the last one
    const scale = !zero && lastUnit >= 100 ? lastUnit / 10 : 1;
    group += digit * scale;
  }
  return total + group;
}

/**
 * Value of a number as written in a metric: Arabic with grouping (15,501), decimals,
 * Chinese numerals, or mixed (1.2万, 3.12万, 2亿). Returns null when it is none of these.
 */
export function parseNumber(s: string): number | null {
  // thousands groups after commas (15,501) or spaces (1 000)
  const t = s.replace(/[,，]|(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const mixed = /^(\d+(?:\.\d+)?)([万萬亿億千百十]+)$/.exec(t);
  if (mixed) {
    let v = Number(mixed[1]);
    for (const c of mixed[2] ?? '') v *= (LARGE_UNITS[c] ?? SMALL_UNITS[c] ?? 1);
    return round(v);
  }
  return parseChineseNumeral(t);
}

/** Avoids 3.12 * 10000 = 31200.000000000004 in outputs. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Ordinal of a section marker body: 一 → 1, 十二 → 12, 12 → 12, ① → 1. */
export function ordinalOf(s: string): number | null {
  const circled = s.codePointAt(0);
  if (s.length === 1 && circled !== undefined) {
    if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x2460 + 1; // ①-⑳
    if (circled >= 0x2776 && circled <= 0x277f) return circled - 0x2776 + 1; // ❶-❿
    if (circled >= 0x3251 && circled <= 0x325f) return circled - 0x3251 + 21; // ㉑-㉟
  }
  if (/^\d+$/.test(s)) return Number(s);
  const v = parseChineseNumeral(s);
  return v !== null && Number.isInteger(v) && v > 0 ? v : null;
}

/** Plain digits as approximations pair them (一两, 两三 … 八九), with their values. */
const PAIR_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const APPROX_PAIR = /^(?<head>十|[一二两三四五六七八九]十)?(?<a>[一二两三四五六七八九])(?<b>[二两三四五六七八九])(?<tail>[十百千万亿]{0,2})$/;

/**
 * Two neighbouring digits written together say "about this or the next": 两三个 (2–3), 三四十人
 * (30–40), 五六百元 (500–600), 十五六岁 (15–16), 一两天 (1–2). Returns the two numerals the pair
 * stands for, or null when `s` is no such pair (二三 in a code, 三五 of 三五成群: not neighbours).
 */
export function approximatePair(s: string): { readonly low: string; readonly high: string } | null {
  const m = APPROX_PAIR.exec(s);
  const g = m?.groups;
  if (!g) return null;
  const a = PAIR_DIGITS[g['a'] ?? ''] ?? 0;
  const b = PAIR_DIGITS[g['b'] ?? ''] ?? 0;
  if (b !== a + 1) return null;
  // a head of tens takes no tail of its own (十五六, not 十五六十)
  const head = g['head'] ?? '';
  const tail = g['tail'] ?? '';
  if (head && tail && !/^[万亿]+$/.test(tail)) return null;
  return { low: `${head}${g['a']}${tail}`, high: `${head}${g['b']}${tail}` };
}
