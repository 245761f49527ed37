// STUB CLI: NDJSON of every file given. Replaced by the commander program.
import { extractFile } from '../pipeline.js';

export async function main(argv: readonly string[]): Promise<void> {
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) { if (!e.startsWith('.')) walk(join(p, e)); }
    else files.push(p);
  };
  for (const p of argv.slice(2)) walk(p);
  for (const f of files) for (const r of await extractFile(f)) process.stdout.write(`${JSON.stringify(r)}\n`);
}
