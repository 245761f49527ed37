#!/usr/bin/env node
// Regenerates test/e2e/expected/samples.ndjson from the built CLI: `npm run expected`.
// Run it on purpose only, after checking that the change in output is intended (review the git diff).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('update-expected: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
// the same command the e2e test runs: from the project root, on the relative path samples
const r = spawnSync(process.execPath, [join(root, 'bin', 'plan-extract'), 'samples'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
  maxBuffer: 1 << 28,
});
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  console.error(`update-expected: plan-extract exited with ${r.status}; expected output not written`);
  process.exit(1);
}
const target = join(root, 'test', 'e2e', 'expected', 'samples.ndjson');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, r.stdout);
const count = r.stdout.split('\n').filter((l) => l !== '').length;
console.log(`update-expected: wrote ${count} records to ${relative(root, target)}`);
