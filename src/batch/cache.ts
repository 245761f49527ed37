// Incremental runs over an output folder. What the folder holds is known from its manifest.json
// (the last finished run) and a journal of the inputs finished since (DIR/.plan-extract/journal.ndjson),
// so work done before a run was killed is reused too. An input is reused when its bytes, the
// options that change records and the tool and schema versions (the fingerprint) are unchanged.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MANIFEST_NAME, STATE_DIR, targetPath } from '../emit/files.js';
import { Manifest, type ManifestEntry } from '../emit/manifest.js';
import { append } from '../text/extremes.js';

export const JOURNAL_NAME = 'journal.ndjson';

/**
 * A journal line. `start` is appended before an input's files are renamed into place and names
 * them; `done` after, with the input's manifest entry. A `start` without its `done` (a run killed
 * in between) makes those files untrusted.
 */
export type JournalLine =
  | { readonly op: 'start'; readonly path: string; readonly outputs: readonly string[] }
  | { readonly op: 'done'; readonly fingerprint: string; readonly entry: ManifestEntry };

/** What the folder is known to hold for one input. */
export interface Known {
  readonly fingerprint: string;
  readonly entry: ManifestEntry;
}

export function journalPath(outDir: string): string {
  return join(resolve(outDir), STATE_DIR, JOURNAL_NAME);
}

/** Outcomes worth reusing: bytes were read, and the failure (if any) is one the same bytes give again. */
export function reusable(entry: ManifestEntry): boolean {
  if (entry.sha256 === undefined || entry.sha256 === null) return false;
  return entry.error === undefined || !TRANSIENT_ERRORS.has(entry.error.code);
}

/** Failures that say nothing about the input's bytes, or depend on the limits of the run (--max-bytes, --timeout …). */
const TRANSIENT_ERRORS = new Set(['INTERNAL_ERROR', 'WRITE_FAILED', 'READ_FAILED', 'FILE_VANISHED', 'TOO_LARGE', 'TIMEOUT', 'DECOMPRESSION_BOMB']);

/**
 * Folds manifest entries and journal lines, oldest first, into what the folder holds: per input
 * path its latest outcome, dropping every outcome whose files were since claimed by another input
 * or were being replaced when a run stopped.
 */
export function foldKnown(events: readonly ({ readonly op: 'manifest'; readonly fingerprint: string; readonly entry: ManifestEntry } | JournalLine)[]): Map<string, Known> {
  const known = new Map<string, Known>();
  const owner = new Map<string, string>(); // output name → input path
  const release = (names: readonly string[]): void => {
    for (const name of names) {
      const path = owner.get(name);
      if (path === undefined) continue;
      const k = known.get(path);
      if (k) for (const n of k.entry.outputs) owner.delete(n);
      known.delete(path);
    }
  };
  for (const event of events) {
    if (event.op === 'start') {
      release(event.outputs);
      continue;
    }
    const { entry } = event;
    const previous = known.get(entry.path);
    if (previous) for (const n of previous.entry.outputs) owner.delete(n);
    known.delete(entry.path);
    release(entry.outputs);
    if (!reusable(entry)) continue;
    known.set(entry.path, { fingerprint: event.fingerprint, entry });
    for (const n of entry.outputs) owner.set(n, entry.path);
  }
  return known;
}

/** Parses journal text; lines that are not whole JSON objects (the torn last line of a killed run) are skipped. */
export function parseJournal(text: string): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    try {
      const value = JSON.parse(raw) as Partial<JournalLine> | null;
      if (value?.op === 'start' && typeof value.path === 'string' && Array.isArray(value.outputs)) lines.push(value as JournalLine);
      else if (value?.op === 'done' && typeof value.fingerprint === 'string' && value.entry && typeof value.entry.path === 'string') {
        lines.push(value as JournalLine);
      }
    } catch {
      // a torn line
    }
  }
  return lines;
}

/** What `outDir` holds: its manifest (if any and valid) then its journal. Never throws for a missing or broken file. */
export async function loadKnown(outDir: string): Promise<Map<string, Known>> {
  const events: Parameters<typeof foldKnown>[0][number][] = [];
  const manifestText = await readFile(join(resolve(outDir), MANIFEST_NAME), 'utf8').catch(() => null);
  if (manifestText !== null) {
    try {
      const parsed = Manifest.safeParse(JSON.parse(manifestText));
      const m = parsed.success ? parsed.data : null;
      if (m?.fingerprint) for (const entry of m.inputs) events.push({ op: 'manifest', fingerprint: m.fingerprint, entry });
    } catch {
      // not JSON: nothing known from it
    }
  }
  const journalText = await readFile(journalPath(outDir), 'utf8').catch(() => '');
  append(events, parseJournal(journalText));
  return foldKnown(events);
}

/** True when every output of `entry` is a file in `outDir`. */
export async function outputsPresent(outDir: string, entry: ManifestEntry): Promise<boolean> {
  for (const name of entry.outputs) {
    let target: string;
    try {
      target = targetPath(outDir, name);
    } catch {
      return false;
    }
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) return false;
  }
  return true;
}

/** Appends lines to the journal of an output folder; each line is one write, so a kill tears at most the last. */
export interface Journal {
  append(line: JournalLine): void;
  /** The run finished and its manifest was written: the journal is no longer needed. */
  remove(): void;
  close(): void;
}

export function openJournal(outDir: string): Journal {
  const path = journalPath(outDir);
  let fd: number | null = openSync(path, 'a');
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    append(line) {
      if (fd !== null) writeSync(fd, `${JSON.stringify(line)}\n`);
    },
    remove() {
      close();
      rmSync(path, { force: true });
    },
    close,
  };
}
