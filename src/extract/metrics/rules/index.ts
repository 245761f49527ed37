// The ordered rule list. Order matters only for ties: the overlap refiner keeps the longest match.
import type { MetricRule } from '../types.js';
import { boundedRules } from './bounded.js';
import { currencySignRule } from './currency-sign.js';
import { moneyCentsRule } from './money-cents.js';
import { moneyScaleRule } from './money-scale.js';
import { percentSignRule, percentWordsRule } from './percent.js';
import { quantityRule } from './quantity.js';
import { scaleCountRule } from './scale-count.js';

export const RULES: readonly MetricRule[] = [
  percentSignRule,
  percentWordsRule,
  quantityRule,
  moneyCentsRule,
  currencySignRule,
  ...boundedRules,
  moneyScaleRule,
  scaleCountRule,
];
