// `plan-extract view`: the review site from records (NDJSON, JSON, an --out folder, stdin) or from
// inputs extracted on the way through the same batch as the main command. Plain data out, like run().
import type { OutputRecord } from '../schema/document.js';
import { classify, readRecords, type RecordProblem, type ViewSource } from '../view/records.js';
import { openSite, siteProblem, type SiteSummary } from '../view/site.js';
import { run, TOOL_NAME, type ExitCode, type Message, type RunDeps, type RunOptions } from './run.js';

export const DEFAULT_VIEW_DIR = 'plan-extract-view';

export interface ViewOptions {
  /** Files of records, --out folders, "-" (records on standard input), or inputs to extract. */
  readonly paths: readonly string[];
  readonly outDir?: string;
  /** How inputs that are not records are extracted (the main command's options). */
  readonly extract?: Omit<RunOptions, 'paths' | 'outDir' | 'csv' | 'style' | 'keepRecords' | 'includeText'>;
}

export interface ViewResult {
  readonly exitCode: ExitCode;
  readonly messages: readonly Message[];
  readonly site: SiteSummary | null;
}

const usage = (text: string): ViewResult => ({
  exitCode: 2,
  messages: [{ level: 'error', path: null, code: null, text: `${TOOL_NAME} view: ${text}` }],
  site: null,
});

export async function runView(options: ViewOptions, onMessage: (m: Message) => void, deps: RunDeps): Promise<ViewResult> {
  if (options.paths.length === 0) return usage('no records or inputs given (NDJSON or JSON records, an --out folder, "-", or documents to extract)');
  if (options.paths.filter((p) => p === '-').length > 1) return usage('standard input ("-") can be read only once');
  const outDir = options.outDir ?? DEFAULT_VIEW_DIR;
  const problem = await siteProblem(outDir);
  if (problem) return usage(problem);
  const sources: ViewSource[] = [];
  for (const p of options.paths) sources.push(await classify(p));
  const inputs = sources.filter((s) => s.kind === 'input').map((s) => s.path);

  const messages: Message[] = [];
  const say = (m: Message): void => {
    messages.push(m);
    onMessage(m);
  };
  let site;
  try {
    site = await openSite(outDir);
  } catch (err) {
    return usage(`cannot write to --out: ${(err as Error).message}`);
  }
  const problems: RecordProblem[] = [];
  const add = (record: OutputRecord): Promise<void> => site.add(record);
  for (const source of sources) {
    if (source.kind !== 'records') continue;
    await readRecords(source, deps.readStdin, add, problems);
  }
  for (const p of problems) say({ level: 'error', path: p.where, code: null, text: `${TOOL_NAME} view: ${p.where}: ${p.message}` });

  let extractionCode: ExitCode = 0;
  if (inputs.length > 0) {
    const result = await run(
      { ...options.extract, paths: inputs, keepRecords: false, style: 'ndjson', includeText: true },
      {
        onOutput: async (text) => {
          for (const line of text.split('\n')) if (line !== '') await add(JSON.parse(line) as OutputRecord);
          return true;
        },
        onMessage: say,
      },
      deps,
    );
    if (result.exitCode === 2) return { exitCode: 2, messages: result.messages, site: null };
    extractionCode = result.exitCode;
  }
  const summary = await site.finish(options.paths);
  const exitCode: ExitCode = problems.length > 0 || extractionCode === 1 ? 1 : 0;
  return { exitCode, messages, site: summary };
}
