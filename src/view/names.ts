// File names of the review site's pages: stable (the same record gets the same name on every run,
// whatever else is in the batch), safe (letters, digits, - and _ only: nothing can leave --out),
// and readable (the input's base name first).
import { createHash } from 'node:crypto';

/** How much of the input's base name a page name keeps. */
const SLUG_LENGTH = 40;

/** The record fields a page name is made of. */
export interface NamedSource {
  readonly path: string;
  readonly part?: number | undefined;
  readonly parts?: number | undefined;
  readonly row?: number | undefined;
}

/** The base name of a path without its extension, reduced to letters, digits, - and _. */
export function slugOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  const slug = Array.from(stem.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, ''))
    .slice(0, SLUG_LENGTH)
    .join('');
  return slug === '' ? 'document' : slug;
}

/** `docs/<slug>-<hash of the path>[-r<row>][-p<part>].html` */
export function pageName(source: NamedSource): string {
  const hash = createHash('sha256').update(source.path, 'utf8').digest('hex').slice(0, 8);
  const row = source.row !== undefined ? `-r${source.row}` : '';
  const part = source.parts !== undefined && source.parts > 1 ? `-p${source.part ?? 1}` : '';
  return `docs/${slugOf(source.path)}-${hash}${row}${part}.html`;
}

/** A name not yet in `taken` (the same record given twice gets -2, -3 …); adds it to `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.html$/, `-${n}.html`);
  taken.add(candidate);
  return candidate;
}
