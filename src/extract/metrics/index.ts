// Metrics: quantities with a unit or measure word (CONTRACT.md § Metric).
import type { Metric, Section } from '../../schema/document.js';
import type { ExtractContext } from '../../types.js';

/** STUB until the metrics issue lands. */
export function extractMetrics(_text: string, _sections: readonly Section[], _ctx: ExtractContext): Metric[] {
  return [];
}
