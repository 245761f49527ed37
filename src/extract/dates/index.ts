// Dates: calendar mentions resolved to ISO (CONTRACT.md § DateMention).
import type { DateMention, Section, Warning } from '../../schema/document.js';
import type { ExtractContext } from '../../types.js';

export interface DatesResult {
  readonly dates: DateMention[];
  readonly warnings: Warning[];
}

/** STUB until the dates issue lands. */
export function extractDates(_text: string, _sections: readonly Section[], _ctx: ExtractContext): DatesResult {
  return { dates: [], warnings: [] };
}
