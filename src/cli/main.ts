// The `plan-extract` command: commander parses, run() / validateFiles() do the work,
// this file only turns their plain data into stdout, stderr and an exit code.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mergeFolders } from '../batch/merge.js';
import { DEFAULT_LIMITS, parseSeconds, parseSize, type Limits } from '../batch/limits.js';
import { parseShard, type Shard } from '../batch/shard.js';
import type { OutputStyle } from '../emit/format.js';
import { isBrokenPipe, writeChunk } from '../emit/stream.js';
import { jsonSchemaText, type SchemaName } from '../schema/json.js';
import type { Format } from '../schema/document.js';
import type { TypeOption } from '../types.js';
import { colorLevel, paint, painter } from './color.js';
import { progressBar, statsLine, summaryLine } from './progress.js';
import { CSV_TABLES, DEFAULT_DEPS, isValidReferenceDate, run, TOOL_NAME, type CsvTable, type ExitCode, type Message, type Progress } from './run.js';
import { validateFiles } from './validate.js';
import { DEFAULT_VIEW_DIR, runView } from './view.js';

/** Everything the command touches in the outside world (tests pass their own). */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stderrIsTTY: boolean;
  /** Terminal width for the progress line. */
  readonly stderrColumns?: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Cores to use by default (--jobs); os.availableParallelism() for the real command. */
  readonly cpus?: number;
  /**
   * The worker module; null extracts in this thread, where --timeout and --max-memory cannot be
   * enforced (tests that load the pipeline once). Default: dist/batch/worker.js.
   */
  readonly workerUrl?: URL | null;
}

export const TYPE_CHOICES: readonly TypeOption[] = ['auto', 'work_plan', 'summary_report'];
export const FORMAT_CHOICES: readonly Format[] = ['txt', 'md', 'html', 'pdf', 'docx', 'doc'];
export const SCHEMA_NAMES: readonly SchemaName[] = ['document', 'error'];

/** The package version, read from package.json next to dist/ (or src/). */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const EXAMPLES = `
Output: one JSON record per document on stdout (NDJSON), error records for
inputs that failed, one line per failed input on stderr.

Examples:
  $ plan-extract plans/                          # every supported file under plans/, as NDJSON
  $ plan-extract plan.docx | jq '.metrics[]'     # one file, piped to jq
  $ plan-extract --out results/ plans/           # results/<same tree>.json + results/manifest.json
                                                 # (run again: only new or changed files are extracted)
  $ git ls-files -z '*.pdf' | plan-extract --files-from - -0 --out results/
  $ plan-extract --shard 2/4 --out part2/ plans/  # the second of four CI jobs
  $ plan-extract merge --out results/ part1/ part2/ part3/ part4/
  $ plan-extract --pretty --no-text report.pdf   # indented JSON array, without the text field
  $ cat plan.txt | plan-extract - --type work_plan --reference-date 2014
  $ plan-extract --csv metrics reports/ > metrics.csv   # every metric as a spreadsheet table
  $ plan-extract --csv tables reports/ > tables.csv     # every table cell with its row and column headers
  $ plan-extract corpus.jsonl --text-column body > docs.ndjson   # a corpus table: one document a row
  $ plan-extract schema document > document.schema.json
  $ plan-extract validate results/
  $ plan-extract view results/                   # a review site in plan-extract-view/index.html

Exit status: 0 every input extracted, 1 some inputs failed (the rest were
written), 2 the command was used wrongly.`;

interface MainOptions {
  type: TypeOption;
  text: boolean;
  referenceDate?: string;
  vagueDates: boolean;
  csv?: CsvTable;
  out?: string;
  pretty?: boolean;
  stdinFormat?: Format;
  quiet?: boolean;
  jobs?: number;
  filesFrom?: string;
  null?: boolean;
  shard?: Shard;
  cache: boolean;
  textColumn?: string;
  maxBytes?: number;
  timeout?: number;
  maxMemory?: number;
  maxInflated?: number;
}

/** How often the progress bar is redrawn at most. */
const PROGRESS_INTERVAL_MS = 100;

function parseReferenceDate(value: string): string {
  if (!isValidReferenceDate(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD (a real date).');
  return value;
}

function parseJobs(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return n;
}

function parseSizeOption(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('expected a size in bytes, with an optional K, M or G (e.g. 200M); 0 for no limit.');
  return n;
}

function parseSecondsOption(value: string): number {
  const n = parseSeconds(value);
  if (n === null) throw new InvalidArgumentError('expected seconds (e.g. 60); 0 for no limit.');
  return n;
}

function parseMegabytes(value: string): number {
  const n = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('expected megabytes, a whole number (e.g. 2048); 0 for no limit.');
  return n;
}

/** The limits of a run from its flags: a flag's 0 lifts its limit, an absent flag keeps the default. */
export function limitsOf(opts: Pick<MainOptions, 'maxBytes' | 'timeout' | 'maxMemory' | 'maxInflated'>): Limits {
  const d = DEFAULT_LIMITS;
  const orNull = (n: number | undefined, fallback: number | null): number | null => (n === undefined ? fallback : n > 0 ? n : null);
  return {
    maxBytes: orNull(opts.maxBytes, d.maxBytes),
    timeout: opts.timeout === undefined ? d.timeout : opts.timeout > 0 ? { seconds: opts.timeout } : null,
    maxMemoryMB: orNull(opts.maxMemory, d.maxMemoryMB),
    maxInflatedBytes: orNull(opts.maxInflated, d.maxInflatedBytes),
  };
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N (e.g. 2/4).');
  return shard;
}

/** Runs the command line `argv` (node, script, args…) and resolves to the exit code. Never throws for bad input. */
export async function cli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const chalk = painter(colorLevel(io.env, io.stderrIsTTY));
  const version = toolVersion();
  let exitCode: ExitCode = 0;
  let stdoutBroken = false;
  let stdoutFailure: string | null = null;
  const onStdoutError = (err: unknown): void => {
    stdoutBroken = true;
    if (!isBrokenPipe(err)) stdoutFailure = err instanceof Error ? err.message : String(err);
  };
  io.stdout.on('error', onStdoutError);
  const err = (text: string): void => {
    io.stderr.write(`${text}\n`);
  };
  const out = async (text: string): Promise<void> => {
    if (stdoutBroken) return;
    if (!(await writeChunk(io.stdout, text))) stdoutBroken = true;
  };

  const program = new Command(TOOL_NAME)
    // options before a subcommand are the program's: `merge --out` is merge's own
    .enablePositionalOptions()
    .description('Turn Chinese work plans (工作计划/要点/方案) and summary reports (工作总结/报告) into JSON records.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(chalk.red(`${TOOL_NAME}: ${s.replace(/^error: /, '').trimEnd()} (see ${TOOL_NAME} --help)\n`)),
    });

  program
    .argument('[paths...]', 'files and folders to read ("-" reads standard input)')
    .addOption(new Option('-t, --type <type>', 'document type, or decide per document').choices(TYPE_CHOICES).default('auto'))
    .option('--no-text', 'leave the normalized text out of the records')
    .option('--reference-date <date>', 'YYYY[-MM[-DD]]: year for dates written without one', parseReferenceDate)
    .option('--no-vague-dates', 'leave out dates that write neither a year nor a month (年底前, 上半年, 去年, 十三五)')
    .option('-o, --out <dir>', 'write one .json per document (mirroring the input tree) and manifest.json into <dir>; inputs unchanged since the last run there are not extracted again')
    .addOption(new Option('--csv <table>', 'write a flat CSV table instead of records: documents (one row per document), sections, metrics, dates (one row per each), tables (one row per table cell); with --out: <dir>/<table>.csv beside the records').choices(CSV_TABLES))
    .option('-p, --pretty', 'print one indented JSON array instead of NDJSON')
    .addOption(new Option('--stdin-format <format>', 'how to read "-" (default txt)').choices(FORMAT_CHOICES))
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors are still printed)')
    .option('-j, --jobs <n>', `inputs extracted at once, by worker threads (default: one per core, ${io.cpus ?? availableParallelism()} here)`, parseJobs)
    .option('--files-from <file>', 'also read the inputs listed in <file>, one path a line ("-": standard input)')
    .option('-0, --null', 'the --files-from list is NUL-separated (find -print0, git ls-files -z)')
    .option('--shard <K/N>', 'extract only the K-th of N deterministic shares of the inputs (split by path)', parseShardOption)
    .option('--no-cache', 'with --out: extract every input again, even those unchanged since the last run')
    .option('--text-column <name>', 'corpus tables (.csv .tsv .jsonl): the column holding the text (default: full_text, text, content or 正文)')
    .option('--max-bytes <size>', 'refuse inputs larger than this, unread (TOO_LARGE; default 200M; 0: no limit)', parseSizeOption)
    .option('--timeout <seconds>', 'abandon an input whose extraction takes longer (TIMEOUT; default 30 s + 10 s per MB of input; 0: no limit)', parseSecondsOption)
    .option('--max-memory <MB>', 'heap of each worker thread; an input needing more is abandoned (TOO_LARGE; default 2048; 0: no limit)', parseMegabytes)
    .option('--max-inflated <size>', 'what the compressed parts of one DOCX or PDF may inflate to (DECOMPRESSION_BOMB; default 512M; 0: no limit)', parseSizeOption)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: MainOptions) => {
      if (paths.length === 0 && opts.filesFrom === undefined) {
        program.outputHelp({ error: true });
        exitCode = 2;
        return;
      }
      exitCode = await extractCommand(paths, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output records')
    .argument('[name]', `${SCHEMA_NAMES.join(' or ')}`, 'document')
    .action(async (name: string) => {
      if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
        err(chalk.red(`${TOOL_NAME} schema: unknown schema ${JSON.stringify(name)} (expected ${SCHEMA_NAMES.join(' or ')})`));
        exitCode = 2;
        return;
      }
      await out(jsonSchemaText(name as SchemaName));
    });

  program
    .command('validate')
    .description('check JSON / NDJSON files of records (or folders of them) against the schemas')
    .argument('<files...>', 'files or folders (.json .ndjson .jsonl) to check; "-" reads standard input')
    .action(async (files: string[]) => {
      const result = await validateFiles(files, io.readStdin);
      for (const line of result.messages) err(result.exitCode === 0 ? line : chalk.red(line));
      exitCode = result.exitCode;
    });

  program
    .command('view')
    .description('build a static review site (index + one page per document) from records or from inputs extracted on the way')
    .argument('<paths...>', 'NDJSON/JSON records, --out folders, "-" (NDJSON on standard input), or documents and folders to extract')
    .option('-o, --out <dir>', `the site's folder (default ${DEFAULT_VIEW_DIR}/); an earlier site there is replaced`)
    .addOption(new Option('-t, --type <type>', 'for inputs extracted: document type').choices(TYPE_CHOICES).default('auto'))
    .option('--reference-date <date>', 'for inputs extracted: YYYY[-MM[-DD]]', parseReferenceDate)
    .option('--no-vague-dates', 'for inputs extracted: leave out dates that write neither a year nor a month')
    .option('-j, --jobs <n>', 'for inputs extracted: worker threads', parseJobs)
    .option('--text-column <name>', 'for corpus tables extracted: the column holding the text')
    .option('-q, --quiet', 'no warnings or summary on stderr (errors are still printed)')
    .action(async (paths: string[], opts: { out?: string; type: TypeOption; referenceDate?: string; vagueDates: boolean; jobs?: number; quiet?: boolean; textColumn?: string }) => {
      const quiet = opts.quiet ?? false;
      const result = await runView(
        {
          paths,
          ...(opts.out !== undefined ? { outDir: opts.out } : {}),
          extract: {
            type: opts.type,
            vagueDates: opts.vagueDates,
            ...(opts.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {}),
            ...(opts.textColumn !== undefined ? { textColumn: opts.textColumn } : {}),
            jobs: opts.jobs ?? io.cpus ?? availableParallelism(),
            toolVersion: version,
          },
        },
        (m) => {
          if (!quiet || m.level === 'error') err(paint(chalk, m));
        },
        { ...DEFAULT_DEPS, readStdin: io.readStdin },
      );
      if (result.exitCode === 2) for (const m of result.messages) err(paint(chalk, m));
      if (result.site && !quiet) {
        const s = result.site;
        err(chalk.dim(`${TOOL_NAME} view: ${s.documents} document${s.documents === 1 ? '' : 's'}, ${s.errors} error${s.errors === 1 ? '' : 's'} → ${s.index}`));
      }
      exitCode = result.exitCode;
    });

  program
    .command('merge')
    .description('join the --out folders of several runs (the shards of one batch) into one folder')
    .requiredOption('-o, --out <dir>', 'the merged folder (may be one of the folders merged)')
    .argument('<dirs...>', '--out folders made with the same options and version')
    .action(async (dirs: string[], opts: { out: string }) => {
      const result = await mergeFolders(opts.out, dirs);
      for (const line of result.errors) err(chalk.red(`${TOOL_NAME} merge: ${line}`));
      for (const line of result.warnings) err(chalk.yellow(`${TOOL_NAME} merge: ${line}`));
      const c = result.manifest?.counts;
      if (c) err(chalk.dim(`${TOOL_NAME} merge: ${dirs.length} folders, ${c.inputs} inputs, ${c.documents} documents → ${opts.out}`));
      exitCode = result.exitCode;
    });

  async function extractCommand(paths: readonly string[], opts: MainOptions): Promise<ExitCode> {
    const quiet = opts.quiet ?? false;
    const style: OutputStyle = opts.pretty ? 'pretty' : 'ndjson';
    let progressShown = false;
    let lastDraw = 0;
    let firstDone: Progress | undefined;
    const clearProgress = (): void => {
      if (progressShown) io.stderr.write('\r\x1b[K');
      progressShown = false;
    };
    const show = (m: Message): void => {
      if (quiet && m.level !== 'error') return;
      clearProgress();
      err(paint(chalk, m));
    };
    const drawProgress = (p: Progress): void => {
      if (quiet || !io.stderrIsTTY || p.total < 2) return;
      firstDone ??= p;
      const now = Date.now();
      if (now - lastDraw < PROGRESS_INTERVAL_MS && p.done < p.total) return;
      lastDraw = now;
      io.stderr.write(`\r${progressBar(p, io.stderrColumns || 80, chalk, firstDone)}\x1b[K`);
      progressShown = true;
    };
    const result = await run(
      {
        paths,
        type: opts.type,
        includeText: opts.text,
        ...(opts.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {}),
        vagueDates: opts.vagueDates,
        ...(opts.out !== undefined ? { outDir: opts.out } : {}),
        ...(opts.stdinFormat !== undefined ? { stdinFormat: opts.stdinFormat } : {}),
        ...(opts.csv !== undefined ? { csv: opts.csv } : {}),
        ...(opts.filesFrom !== undefined ? { filesFrom: opts.filesFrom, filesFromNul: opts.null ?? false } : {}),
        ...(opts.shard !== undefined ? { shard: opts.shard } : {}),
        ...(opts.textColumn !== undefined ? { textColumn: opts.textColumn } : {}),
        jobs: opts.jobs ?? io.cpus ?? availableParallelism(),
        cache: opts.cache,
        limits: limitsOf(opts),
        limitsGiven: opts.timeout !== undefined || opts.maxMemory !== undefined,
        style,
        keepRecords: false,
        toolVersion: version,
      },
      {
        onOutput: async (text: string) => {
          await out(text);
          return !stdoutBroken;
        },
        onProgress: drawProgress,
        onMessage: show,
      },
      { ...DEFAULT_DEPS, readStdin: io.readStdin, ...(io.workerUrl !== undefined ? { workerUrl: io.workerUrl } : {}) },
    );
    clearProgress();
    if (result.exitCode === 2) for (const m of result.messages) show(m);
    else if (!quiet) err(chalk.dim(summaryLine(result.summary, opts.out)));
    if (io.env.PLAN_EXTRACT_STATS === '1' && result.exitCode !== 2) err(statsLine(result.summary));
    if (stdoutFailure !== null) {
      err(chalk.red(`${TOOL_NAME}: cannot write to standard output: ${stdoutFailure}`));
      return 1;
    }
    return result.exitCode;
  }

  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version end with exit code 0; every other parse error is a usage error
      exitCode = e.exitCode === 0 ? 0 : 2;
    } else {
      err(chalk.red(`${TOOL_NAME}: internal error: ${e instanceof Error ? e.message : String(e)}`));
      exitCode = 1;
    }
  } finally {
    io.stdout.off('error', onStdoutError);
  }
  return exitCode;
}

/** Entry point used by bin/plan-extract. */
export async function main(argv: readonly string[]): Promise<void> {
  // a reader that goes away (| head) must not crash the process with an unhandled 'error' event
  process.stdout.on('error', (e: unknown) => {
    if (!isBrokenPipe(e)) process.exitCode = 1;
  });
  const code = await cli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    env: process.env,
    readStdin: DEFAULT_DEPS.readStdin,
  });
  process.exitCode = code;
}
