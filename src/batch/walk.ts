// Turns the paths a user typed into the ordered list of inputs to extract:
// folders are walked (recursive, sorted, hidden entries skipped), files named
// explicitly are kept whatever their extension (the pipeline reports unsupported ones).
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions picked up when walking a folder (files named explicitly are always tried). */
export const WALK_EXTENSIONS: readonly string[] = [
  '.txt', '.md', '.pdf', '.docx', '.doc', '.html', '.htm', '.mht', '.mhtml',
  // pages saved from dynamic sites
  '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php',
  // corpus tables: one document a row
  '.csv', '.tsv', '.jsonl', '.ndjson',
];

/** One thing to extract: a file path as the user would write it, or standard input. */
export type Input =
  /**
   * A file. `seen`: it existed when the inputs were listed (so a failure to find it later means it
   * vanished). `rawPath`: its path as bytes, when they are not UTF-8; `path` is then the escaped form.
   */
  | { readonly kind: 'file'; readonly path: string; readonly seen?: boolean; readonly rawPath?: Uint8Array }
  | { readonly kind: 'stdin'; readonly path: '-' }
  /** A folder that could not be listed: reported as an error record for that path. */
  | { readonly kind: 'unreadable'; readonly path: string; readonly message: string };

export interface WalkOptions {
  /** Extensions (lower case, with the dot) picked up inside folders. */
  readonly extensions?: readonly string[];
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Code-unit order: the same on every machine and locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Expands `paths` in the order given; folder contents are sorted by name, depth first. */
export async function expandInputs(paths: readonly string[], options: WalkOptions = {}): Promise<Input[]> {
  const extensions = new Set(options.extensions ?? WALK_EXTENSIONS);
  const inputs: Input[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = async (path: string, seen: boolean, raw: Buffer | null = null): Promise<void> => {
    // the same file reached twice (a folder and a file in it, a symlink) is extracted once
    const key = await realpath(raw ?? path).then(String, () => path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    inputs.push({ kind: 'file', path, ...(seen ? { seen } : {}), ...(raw ? { rawPath: new Uint8Array(raw) } : {}) });
  };

  // `raw` is the folder's path as bytes when some of them are not UTF-8 (then `dir` is escaped)
  const walk = async (dir: string, raw: Buffer | null = null): Promise<void> => {
    const real = await realpath(raw ?? dir).then(String, () => dir);
    if (seenDirs.has(real)) return; // symlink loops
    seenDirs.add(real);
    let names: Buffer[];
    try {
      names = (await readdir(raw ?? dir, { encoding: 'buffer' })).map((n) => ({ n, s: escapedName(n) })).sort((a, b) => byName(a.s, b.s)).map((x) => x.n);
    } catch (err) {
      inputs.push({ kind: 'unreadable', path: dir, message: describeFsError(err) });
      return;
    }
    for (const bytes of names) {
      const name = escapedName(bytes);
      if (isHidden(name)) continue;
      const path = join(dir, name);
      // names that are not UTF-8 are read through their bytes, everything below them too
      const rawPath = raw || !isUtf8(bytes) ? Buffer.concat([raw ?? Buffer.from(dir), Buffer.from('/'), bytes]) : null;
      const where = rawPath ?? path;
      const info = await stat(where).catch((err: NodeJS.ErrnoException) => err);
      if (info instanceof Error) {
        // a symlink loop (a → b → a) is an input that fails (SYMLINK_LOOP); a dangling link is nothing to read
        if (info.code === 'ELOOP' && extensions.has(extname(name).toLowerCase()) && (await lstat(where).catch(() => null))?.isSymbolicLink()) {
          await addFile(path, true, rawPath);
        }
        continue;
      }
      if (info.isDirectory()) await walk(path, rawPath);
      else if (info.isFile() && extensions.has(extname(name).toLowerCase())) await addFile(path, true, rawPath);
    }
  };

  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path);
    else await addFile(path, info !== null); // missing or special files: the pipeline reports READ_FAILED
  }
  return inputs;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file name as text: itself when its bytes are UTF-8, else every byte of a sequence that is not
 * UTF-8 written as \xNN (and a backslash as \x5C), so the bytes can be told back from it.
 */
export function escapedName(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes).toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const seq = len > 0 ? bytes.subarray(i, i + len) : null;
    if (seq && seq.length === len && isUtf8(seq)) {
      out += b === 0x5c ? '\\x5C' : Buffer.from(seq).toString('utf8');
      i += len;
    } else {
      out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** A short reason for a file-system error, without a stack. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
