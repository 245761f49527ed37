// `--files-from FILE|-`: the inputs listed in a file, one path a line (or NUL-separated with -0,
// as `find -print0` and `git ls-files -z` write them).
import { readFile } from 'node:fs/promises';
import { describeFsError } from './walk.js';

/** The paths of a list: lines (LF or CRLF) or NUL-separated entries; blank entries ignored. */
export function parsePathList(text: string, nul: boolean): string[] {
  const parts = nul ? text.split('\0') : text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  // a name may begin or end with spaces; only entries with nothing else are blank
  return parts.filter((p) => p.trim() !== '');
}

export type PathList = { readonly ok: true; readonly paths: string[] } | { readonly ok: false; readonly message: string };

/** Reads the list named `source` ("-": standard input). A list that cannot be read is a usage problem, said in `message`. */
export async function readPathList(source: string, nul: boolean, readStdin: () => Promise<Uint8Array>): Promise<PathList> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (err) {
    return { ok: false, message: `cannot read the --files-from list ${source === '-' ? 'from standard input' : source}: ${describeFsError(err)}` };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { ok: true, paths: parsePathList(text, nul) };
}
