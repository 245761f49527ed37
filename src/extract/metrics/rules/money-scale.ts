// Money written with a bare scale after a money word: 投资300万, 资金1.2亿.
import { MONEY_CUES } from '../lexicon.js';
import { NUMBER } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, MORE, PREFIX, SCALE } from './build.js';

/** How far back (UTF-16 units, same clause) a money word may stand. */
const CUE_WINDOW = 8;
const CLAUSE_END = /[。;；!！?？\n]/;

export const moneyScaleRule: MetricRule = {
  id: 'money-scale',
  pattern: new RegExp(`${PREFIX}(?<n1>${NUMBER})(?<m1>${MORE})?(?<scale>${SCALE})(?<m2>${MORE})?`, 'g'),
  extract(match, text) {
    const g = match.groups ?? {};
    const from = Math.max(0, match.index - CUE_WINDOW);
    let before = text.slice(from, match.index);
    const cut = Math.max(...[...before].map((c, i) => (CLAUSE_END.test(c) ? i + 1 : 0)), 0);
    before = before.slice(cut);
    if (!MONEY_CUES.some((w) => before.includes(w))) return null;
    const scale = g['scale'] ?? '';
    return buildCandidate(
      this.id,
      match,
      { pre: g['pre'], n1: g['n1'] ?? '', more: Boolean(g['m1'] ?? g['m2']), scale },
      { unit: '', dimension: 'money', factor: 1, base: '元' },
    );
  },
};
