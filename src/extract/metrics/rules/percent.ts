// Percentages: 95.3%, 85%以上, 80%-90%, 增长-3.2%; in words 百分之九十五点五, 千分之二点四, 万分之三.
import { ARABIC, CHINESE } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, PREFIX, SEPARATOR, SIGN, SUFFIX, type UnitInfo } from './build.js';

const PERCENT: UnitInfo = { unit: '%', dimension: 'percent', factor: 1, base: '%' };
const PER_MILLE: UnitInfo = { unit: '‰', dimension: 'percent', factor: 0.1, base: '%' };
const PER_MYRIAD: UnitInfo = { unit: '‱', dimension: 'percent', factor: 0.01, base: '%' };
/** The share word before the number in words, and the unit it means. */
const SHARE_WORDS: Readonly<Record<string, UnitInfo>> = { 百分之: PERCENT, 佰分之: PERCENT, 千分之: PER_MILLE, 仟分之: PER_MILLE, 万分之: PER_MYRIAD };
/** Capital digits written alone after a share word (万分之肆): plain digits there, no word's character. */
const CAPITAL_DIGITS: Readonly<Record<string, string>> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九' };

export const percentSignRule: MetricRule = {
  id: 'percent-sign',
  pattern: new RegExp(`${PREFIX}${SIGN}(?<n1>${ARABIC})(?:[%％]? ?(?<sep>${SEPARATOR}) ?(?<n2>${ARABIC}))?(?<unit>[%％‰‱])${SUFFIX}`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    const unit = g['unit'] === '‰' ? PER_MILLE : g['unit'] === '‱' ? PER_MYRIAD : PERCENT;
    return buildCandidate(this.id, match, { pre: g['pre'], sign: g['sign'], n1: g['n1'] ?? '', n2: g['n2'], post: g['post'] }, unit);
  },
};

export const percentWordsRule: MetricRule = {
  id: 'percent-words',
  // 百万分之五 and 五百分之二 are other fractions, not a share word after a number
  pattern: new RegExp(`${PREFIX}(?<![零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟0-9０-９])(?<share>[百佰千仟万]分之)(?<n1>${CHINESE}|${ARABIC})${SUFFIX}`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    const unit = SHARE_WORDS[g['share'] ?? ''] ?? PERCENT;
    const n1 = g['n1'] ?? '';
    return buildCandidate(this.id, match, { pre: g['pre'], n1: CAPITAL_DIGITS[n1] ?? n1, post: g['post'] }, unit);
  },
};
