// The `plan-extract` command: commander parses, run() / validateFiles() do the work,
// this file only turns their plain data into stdout, stderr and an exit code.
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { closingChunk, recordChunk, type OutputStyle } from '../emit/format.js';
import { isBrokenPipe, writeChunk } from '../emit/stream.js';
import { jsonSchemaText, type SchemaName } from '../schema/json.js';
import type { Format, OutputRecord } from '../schema/document.js';
import type { TypeOption } from '../types.js';
import { colorLevel, paint, painter } from './color.js';
import { CSV_TABLES, DEFAULT_DEPS, isValidReferenceDate, run, TOOL_NAME, type CsvTable, type ExitCode, type Message } from './run.js';
import { validateFiles } from './validate.js';

/** Everything the command touches in the outside world (tests pass their own). */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stderrIsTTY: boolean;
  /** Terminal width for the progress line. */
  readonly stderrColumns?: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readStdin: () => Promise<Uint8Array>;
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
  $ plan-extract --pretty --no-text report.pdf   # indented JSON array, without the text field
  $ cat plan.txt | plan-extract - --type work_plan --reference-date 2014
  $ plan-extract --csv metrics reports/ > metrics.csv   # every metric as a spreadsheet table
  $ plan-extract --csv tables reports/ > tables.csv     # every table cell with its row and column headers
  $ plan-extract schema document > document.schema.json
  $ plan-extract validate results/

Exit status: 0 every input extracted, 1 some inputs failed (the rest were
written), 2 the command was used wrongly.`;

/** `[12/340] path`, cut from the left to fit the terminal (the file name is the useful end). */
export function progressLine(done: number, total: number, path: string, columns: number): string {
  const head = `[${done}/${total}] `;
  const room = Math.max(columns - 1 - head.length, 8);
  const chars = Array.from(path);
  return chars.length > room ? `${head}…${chars.slice(chars.length - room + 1).join('')}` : `${head}${path}`;
}

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
}

function parseReferenceDate(value: string): string {
  if (!isValidReferenceDate(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD (a real date).');
  return value;
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
    .option('-o, --out <dir>', 'write one .json per document (mirroring the input tree) and manifest.json into <dir>')
    .addOption(new Option('--csv <table>', 'write a flat CSV table instead of records: metrics (one row per metric), tables (one row per table cell); with --out: <dir>/<table>.csv beside the records').choices(CSV_TABLES))
    .option('-p, --pretty', 'print one indented JSON array instead of NDJSON')
    .addOption(new Option('--stdin-format <format>', 'how to read "-" (default txt)').choices(FORMAT_CHOICES))
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors are still printed)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: MainOptions) => {
      if (paths.length === 0) {
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

  async function extractCommand(paths: readonly string[], opts: MainOptions): Promise<ExitCode> {
    const quiet = opts.quiet ?? false;
    const style: OutputStyle = opts.pretty ? 'pretty' : 'ndjson';
    let progressShown = false;
    const clearProgress = (): void => {
      if (progressShown) io.stderr.write('\r\x1b[K');
      progressShown = false;
    };
    const show = (m: Message): void => {
      if (quiet && m.level !== 'error') return;
      clearProgress();
      err(paint(chalk, m));
    };
    let written = 0;
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
        keepRecords: false,
        toolVersion: version,
      },
      {
        onRecord: async (record: OutputRecord) => {
          if (opts.csv !== undefined) return true; // the table is written at the end instead
          await out(recordChunk(record, written++, style));
          return !stdoutBroken;
        },
        onProgress: (done, total, path) => {
          if (quiet || !io.stderrIsTTY) return;
          io.stderr.write(`\r${progressLine(done, total, path, io.stderrColumns || 80)}\x1b[K`);
          progressShown = true;
        },
        onMessage: show,
      },
      { ...DEFAULT_DEPS, readStdin: io.readStdin },
    );
    clearProgress();
    if (result.exitCode === 2) for (const m of result.messages) show(m);
    if (opts.out === undefined && result.exitCode !== 2) await out(result.csv ?? closingChunk(written, style));
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
