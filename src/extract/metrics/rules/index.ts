// The ordered rule list. Order matters only for ties: the overlap refiner keeps the longest match.
import type { MetricRule } from '../types.js';
import { moneyScaleRule } from './money-scale.js';
import { percentSignRule, percentWordsRule } from './percent.js';
import { quantityRule } from './quantity.js';

export const RULES: readonly MetricRule[] = [percentSignRule, percentWordsRule, quantityRule, moneyScaleRule];
