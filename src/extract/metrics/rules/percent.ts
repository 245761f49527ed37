// Percentages: 95.3%, 85%以上, 80%-90%, 百分之九十五, 百分之九十五点五.
import { CN_DIGITS } from '../../../text/numerals.js';
import { ARABIC, CHINESE } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, PREFIX, SEPARATOR, SUFFIX } from './build.js';

const PERCENT = { unit: '%', dimension: 'percent', factor: 1, base: '%' } as const;
const PER_MILLE = { unit: '‰', dimension: 'percent', factor: 0.1, base: '%' } as const;

export const percentSignRule: MetricRule = {
  id: 'percent-sign',
  pattern: new RegExp(`${PREFIX}(?<n1>${ARABIC})(?:[%％]?(?<sep>${SEPARATOR})(?<n2>${ARABIC}))?(?<unit>[%％‰])${SUFFIX}`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    return buildCandidate(
      this.id,
      match,
      { pre: g['pre'], n1: g['n1'] ?? '', n2: g['n2'], post: g['post'] },
      g['unit'] === '‰' ? PER_MILLE : PERCENT,
    );
  },
};

export const percentWordsRule: MetricRule = {
  id: 'percent-words',
  pattern: new RegExp(`${PREFIX}百分之(?<n1>${CHINESE}|${ARABIC})(?:点(?<frac>[零〇一二三四五六七八九]+))?${SUFFIX}`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    const frac = g['frac'];
    const digits = frac ? [...frac].map((c) => CN_DIGITS[c] ?? 0) : [];
    const built = buildCandidate(this.id, match, { pre: g['pre'], n1: g['n1'] ?? '', post: g['post'] }, PERCENT);
    if (!built || digits.length === 0) return built;
    const value = Number(`${built.value}.${digits.join('')}`);
    return { ...built, value, normalized: { value, unit: '%' } };
  },
};
