// A number (or a range) with a unit or a measure word: 3所, 3-4处, 约1000万元, 5000多平方米, 一吨半, 增长-3.2%
// is in percent.ts.
import { EXCLUDED_UNITS, UNITS } from '../lexicon.js';
import { alternation, isArabic, NUMBER } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, MORE, PREFIX, SCALE, SEPARATOR, SIGN, SUFFIX } from './build.js';

export const UNIT_FORMS = alternation([...UNITS.map((u) => u.form), ...EXCLUDED_UNITS]);

export const quantityRule: MetricRule = {
  id: 'quantity',
  pattern: new RegExp(
    `${PREFIX}${SIGN}(?<n1>${NUMBER})(?:(?<scale1>${SCALE})? ?(?<sep>${SEPARATOR}) ?(?<n2>${NUMBER}))?(?<m1>${MORE})?(?<scale>${SCALE})?(?<m2>${MORE})?(?<unit>${UNIT_FORMS})(?<half>半(?!载))?${SUFFIX}`,
    'g',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const entry = UNITS.find((u) => u.form === g['unit']);
    const n1 = g['n1'] ?? '';
    if (!entry) return null; // an excluded form such as 年级
    if (g['half'] === undefined && text.startsWith('半载', match.index + match[0].length - (g['post']?.length ?? 0))) return null; // 一年半载
    if (entry.arabicOnly && !isArabic(n1)) return null;
    const unitEnd = match.index + match[0].length - (g['post']?.length ?? 0) - (g['half']?.length ?? 0);
    if (entry.notBefore && g['post'] === undefined && g['half'] === undefined && entry.notBefore.includes(text[unitEnd] ?? '\n')) return null; // 5部门
    const numberStart = match.index + (g['pre']?.length ?? 0) + (g['sign']?.length ?? 0);
    if (entry.notAfter && entry.notAfter.includes(text[numberStart - 1] ?? '\n')) return null; // 自2020起
    return buildCandidate(
      this.id,
      match,
      {
        pre: g['pre'],
        sign: g['sign'],
        n1,
        n2: g['n2'],
        lowScale: g['scale1'],
        more: Boolean(g['m1'] ?? g['m2']),
        scale: g['scale'],
        post: g['post'],
        half: g['half'] !== undefined,
      },
      entry,
    );
  },
};
