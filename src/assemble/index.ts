// Assemble: the stages' plain data → one typed record per document.
import type {
  DateMention,
  DocumentRecord,
  DocumentType,
  Metric,
  Script,
  Section,
  Source,
  Warning,
} from '../schema/document.js';
import type { TypeOption } from '../types.js';
import { codePointMapper, mapSpans } from './codepoints.js';

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
}

const PLAN_WORDS = ['计划', '要点', '思路', '方案', '安排', '规划', '意见'];
const REPORT_WORDS = ['总结', '报告', '汇报', '自查', '述职'];

/** STUB title rule: the first line before the first section, when it is short. */
function findTitle(text: string, sections: readonly Section[]): string | null {
  const head = text.slice(0, sections[0]?.span[0] ?? text.length);
  const line = head.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return line && line.length <= 60 ? line : null;
}

/** STUB type rule: title keywords, report words first. */
function decideType(title: string | null, text: string): DocumentType {
  const probe = title ?? text.slice(0, 200);
  if (REPORT_WORDS.some((w) => probe.includes(w))) return 'summary_report';
  if (PLAN_WORDS.some((w) => probe.includes(w))) return 'work_plan';
  return 'work_plan';
}

export function assemble(input: AssembleInput): DocumentRecord {
  const title = findTitle(input.text, input.sections);
  const type = input.type === 'auto' ? decideType(title, input.text) : input.type;
  const toCp = codePointMapper(input.text);
  const common = {
    schema: 'plan-extract/document@1' as const,
    title,
    source: input.source,
    script: input.script,
    issuer: null,
    docNumber: null,
    issued: null,
    period: null,
    ...(input.includeText ? { text: input.text } : {}),
    sections: mapSpans(input.sections, toCp),
    metrics: mapSpans(input.metrics, toCp),
    dates: mapSpans(input.dates, toCp),
    keywords: [],
    warnings: input.warnings.map((w) => (w.span ? { ...w, span: [toCp(w.span[0]), toCp(w.span[1])] as [number, number] } : w)),
  };
  return type === 'work_plan'
    ? { ...common, type, goals: [], tasks: [], timeline: [] }
    : { ...common, type, achievements: [], problems: [], nextSteps: [] };
}
