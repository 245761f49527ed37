// Ranges written as two bounds: 大于20岁小于等于35岁, 1000元以上1500元以下, 在20至30人之间 (value 20, max 30).
// The bounds are the range's ends, so the qualifier is exact; at least one bound carries the unit.
import { UNITS } from '../lexicon.js';
import { alternation, NUMBER } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, SCALE, SEPARATOR } from './build.js';
import { UNIT_FORMS } from './quantity.js';

const LOW_WORDS = ['大于等于', '大于', '高于', '超过', '多于', '不小于', '不低于', '不少于'];
const HIGH_WORDS = ['小于等于', '小于', '低于', '少于', '不超过', '不高于', '不大于', '不多于'];
/** Words joining the two bounds of a comparison (大于20的同时小于35). */
const JOINERS = ['的同时', '同时', '并且', '而且', '并', '且', '而', ',', '、'];

const LOW = `(?<lead>${alternation(LOW_WORDS)})(?<n1>${NUMBER})(?<s1>${SCALE})?(?<u1>${UNIT_FORMS})?`;
const HIGH_UNIT = `(?<scale>${SCALE})?(?<unit>${UNIT_FORMS})?`;

function boundedRule(id: string, source: string): MetricRule {
  return {
    id,
    pattern: new RegExp(source, 'g'),
    extract(match) {
      const g = match.groups ?? {};
      const u1 = g['u1'];
      const u2 = g['unit'];
      if (u1 !== undefined && u2 !== undefined && u1 !== u2) return null;
      const entry = UNITS.find((u) => u.form === (u2 ?? u1));
      if (!entry) return null; // no unit, or an excluded form (年级)
      const scale = g['scale'] ?? g['s1'];
      const lowScale = g['s1'] !== undefined && g['scale'] !== undefined ? g['s1'] : undefined;
      const built = buildCandidate(id, match, { pre: g['lead'], n1: g['n1'] ?? '', n2: g['n2'], scale, lowScale }, entry);
      return built && built.max !== null ? { ...built, qualifier: 'exact', prefixed: true } : null;
    },
  };
}

export const boundedRules: readonly MetricRule[] = [
  // 大于二十岁小于等于三十五岁, 高于80分并低于90分
  boundedRule('bounded-comparison', `${LOW}(?:${alternation(JOINERS)})?(?:${alternation(HIGH_WORDS)})(?<n2>${NUMBER})${HIGH_UNIT}`),
  // 1000元以上1500元以下
  boundedRule('bounded-suffixes', `(?<n1>${NUMBER})(?<s1>${SCALE})?(?<u1>${UNIT_FORMS})?(?:及以上|以上)[,、]?(?<n2>${NUMBER})${HIGH_UNIT}(?:及以下|以下)`),
  // 在20和30人之间, 介于1万至2万元之间
  boundedRule('between', `(?<lead>在|介于|位于)(?<n1>${NUMBER})(?<s1>${SCALE})?(?<u1>${UNIT_FORMS})?(?:和|与|${SEPARATOR})(?<n2>${NUMBER})${HIGH_UNIT}之间`),
];
