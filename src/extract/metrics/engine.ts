// The engine: runs every rule's pattern over the text and keeps what the rules build, with positions.
import type { Candidate, MetricRule } from './types.js';

/** All candidates of all rules, in text order (overlaps included: refiners decide). */
export function scan(text: string, rules: readonly MetricRule[]): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of rules) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const match of text.matchAll(pattern)) {
      const c = rule.extract(match as RegExpExecArray, text);
      if (c) found.push(c);
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
