// Assemble: the stages' plain data → one typed record per document.
// Order: title → type → roles → views; header fields, dates and keywords beside them.
import type { DateMention, DateValue, DocumentRecord, Metric, Script, Section, Source, Warning } from '../schema/document.js';
import type { TypeOption } from '../types.js';
import { codePointMapper, mapSpans } from './codepoints.js';
import { inferIssued, inferPeriod } from '../extract/dates/index.js';
import { signatureIssued, titlePeriod } from './dates.js';
import { findHeader } from './header.js';
import { documentKeywords } from './keywords.js';
import { assignRoles, reviewedYear } from './roles.js';
import { findTitle } from './title.js';
import { decideType } from './type.js';
import { planViews, reportViews } from './views.js';

export interface AssembleInput {
  /** The part's normalized text. */
  readonly text: string;
  readonly label: string | null;
  /** From the splitter: the title on the part's label line, and the collection's title. */
  readonly heading: string | null;
  readonly collectionTitle: string | null;
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
  readonly dates: readonly DateMention[];
  readonly warnings: readonly Warning[];
  readonly source: Source;
  readonly script: Script;
  readonly type: TypeOption;
  readonly includeText: boolean;
  /** Offsets in `text` where page markers were removed: a flattened title may start there. */
  readonly pageBreaks?: readonly number[];
}

const KEYWORD_COUNT = 10;

const SCHEMA_ID = 'plan-extract/document@1' as const;

export function assemble(input: AssembleInput): DocumentRecord {
  const { text, sections, dates } = input;
  const found = findTitle({
    text,
    sections,
    heading: input.heading,
    collectionTitle: input.collectionTitle,
    ...(input.pageBreaks ? { pageBreaks: input.pageBreaks } : {}),
  });
  const title = found.title;
  const issuedAt: DateValue | null = inferIssued(text, dates) ?? signatureIssued(text, dates);
  const refYear = issuedAt ? Number(issuedAt.value.slice(0, 4)) : null;
  // --type overrides the decision (and so its warning)
  const decision = input.type === 'auto' ? decideType(title, text, sections, dates, refYear) : null;
  const type = decision ? decision.type : input.type === 'auto' ? 'work_plan' : input.type;
  const typeWarnings: Warning[] =
    decision && !decision.confident
      ? [{ code: 'LOW_CONFIDENCE_TYPE', message: `type ${type} is a guess: ${decision.reason}; use --type to set it` }]
      : [];
  const roled = assignRoles(sections, type, text, reviewedYear(title) ?? refYear);
  const header = findHeader(text, sections, title);
  const toCp = codePointMapper(text);
  const cpSpan = (s: readonly [number, number]): [number, number] => [toCp(s[0]), toCp(s[1])];
  const common = {
    title,
    source: input.source,
    script: input.script,
    issuer: header.issuer,
    docNumber: header.docNumber,
    issued: issuedAt ? { ...issuedAt, span: cpSpan(issuedAt.span) } : null,
    period: inferPeriod(text, dates, title) ?? titlePeriod(title),
    ...(input.includeText ? { text } : {}),
    sections: mapSpans(roled, toCp),
    metrics: mapSpans(input.metrics, toCp),
    dates: mapSpans(dates, toCp),
    keywords: documentKeywords(text, KEYWORD_COUNT),
    warnings: [...input.warnings, ...typeWarnings].map((w) => (w.span ? { ...w, span: cpSpan(w.span) } : w)),
  };
  // schema and type first: what a reader of the JSON looks for before anything else
  return type === 'work_plan'
    ? { schema: SCHEMA_ID, type, ...common, ...planViews(text, roled, dates) }
    : { schema: SCHEMA_ID, type, ...common, ...reportViews(roled) };
}
