// A bare scale after Arabic digits with no unit: a count of what follows or went before
// (6600多万纳税人, 脱贫人口务工规模超过3300万). With a money word before, money-scale.ts reads it as money;
// the low end of a range with another scale (1万—2千元) and a scale before a unit word (5万吨级) are none.
import { ARABIC } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, MORE, PREFIX, SEPARATOR } from './build.js';
import { UNIT_FORMS } from './quantity.js';

export const scaleCountRule: MetricRule = {
  id: 'scale-count',
  pattern: new RegExp(`${PREFIX}(?<n1>${ARABIC})(?<m1>${MORE})?(?<scale>万(?:${MORE})?亿|万|亿)(?<m2>${MORE})?(?![0-9０-９万亿千百十])(?!${SEPARATOR}[0-9０-９])(?!${UNIT_FORMS})`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    return buildCandidate(
      this.id,
      match,
      { pre: g['pre'], n1: g['n1'] ?? '', more: Boolean(g['m1'] ?? g['m2']), scale: g['scale'] },
      { unit: '', dimension: 'count', factor: null, base: null },
    );
  },
};
