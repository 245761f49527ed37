// The output contract (../shared/CONTRACT.md, version 1) as zod schemas.
// These are the single source: schemas/*.schema.json is generated from them
// (src/schema/generate.ts) and every record is validated before it is written.
import { z } from 'zod';

/** [start, end) into the record's `text`, in Unicode code points. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .meta({ id: 'Span', description: '[start, end) into text, counted in Unicode code points' });

/** "2014", "2014-04" or "2014-04-15". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ id: 'IsoDate', description: 'ISO date as precise as written: YYYY, YYYY-MM or YYYY-MM-DD' });

export const Format = z.enum(['txt', 'md', 'pdf', 'docx', 'doc', 'html']).meta({ id: 'Format' });
export const Script = z.enum(['simplified', 'traditional', 'mixed']).meta({ id: 'Script' });
export const DocumentType = z.enum(['work_plan', 'summary_report']).meta({ id: 'DocumentType' });

export const SectionRole = z
  .enum([
    'background',
    'guiding_principles',
    'goals',
    'tasks',
    'measures',
    'organization',
    'timeline',
    'achievements',
    'problems',
    'next_steps',
    'other',
  ])
  .meta({ id: 'SectionRole' });

export const Warning = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string(),
    span: Span.optional(),
  })
  .meta({ id: 'Warning', description: 'Something the reader should know; a stable code and a message' });

export const Source = z
  .object({
    path: z.string().describe('as the user named it; "-" for standard input'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: Format,
    encoding: z.string().nullable().describe('detected text encoding, null for pdf/docx/doc'),
    pages: z.number().int().positive().nullable().describe('page count for pdf, else null'),
    part: z.number().int().positive(),
    parts: z.number().int().positive(),
    row: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('for a document read from a corpus table (.csv .tsv .jsonl .ndjson): its row, 1 = the first row of documents'),
    url: z.string().optional().describe("for a corpus table's row: its url column, when it has one"),
  })
  .meta({ id: 'Source' });

export interface SectionT {
  id: string;
  number: string;
  level: number;
  title: string;
  role: z.infer<typeof SectionRole> | null;
  span: [number, number];
  children: SectionT[];
}

export const Section: z.ZodType<SectionT> = z
  .object({
    id: z.string().regex(/^\d+(\.\d+)*$/).describe('path of ordinals from the root, "." separated'),
    number: z.string().min(1).describe('the marker as written, normalized to half-width'),
    level: z.number().int().positive().describe('depth in the tree, 1 = top'),
    title: z.string(),
    role: SectionRole.nullable().describe('set on top-level sections'),
    span: Span,
    get children() {
      return z.array(Section);
    },
  })
  .meta({ id: 'Section' });

export const Dimension = z
  .enum(['money', 'percent', 'count', 'area', 'length', 'weight', 'duration', 'ratio', 'other'])
  .meta({ id: 'Dimension' });
export const Qualifier = z
  .enum(['exact', 'approx', 'at_least', 'at_most', 'more_than', 'less_than'])
  .meta({ id: 'Qualifier' });
export const MetricRole = z.enum(['actual', 'target', 'change']).meta({ id: 'MetricRole' });

/** Where a metric taken from a table cell stands: the table's id, its data row and column (0-based). */
export const TableRef = z
  .object({ id: z.string(), row: z.number().int().nonnegative(), column: z.number().int().nonnegative() })
  .meta({ id: 'TableRef' });

export const Metric = z
  .object({
    text: z.string().min(1).describe('the mention as it stands in text'),
    value: z.number().describe('for a range, the low end'),
    max: z.number().nullable().describe('the high end of a range'),
    unit: z.string().describe('as written'),
    normalized: z.object({ value: z.number(), unit: z.string() }).nullable(),
    dimension: Dimension,
    qualifier: Qualifier,
    label: z.string().nullable(),
    role: MetricRole.nullable(),
    sectionId: z.string().nullable(),
    span: Span,
    table: TableRef.optional().describe('set when the metric is a table cell'),
  })
  .meta({ id: 'Metric' });

export const TableCell = z.object({ text: z.string(), span: Span }).meta({ id: 'TableCell' });

/** A table of the document (contract addition): header paths, rows with their label paths and cells. */
export const Table = z
  .object({
    id: z.string().regex(/^t\d+$/).describe('t1, t2 … in document order'),
    sectionId: z.string().nullable().describe('the section the table sits in, null before the first'),
    caption: z.string().nullable().describe('the heading or line that names it'),
    columns: z.array(z.array(z.string())).describe('per data column, its header path, outermost first'),
    rows: z.array(z.object({ header: z.array(z.string()).describe("the row's label path"), cells: z.array(TableCell) })),
    span: Span.describe("the table's text in text"),
  })
  .meta({ id: 'Table' });

export const DateKind = z.enum(['point', 'range', 'deadline', 'start']).meta({ id: 'DateKind' });
export const DateModifier = z.enum(['start', 'mid', 'end']).meta({ id: 'DateModifier' });

export const DateMention = z
  .object({
    text: z.string().min(1),
    value: IsoDate,
    end: IsoDate.nullable(),
    kind: DateKind,
    modifier: DateModifier.nullable(),
    yearInferred: z.boolean(),
    sectionId: z.string().nullable(),
    span: Span,
  })
  .meta({ id: 'DateMention' });

/** A resolved date with the words it came from (used by `issued`). */
export const DateValue = z
  .object({
    text: z.string().min(1).describe('the date as written (or as the metadata gives it when span is null)'),
    value: IsoDate,
    span: Span.nullable().describe('null when the date came from the file\'s metadata, not from its text'),
  })
  .meta({ id: 'DateValue' });

/** Where the document's year came from, highest precedence first (README: Document facts). */
export const YearSource = z
  .enum(['date_line', 'signature', 'title', 'doc_number', 'metadata', 'review_section', 'reference_date', 'body'])
  .meta({ id: 'YearSource' });
export const TitleSource = z.enum(['notice', 'body', 'metadata', 'heading', 'collection']).meta({ id: 'TitleSource' });
export const IssuerSource = z
  .enum(['byline', 'signature', 'notice', 'letterhead', 'organ_line', 'speaker', 'title', 'doc_number', 'metadata'])
  .meta({ id: 'IssuerSource' });
export const IssuedSource = z.enum(['date_line', 'printed', 'signature', 'metadata']).meta({ id: 'IssuedSource' });
export const PeriodSource = z.enum(['title', 'delivered', 'sections', 'timeline', 'duration', 'agenda', 'year']).meta({ id: 'PeriodSource' });

/** The document's year and where each fact came from (an addition to contract version 1). */
export const Facts = z
  .object({
    year: z.number().int().nullable().describe('the year the document speaks from: year-less dates and 今年 resolve against it'),
    sources: z.object({
      year: YearSource.nullable(),
      title: TitleSource.nullable(),
      issuer: IssuerSource.nullable(),
      issued: IssuedSource.nullable(),
      period: PeriodSource.nullable(),
    }),
  })
  .meta({ id: 'Facts', description: 'The document year and the source of each document fact (null when the fact is null)' });

export const Period = z.object({ start: IsoDate, end: IsoDate }).meta({ id: 'Period' });
export const Keyword = z.object({ word: z.string().min(1), weight: z.number() }).meta({ id: 'Keyword' });
export const Item = z.object({ sectionId: z.string(), title: z.string() }).meta({ id: 'Item' });
export const Phase = z
  .object({ sectionId: z.string(), title: z.string(), start: IsoDate.nullable(), end: IsoDate.nullable() })
  .meta({ id: 'Phase' });

const common = {
  schema: z.literal('plan-extract/document@1'),
  title: z.string().nullable(),
  source: Source,
  script: Script,
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  issued: DateValue.nullable(),
  period: Period.nullable(),
  facts: Facts.optional().describe('the document year and where each fact came from'),
  text: z.string().optional().describe('the normalized text; absent with --no-text'),
  sections: z.array(Section),
  metrics: z.array(Metric),
  dates: z.array(DateMention),
  tables: z.array(Table).describe('[] when the document has none'),
  keywords: z.array(Keyword),
  warnings: z.array(Warning),
};

export const WorkPlanRecord = z
  .object({
    ...common,
    type: z.literal('work_plan'),
    goals: z.array(Item),
    tasks: z.array(Item),
    timeline: z.array(Phase),
  })
  .meta({ id: 'WorkPlanRecord' });

export const SummaryReportRecord = z
  .object({
    ...common,
    type: z.literal('summary_report'),
    achievements: z.array(Item),
    problems: z.array(Item),
    nextSteps: z.array(Item),
  })
  .meta({ id: 'SummaryReportRecord' });

export const DocumentRecord = z
  .discriminatedUnion('type', [WorkPlanRecord, SummaryReportRecord])
  .meta({ id: 'DocumentRecord', title: 'plan-extract document record, version 1' });

export const ErrorRecord = z
  .object({
    schema: z.literal('plan-extract/error@1'),
    source: z.object({
      path: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe('null when the file could not be read'),
      format: Format.nullable().describe('null when the format is not supported'),
      row: z.number().int().positive().optional().describe('for a row of a corpus table: which row failed'),
    }),
    error: z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]*$/), message: z.string() }),
  })
  .meta({ id: 'ErrorRecord', title: 'plan-extract error record, version 1' });

export type Span = z.infer<typeof Span>;
export type Format = z.infer<typeof Format>;
export type Script = z.infer<typeof Script>;
export type DocumentType = z.infer<typeof DocumentType>;
export type SectionRole = z.infer<typeof SectionRole>;
export type Warning = z.infer<typeof Warning>;
export type Source = z.infer<typeof Source>;
export type Section = SectionT;
export type Metric = z.infer<typeof Metric>;
export type Table = z.infer<typeof Table>;
export type TableRef = z.infer<typeof TableRef>;
export type Dimension = z.infer<typeof Dimension>;
export type Qualifier = z.infer<typeof Qualifier>;
export type MetricRole = z.infer<typeof MetricRole>;
export type DateMention = z.infer<typeof DateMention>;
export type DateKind = z.infer<typeof DateKind>;
export type DateValue = z.infer<typeof DateValue>;
export type Period = z.infer<typeof Period>;
export type YearSource = z.infer<typeof YearSource>;
export type TitleSource = z.infer<typeof TitleSource>;
export type IssuerSource = z.infer<typeof IssuerSource>;
export type IssuedSource = z.infer<typeof IssuedSource>;
export type PeriodSource = z.infer<typeof PeriodSource>;
export type Facts = z.infer<typeof Facts>;
export type Keyword = z.infer<typeof Keyword>;
export type Item = z.infer<typeof Item>;
export type Phase = z.infer<typeof Phase>;
export type WorkPlanRecord = z.infer<typeof WorkPlanRecord>;
export type SummaryReportRecord = z.infer<typeof SummaryReportRecord>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type OutputRecord = DocumentRecord | ErrorRecord;
