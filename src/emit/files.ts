// Writing per-document files, CSV tables and the manifest under `--out DIR`, contained in DIR.
// Every file is written whole to a temporary file in DIR/.plan-extract/tmp and renamed into
// place, so a run killed at any moment leaves no half-written file where records are read.
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../batch/outpaths.js';
import type { OutputRecord } from '../schema/document.js';
import type { Manifest } from './manifest.js';
import { prettyJson } from './format.js';

/** The tool's own folder inside an output folder (hidden: `validate DIR` and walks skip it). */
export const STATE_DIR = '.plan-extract';

export const MANIFEST_NAME = 'manifest.json';

/** The absolute file for a "/"-separated name under `outDir`; throws if it would leave `outDir` (a bug). */
export function targetPath(outDir: string, name: string): string {
  const target = resolve(outDir, ...name.split('/'));
  if (!isInside(outDir, target) || resolve(outDir) === target) {
    throw new Error(`refusing to write ${JSON.stringify(name)} outside ${outDir}`);
  }
  return target;
}

/** Where temporary files of `outDir` are made (same file system, so rename is atomic). */
export function tempDir(outDir: string): string {
  return join(resolve(outDir), STATE_DIR, 'tmp');
}

/** Removes what a killed run left in the temporary folder and makes it ready; call once per run, before writing. */
export function resetTempDir(outDir: string): void {
  const dir = tempDir(outDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/** Removes the temporary folder, and the tool's folder when nothing else is left in it. */
export function removeTempDir(outDir: string): void {
  rmSync(tempDir(outDir), { recursive: true, force: true });
  try {
    rmdirSync(join(resolve(outDir), STATE_DIR));
  } catch {
    // the journal (a run that could not write its manifest) or something of the user's is still there
  }
}

let tempCounter = 0;

/** A fresh temporary path for `outDir` (unique within this process). */
export function tempPath(outDir: string): string {
  return join(tempDir(outDir), `${process.pid}-${++tempCounter}.tmp`);
}

/** Puts a file at `target` all at once: `make` writes it at a temporary path, which is then renamed. */
export async function placeAtomic(outDir: string, target: string, make: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempPath(outDir);
  try {
    await make(temp).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      await mkdir(tempDir(outDir), { recursive: true }); // no resetTempDir() before (a library caller)
      await make(temp);
    });
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Writes `data` to `target` all at once: a temporary file, then a rename. */
export function writeFileAtomic(outDir: string, target: string, data: string): Promise<void> {
  return placeAtomic(outDir, target, (temp) => writeFile(temp, data));
}

/** Writes each text (one record file each) to its name, creating folders as needed. */
export async function writeTextFiles(outDir: string, names: readonly string[], texts: readonly string[]): Promise<void> {
  for (const [i, text] of texts.entries()) {
    const name = names[i];
    if (name === undefined) throw new Error(`no output name for record ${i + 1}`);
    await writeFileAtomic(outDir, targetPath(outDir, name), text);
  }
}

/** Writes each record to its name (same order) as indented JSON. */
export async function writeRecordFiles(outDir: string, names: readonly string[], records: readonly OutputRecord[]): Promise<void> {
  await writeTextFiles(outDir, names, records.map(prettyJson));
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<string> {
  const target = join(resolve(outDir), MANIFEST_NAME);
  await writeFileAtomic(outDir, target, prettyJson(manifest));
  return target;
}

/** A file written piece by piece into the temporary folder, renamed into place by commit(). */
export interface AtomicStream {
  write(text: string): Promise<void>;
  /** Closes and renames the file into place. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file. */
  discard(): Promise<void>;
}

export async function openAtomic(outDir: string, target: string): Promise<AtomicStream> {
  const temp = tempPath(outDir);
  const handle: FileHandle = await open(temp, 'w');
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: async (text) => {
      if (text !== '') await handle.write(text);
    },
    commit: async () => {
      await close();
      await rename(temp, target);
    },
    discard: async () => {
      await close();
      await rm(temp, { force: true });
    },
  };
}
