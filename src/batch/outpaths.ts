// Where `--out DIR` puts each document: the input tree mirrored under DIR,
// relative to the common base of the inputs, and never outside DIR.
import { createHash } from 'node:crypto';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The deepest folder containing every given absolute path (a path's own folder counts). */
export function commonAncestor(absPaths: readonly string[]): string {
  const first = absPaths[0];
  if (first === undefined) return resolve('.');
  let parts = first.split(sep);
  for (const p of absPaths.slice(1)) {
    const other = p.split(sep);
    let n = 0;
    while (n < parts.length && n < other.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  const joined = parts.join(sep);
  return joined === '' ? sep : joined;
}

/** The folder an input argument's outputs are relative to: itself for a folder, its parent for a file. */
export function baseOf(arg: string, isDirectory: boolean): string {
  return isDirectory ? resolve(arg) : dirname(resolve(arg));
}

/**
 * A relative path made safe to join under an output folder: separators unified,
 * empty, "." and ".." segments and drive prefixes dropped, so it cannot climb out.
 */
export function safeRelative(rel: string): string {
  const segments = rel
    .split(/[\\/]+/)
    .map((s) => s.replace(/^[A-Za-z]:$/, ''))
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map(shortSegment);
  return segments.length > 0 ? segments.join('/') : 'document';
}

/**
 * File systems allow 255 bytes a name, and outputs add `.part12.json` to a stem: a longer name keeps
 * its first bytes and its extension, with a hash of the whole name between, so it stays unique.
 */
const MAX_SEGMENT_BYTES = 200;

function shortSegment(segment: string): string {
  if (Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES) return segment;
  const ext = extname(segment).slice(0, 16);
  const hash = createHash('sha256').update(segment).digest('hex').slice(0, 12);
  let head = '';
  for (const ch of segment) {
    if (Buffer.byteLength(head + ch) > MAX_SEGMENT_BYTES - 14 - Buffer.byteLength(ext)) break;
    head += ch;
  }
  return `${head}~${hash}${ext}`;
}

/** True when `target` is `dir` itself or inside it (both resolved). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(resolve(dir), resolve(target));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Output stems (relative, "/"-separated, no extension) for each input path, unique within
 * the batch and different from `reserved` (e.g. "manifest", which names the manifest file).
 */
export function planStems(paths: readonly string[], base: string, reserved: readonly string[] = []): Map<string, string> {
  const stems = new Map<string, string>();
  const used = new Set<string>(reserved);
  for (const path of paths) {
    if (stems.has(path)) continue;
    let stem: string;
    let ext = '';
    if (path === '-') stem = 'stdin';
    else {
      const rel = safeRelative(relative(base, resolve(path)));
      ext = extname(rel);
      stem = ext ? rel.slice(0, -ext.length) : rel;
    }
    // x.txt and x.md in one folder: the second keeps its extension (x.md), then a counter
    let candidate = stem;
    if (used.has(candidate) && ext) candidate = `${stem}${ext}`;
    for (let n = 2; used.has(candidate); n++) candidate = `${stem}-${n}`;
    used.add(candidate);
    stems.set(path, candidate);
  }
  return stems;
}

/** The output file names of one input: x.json, or x.part1.json … when the file holds several documents. */
export function outputNames(stem: string, parts: number): string[] {
  if (parts <= 1) return [`${stem}.json`];
  return Array.from({ length: parts }, (_, i) => `${stem}.part${i + 1}.json`);
}
