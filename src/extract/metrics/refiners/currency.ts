// A currency named before an amount in 元 (新台币伍仟元整, 人民币50元, 新台币$ 500元): the name joins the mention and
// says which currency the amount is normalized in.
import { CURRENCY_PREFIXES } from '../lexicon.js';
import { alternation } from '../number.js';
import type { Refiner } from '../types.js';

const NAMED = new RegExp(`(?:${alternation(Object.keys(CURRENCY_PREFIXES))}) ?$`);

export const attachCurrencies: Refiner = {
  id: 'currencies',
  refine: (cands, text) =>
    cands.map((c) => {
      // a currency-sign amount (新台币$ 1,071,350元): the name stands before its sign
      if (c.dimension !== 'money' || !/[元圆]$/.test(c.unit) || (c.start !== c.numberStart && c.rule !== 'currency-sign')) return c;
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
