import { describe, expect, it } from 'vitest';
import { painter } from '../../src/cli/color.js';
import { clock, progressBar, summaryLine } from '../../src/cli/progress.js';
import type { Progress, RunSummary } from '../../src/cli/run.js';

const plain = painter(0);
const at = (done: number, elapsedMs: number, extra: Partial<Progress> = {}): Progress => ({
  done, total: 2000, documents: done + 12, errors: 0, cached: 0, elapsedMs, path: 'a.txt', ...extra,
});
const summary: RunSummary = { files: 2000, documents: 2150, errors: 3, cached: 1990, pages: 0, seconds: 8.24, workers: 2 };

describe('clock', () => {
  it('seconds', () => expect(clock(5)).toBe('0:05'));
  it('minutes', () => expect(clock(75)).toBe('1:15'));
  it('hours', () => expect(clock(3725)).toBe('1:02:05'));
});

describe('progressBar', () => {
  it('files of total, documents, rate and ETA behind a bar', () =>
    expect(progressBar(at(500, 10_000), 120, plain)).toBe(`[${'█'.repeat(8)}${'░'.repeat(22)}] 500/2000 files · 512 documents · 50.0 files/s · ETA 0:30`));
  it('errors and cached inputs when there are any', () =>
    expect(progressBar(at(10, 1000, { errors: 2, cached: 3 }), 200, plain)).toContain(' · 2 errors · 3 cached · '));
  it('counts the rate from the first input finished when told', () =>
    expect(progressBar(at(101, 12_000), 120, plain, at(1, 10_000))).toContain('50.0 files/s · ETA 0:38'));
  it('no ETA when done', () => expect(progressBar(at(2000, 10_000), 120, plain)).not.toContain('ETA'));
  it('a narrow terminal keeps the figures and drops the bar', () => expect(progressBar(at(5, 1000), 40, plain).startsWith('5/2000 files')).toBe(true));
  it('fits the terminal', () => expect(Array.from(progressBar(at(500, 10_000), 90, plain)).length).toBeLessThanOrEqual(89));
  it('colours errors only with colour on', () => {
    expect(progressBar(at(10, 1000, { errors: 1 }), 200, plain)).not.toMatch(/\x1b\[/);
    expect(progressBar(at(10, 1000, { errors: 1 }), 200, painter(1))).toMatch(/\x1b\[31m1 error/);
  });
});

describe('summaryLine', () => {
  it('files, documents, errors, cached, seconds', () => expect(summaryLine(summary)).toBe('plan-extract: 2000 files, 2150 documents, 3 errors, 1990 cached, 8.2 s'));
  it('names the --out folder', () => expect(summaryLine(summary, 'results/')).toBe('plan-extract: 2000 files, 2150 documents, 3 errors, 1990 cached, 8.2 s → results/'));
  it('singular', () =>
    expect(summaryLine({ ...summary, files: 1, documents: 1, errors: 1, cached: 0 })).toBe('plan-extract: 1 file, 1 document, 1 error, 0 cached, 8.2 s'));
});
