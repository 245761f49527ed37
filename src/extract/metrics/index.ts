// Metrics: quantities with a unit or measure word (CONTRACT.md § Metric).
// Rules find candidates, refiners drop non-metrics and overlaps, then labels, roles and sections.
import type { Metric, Section } from '../../schema/document.js';
import { flattenSections, sectionIdAt } from '../../segment/locate.js';
import { capped, ITEM_CAPS } from '../../text/caps.js';
import type { DocKind } from '../../facts/lexicon.js';
import { scan } from './engine.js';
import { labelAll } from './label.js';
import { refine } from './refine.js';
import { genreRole, partRoleAt, roleOf, sectionRoleAt } from './role.js';
import type { SectionYear } from '../../facts/types.js';
import { RULES } from './rules/index.js';
import type { Candidate } from './types.js';

export type { Candidate, MetricRule } from './types.js';

/** The metrics of one document's normalized text, without labels or roles (no jieba needed). */
export function findMetricCandidates(text: string): Candidate[] {
  // twice the cap per rule: enough that the first ITEM_CAPS.metrics refined candidates are all there
  return refine(scan(text, RULES, 2 * ITEM_CAPS.metrics), text);
}

/** What the metrics read from the facts stage. */
export interface MetricFacts {
  /** The document's year: a sentence naming a later year speaks of a target. */
  readonly year: number | null;
  /** The document's genre (a plan's figures are targets, a report's actual). */
  readonly genre: DocKind | 'mixed' | null;
  /** Sections whose titles name a year they review or plan (一、2023年工作回顾 / 二、2024年主要任务). */
  readonly sectionYears?: readonly SectionYear[];
  /** The last year the document reviews: a section planning a later year holds targets. */
  readonly reviewedYear?: number | null;
}

/** Every metric of one document's normalized text, with label, role and section (UTF-16 spans). */
export function extractMetrics(text: string, sections: readonly Section[], facts: MetricFacts): Metric[] {
  // a section's own number is no figure (14.1种子初加工机械: the marker 14.1, not 14.1种)
  const markers = new Set(flattenSections(sections).map((s) => s.span[0]));
  const cands = capped('metrics', findMetricCandidates(text).filter((c) => !markers.has(c.numberStart)));
  if (cands.length === 0) return [];
  const labels = labelAll(text, cands);
  const genre = genreRole(facts.genre);
  const year = facts.year;
  return cands.map((c, i) => ({
    text: text.slice(c.start, c.end),
    value: c.value,
    max: c.max,
    unit: c.unit,
    normalized: c.normalized ? { value: c.normalized.value, unit: c.normalized.unit } : null,
    dimension: c.dimension,
    qualifier: c.qualifier,
    label: labels[i] ?? null,
    role: roleOf(text, c, partRoleAt(facts.sectionYears ?? [], facts.reviewedYear ?? null, c.start) ?? sectionRoleAt(sections, c.start) ?? genre, year),
    sectionId: sectionIdAt(sections, c.start),
    span: [c.start, c.end],
  }));
}
