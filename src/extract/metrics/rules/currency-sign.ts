// Amounts after a currency sign: $ 99,998, 新台币$ 1,071,350元, NT$500, US$1.2万, ￥3,000元. The
// sign says the currency (NT$ 新台币, US$ 美元, HK$ 港元; ¥ and a bare $ the yuan as written, 元); a
// thousands group broken by a PDF's spacing (62, 754) is one number.
import type { MetricRule } from '../types.js';
import { PREFIX, qualifierOf } from './build.js';

/** Signs, their unit when no 元 follows, and the currency their amounts are normalized in. */
const SIGNS: Readonly<Record<string, { readonly unit: string; readonly base: string }>> = {
  'NT$': { unit: '元', base: '新台币' },
  'US$': { unit: '美元', base: '美元' },
  'HK$': { unit: '港元', base: '港元' },
  $: { unit: '元', base: '元' },
  '¥': { unit: '元', base: '元' },
  '￥': { unit: '元', base: '元' },
};
const SCALE_FACTORS: Readonly<Record<string, number>> = { '': 1, 万: 1e4, 亿: 1e8 };

export const currencySignRule: MetricRule = {
  id: 'currency-sign',
  pattern: new RegExp(`${PREFIX}(?<cur>NT\\$|US\\$|HK\\$|\\$|¥|￥) ?(?<n1>\\d{1,3}(?:, ?\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d.])(?<scale>万|亿)?(?<yuan> ?元)?`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    const sign = SIGNS[g['cur'] ?? ''];
    if (!sign) return null;
    const value = Number((g['n1'] ?? '').replace(/[, ]/g, ''));
    if (!Number.isFinite(value)) return null;
    const scale = g['scale'] ?? '';
    const unit = `${scale}${g['yuan'] ? '元' : sign.unit}`;
    const numberStart = match.index + match[0].indexOf(g['n1'] ?? '', (g['pre']?.length ?? 0) + (g['cur']?.length ?? 0));
    return {
      rule: this.id,
      start: match.index,
      end: match.index + match[0].length,
      numberStart,
      numeral: g['n1'] ?? '',
      value,
      max: null,
      unit,
      dimension: 'money',
      normalized: { value: Math.round(value * (SCALE_FACTORS[scale] ?? 1) * 1e6) / 1e6, unit: sign.base },
      qualifier: qualifierOf({ pre: g['pre'], n1: g['n1'] ?? '' }),
      prefixed: g['pre'] !== undefined,
    };
  },
};
