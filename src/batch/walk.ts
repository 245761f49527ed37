// Turns the paths a user typed into the ordered list of inputs to extract:
// folders are walked (recursive, sorted, hidden entries skipped), files named
// explicitly are kept whatever their extension (the pipeline reports unsupported ones).
import { readdir, realpath, stat } from 'node:fs/promises';
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
  | { readonly kind: 'file'; readonly path: string }
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

  const addFile = async (path: string): Promise<void> => {
    // the same file reached twice (a folder and a file in it, a symlink) is extracted once
    const key = await realpath(path).catch(() => path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    inputs.push({ kind: 'file', path });
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seenDirs.has(real)) return; // symlink loops
    seenDirs.add(real);
    let names: string[];
    try {
      names = (await readdir(dir)).sort(byName);
    } catch (err) {
      inputs.push({ kind: 'unreadable', path: dir, message: describeFsError(err) });
      return;
    }
    for (const name of names) {
      if (isHidden(name)) continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (!info) continue; // dangling symlink inside a folder: nothing to read
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && extensions.has(extname(name).toLowerCase())) await addFile(path);
    }
  };

  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path);
    else await addFile(path); // missing or special files: the pipeline reports READ_FAILED
  }
  return inputs;
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
