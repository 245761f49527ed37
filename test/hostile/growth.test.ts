// The growth check of bench/growth.mjs at a CI scale (64 KB against 256 KB) with a generous bound:
// a super-linear rule grows 16× (quadratic) between the two, a linear one 4×. Ratios of CPU time
// in fresh processes, never absolute times; `npm run bench:growth` runs it at 1 MB against 4 MB.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FAMILIES = ['digits', 'ascii brackets (', 'percentage ranges', 'dates joined by 至', 'markers (1)', 'markers ①', 'one-cell-a-line headers'];

interface Row {
  readonly family: string;
  readonly ok: boolean;
  readonly why: string;
  readonly ratio: number | null;
}

it('no adversarial family grows more than 12× from 64 KB to 256 KB, or needs a heap over 30× its input', () => {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'growth.mjs'), '--scale', '0.0625', '--bound', '12', '--timeout', '120', '--json', '--only', FAMILIES.join(',')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const rows = JSON.parse(r.stdout) as Row[];
  expect(rows.map((row) => row.family)).toEqual(FAMILIES);
  expect(rows.filter((row) => !row.ok).map((row) => `${row.family}: ${row.why}`)).toEqual([]);
}, 900_000);
