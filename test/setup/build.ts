// vitest globalSetup: build dist/ once before the tests that spawn the CLI (bin/plan-extract runs dist/).
// Skipped when dist/ is newer than every source file, so `npm test` (which builds first) pays nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isBuilt(): boolean {
  const entry = join(root, 'dist', 'cli', 'main.js');
  return existsSync(entry) && statSync(entry).mtimeMs >= newestMtime(join(root, 'src'));
}

export default function setup(): void {
  if (isBuilt()) return;
  // tsc emits even when other files have type errors; the typecheck step reports those
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'src', 'tsconfig.json')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('the build failed and dist/ is missing: run `npm run build`');
  }
}
