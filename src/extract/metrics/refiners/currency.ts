// A currency named before an amount in 元 (新台币伍仟元整, 人民币50元): the name joins the mention and
// says which currency the amount is normalized in.
import { CURRENCY_PREFIXES } from '../lexicon.js';
import { alternation } from '../number.js';
import type { Refiner } from '../types.js';

const NAMED = new RegExp(`(?:${alternation(Object.keys(CURRENCY_PREFIXES))}) ?$`);

export const attachCurrencies: Refiner = {
  id: 'currencies',
  refine: (cands, text) =>
    cands.map((c) => {
      if (c.dimension !== 'money' || !c.unit.endsWith('元') || c.start !== c.numberStart) return c;
      const name = NAMED.exec(text.slice(Math.max(0, c.start - 4), c.start))?.[0];
      if (!name) return c;
      const currency = CURRENCY_PREFIXES[name.trim()] ?? '元';
      return {
        ...c,
        start: c.start - name.length,
        normalized: c.normalized ? { value: c.normalized.value, unit: currency } : null,
      };
    }),
};
