// Writing per-document files and the manifest under `--out DIR`, contained in DIR.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../batch/outpaths.js';
import type { OutputRecord } from '../schema/document.js';
import type { Manifest } from './manifest.js';
import { prettyJson } from './format.js';

/** The absolute file for a "/"-separated name under `outDir`; throws if it would leave `outDir` (a bug). */
export function targetPath(outDir: string, name: string): string {
  const target = resolve(outDir, ...name.split('/'));
  if (!isInside(outDir, target) || resolve(outDir) === target) {
    throw new Error(`refusing to write ${JSON.stringify(name)} outside ${outDir}`);
  }
  return target;
}

/** Writes each record to its name (same order), creating folders as needed. */
export async function writeRecordFiles(outDir: string, names: readonly string[], records: readonly OutputRecord[]): Promise<void> {
  for (const [i, record] of records.entries()) {
    const name = names[i];
    if (name === undefined) throw new Error(`no output name for record ${i + 1}`);
    const target = targetPath(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, prettyJson(record));
  }
}

export const MANIFEST_NAME = 'manifest.json';

export async function writeManifest(outDir: string, manifest: Manifest): Promise<string> {
  const target = join(resolve(outDir), MANIFEST_NAME);
  await writeFile(target, prettyJson(manifest));
  return target;
}
