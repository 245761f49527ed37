// What a batch shows on stderr: a progress bar while it runs (terminals only) and one summary
// line at the end. Plain functions from figures to text; main.ts decides when to draw them.
import type { ChalkInstance } from 'chalk';
import type { Progress, RunSummary } from './run.js';
import { TOOL_NAME } from './run.js';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** 75 s → "1:15", 3725 s → "1:02:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * `[██████░░░░░░] 340/2000 files · 352 documents · 2 errors · 41.3 files/s · ETA 0:40`, fitted
 * to `columns - 1` (the bar shrinks, then goes; the figures are what matters). The rate counts
 * from `since` (the first input finished) when given, so the workers' start-up does not make
 * the ETA of a long batch pessimistic.
 */
export function progressBar(p: Progress, columns: number, chalk: ChalkInstance, since?: Progress): string {
  const from = since && p.done > since.done ? since : { done: 0, elapsedMs: 0 };
  const seconds = (p.elapsedMs - from.elapsedMs) / 1000;
  const rate = seconds > 0 ? (p.done - from.done) / seconds : 0;
  const eta = rate > 0 && p.done < p.total ? ` · ETA ${clock((p.total - p.done) / rate)}` : '';
  const figures = [
    `${p.done}/${p.total} files`,
    plural(p.documents, 'document'),
    ...(p.errors > 0 ? [chalk.red(plural(p.errors, 'error'))] : []),
    ...(p.cached > 0 ? [`${p.cached} cached`] : []),
    `${rate.toFixed(1)} files/s`,
  ].join(' · ');
  const text = `${figures}${eta}`;
  const visible = Array.from(text.replace(/\x1b\[[0-9;]*m/g, '')).length;
  const room = columns - 1 - visible - 3; // "[", "] "
  if (room < 10) return text;
  const width = Math.min(30, room);
  const filled = p.total > 0 ? Math.round((width * p.done) / p.total) : width;
  return `[${chalk.green('█'.repeat(filled))}${'░'.repeat(width - filled)}] ${text}`;
}

/** The one line a batch ends with: `plan-extract: 2000 files, 2150 documents, 3 errors, 0 cached, 8.2 s`. */
export function summaryLine(s: RunSummary, outDir?: string): string {
  const where = outDir !== undefined ? ` → ${outDir}` : '';
  return `${TOOL_NAME}: ${plural(s.files, 'file')}, ${plural(s.documents, 'document')}, ${plural(s.errors, 'error')}, ${s.cached} cached, ${s.seconds.toFixed(1)} s${where}`;
}

/** PLAN_EXTRACT_STATS=1: figures for benchmarks, one JSON line (peak RSS covers every worker thread). */
export function statsLine(s: RunSummary): string {
  const usage = process.resourceUsage();
  const stats = {
    ...s,
    seconds: Number(s.seconds.toFixed(3)),
    maxRssMB: Number((usage.maxRSS / 1024).toFixed(1)),
    cpuSeconds: Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)),
  };
  return `${TOOL_NAME} stats: ${JSON.stringify(stats)}`;
}
