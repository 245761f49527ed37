// Assemble: the stages' plain data → one typed record per document.
// Order: type → roles → views; the facts (src/facts), dates and keywords beside them.
import type { Facts } from '../facts/index.js';
import { sectionIdAt } from '../segment/locate.js';
import type { TableData } from '../segment/tables.js';
import type { DateMention, DocumentRecord, Metric, Script, Section, Source, Warning } from '../schema/document.js';
import type { TypeOption } from '../types.js';
import { codePointMapper, mapSpans } from './codepoints.js';
import { documentKeywords } from './keywords.js';
import { assignRoles } from './roles.js';
import { decideType } from './type.js';
import { planViews, reportViews } from './views.js';

export interface AssembleInput {
  /** The part's normalized text. */
  readonly text: string;
  /** The facts the facts stage decided (title, issuer, year, period …). */
  readonly facts: Facts;
  /** The document's tables (UTF-16 spans). */
  readonly tables?: readonly TableData[];
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
  readonly dates: readonly DateMention[];
  readonly warnings: readonly Warning[];
  readonly source: Source;
  readonly script: Script;
  readonly type: TypeOption;
  readonly includeText: boolean;
}

const KEYWORD_COUNT = 10;

const SCHEMA_ID = 'plan-extract/document@1' as const;

export function assemble(input: AssembleInput): DocumentRecord {
  const { text, sections, dates, facts } = input;
  const title = facts.title;
  const refYear = facts.year?.year ?? null;
  // --type overrides the decision (and so its warning)
  const decision = input.type === 'auto' ? decideType(facts.kind, text, sections, dates, refYear) : null;
  const type = decision ? decision.type : input.type === 'auto' ? 'work_plan' : input.type;
  const typeWarnings: Warning[] =
    decision && !decision.confident
      ? [{ code: 'LOW_CONFIDENCE_TYPE', message: `type ${type} is a guess: ${decision.reason}; use --type to set it` }]
      : [];
  const roled = assignRoles(sections, type, text, facts.reviewedYear ?? refYear);
  const toCp = codePointMapper(text);
  const cpSpan = (s: readonly [number, number]): [number, number] => [toCp(s[0]), toCp(s[1])];
  const issued = facts.issued;
  const common = {
    title,
    source: input.source,
    script: input.script,
    issuer: facts.issuer,
    docNumber: facts.docNumber,
    issued: issued ? { text: issued.text, value: issued.value, span: issued.span ? cpSpan(issued.span) : null } : null,
    period: facts.period,
    facts: {
      year: facts.year?.year ?? null,
      sources: {
        year: facts.year?.source ?? null,
        title: facts.titleSource,
        issuer: facts.issuerSource,
        issued: facts.issuedSource,
        period: facts.periodSource,
      },
    },
    ...(input.includeText ? { text } : {}),
    sections: mapSpans(roled, toCp),
    metrics: mapSpans(input.metrics, toCp),
    dates: mapSpans(dates, toCp),
    tables: (input.tables ?? []).map((t) => ({
      id: t.id,
      sectionId: sectionIdAt(sections, t.span[0]),
      caption: t.caption,
      columns: t.columns.map((c) => [...c]),
      rows: t.rows.map((r) => ({ header: [...r.header], cells: r.cells.map((c) => ({ text: c.text, span: cpSpan(c.span) })) })),
      span: cpSpan(t.span),
    })),
    keywords: documentKeywords(text, KEYWORD_COUNT),
    warnings: [...input.warnings, ...typeWarnings].map((w) => (w.span ? { ...w, span: cpSpan(w.span) } : w)),
  };
  // schema and type first: what a reader of the JSON looks for before anything else
  return type === 'work_plan'
    ? { schema: SCHEMA_ID, type, ...common, ...planViews(text, roled, dates) }
    : { schema: SCHEMA_ID, type, ...common, ...reportViews(roled) };
}
