// The engine: runs every rule's pattern over the text and keeps what the rules build, with positions.
import type { Candidate, MetricRule } from './types.js';

/**
 * All candidates of all rules, in text order (overlaps included: refiners decide). A rule stops
 * after `perRule` candidates: an adversarial text would otherwise hold one object per match.
 */
export function scan(text: string, rules: readonly MetricRule[], perRule: number = Number.POSITIVE_INFINITY): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of rules) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    let kept = 0;
    for (const match of text.matchAll(pattern)) {
      const c = rule.extract(match as RegExpExecArray, text);
      if (c) found.push(c);
      if (c && ++kept >= perRule) break;
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
