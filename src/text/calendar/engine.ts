// The engine: runs every parser over the text and keeps where each match stands.
import { DATE_PARSERS } from './parsers.js';
import type { Candidate, DateParser, ParseOptions } from './types.js';

/** Every match of every parser (overlapping ones included), in text order. */
export function scan(text: string, options: ParseOptions, parsers: readonly DateParser[] = DATE_PARSERS): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of parsers) {
    if (parser.vague && !options.vague) continue;
    if (parser.calendar && parser.calendar !== (options.calendar ?? 'gregorian')) continue;
    for (const m of text.matchAll(parser.pattern)) {
      const parsed = parser.extract(m);
      if (!parsed || m[0].length === 0) continue;
      out.push({ ...parsed, start: m.index, end: m.index + m[0].length, rule: parser.id });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Position of a parser in the priority list (ties between equal lengths go to the earlier one). */
export function priorityOf(rule: string, parsers: readonly DateParser[] = DATE_PARSERS): number {
  const i = parsers.findIndex((p) => p.id === rule);
  return i < 0 ? parsers.length : i;
}
