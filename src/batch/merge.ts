// `plan-extract merge --out DEST DIR…`: joins the output folders of several runs (the shards of
// one batch, typically) into one: record files keep their relative names, the manifests become
// one in the batch's input order, CSV tables are rebuilt from the merged records. Folders made
// with other options or another tool or schema version are refused, and so are two folders that
// claim the same input or the same file; nothing is written then.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MANIFEST_NAME, openAtomic, placeAtomic, removeTempDir, resetTempDir, targetPath, writeManifest } from '../emit/files.js';
import { CSV_SPECS, csvHead, csvLines, type CsvTableName } from '../emit/csv.js';
import { buildManifest, Manifest, type ManifestEntry, type Provenance } from '../emit/manifest.js';
import type { DocumentRecord } from '../schema/document.js';
import { journalPath } from './cache.js';

export interface MergeResult {
  readonly exitCode: 0 | 1 | 2;
  /** Lines for stderr, without the tool name. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly manifest: Manifest | null;
}

interface Folder {
  readonly dir: string;
  readonly manifest: Manifest;
}

const refuse = (errors: string[]): MergeResult => ({ exitCode: 2, errors, warnings: [], manifest: null });

async function readFolder(dir: string): Promise<Folder | string> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    return `${dir}: no ${MANIFEST_NAME} (not the --out folder of a finished run)`;
  }
  let parsed: ReturnType<typeof Manifest.safeParse>;
  try {
    parsed = Manifest.safeParse(JSON.parse(text));
  } catch {
    return `${dir}: ${MANIFEST_NAME} is not JSON`;
  }
  if (!parsed.success) return `${dir}: ${MANIFEST_NAME} is not a plan-extract manifest`;
  if (!parsed.data.fingerprint || !parsed.data.options || !parsed.data.schemas) {
    return `${dir}: ${MANIFEST_NAME} does not say which options made it (an older plan-extract); extract it again`;
  }
  return { dir, manifest: parsed.data };
}

/** How the provenance of `b` differs from `a`, in words ("" when it does not). */
export function provenanceDifference(a: Manifest, b: Manifest): string {
  const diffs: string[] = [];
  if (a.tool.name !== b.tool.name || a.tool.version !== b.tool.version) diffs.push(`tool ${a.tool.name} ${a.tool.version} ≠ ${b.tool.name} ${b.tool.version}`);
  if (a.schemas?.document !== b.schemas?.document) diffs.push(`schema ${String(a.schemas?.document)} ≠ ${String(b.schemas?.document)}`);
  if (a.schemas?.error !== b.schemas?.error) diffs.push(`schema ${String(a.schemas?.error)} ≠ ${String(b.schemas?.error)}`);
  const ao = a.options as Record<string, unknown> | undefined;
  const bo = b.options as Record<string, unknown> | undefined;
  for (const key of Object.keys({ ...ao, ...bo })) {
    if (ao?.[key] !== bo?.[key]) diffs.push(`${key} ${JSON.stringify(ao?.[key])} ≠ ${JSON.stringify(bo?.[key])}`);
  }
  if (diffs.length === 0 && a.fingerprint !== b.fingerprint) diffs.push(`fingerprint ${a.fingerprint} ≠ ${b.fingerprint}`);
  return diffs.join(', ');
}

/** Missing shards when every folder is a shard of the same count; null when the set is not shards of one batch or is complete. */
function missingShards(folders: readonly Folder[]): number[] | null {
  const shards = folders.map((f) => f.manifest.shard);
  const count = shards[0]?.count;
  if (count === undefined || shards.some((s) => !s || s.count !== count)) return null;
  const have = new Set(shards.map((s) => s?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  return missing;
}

/** Merges `dirs` into `dest` (which may be one of them). */
export async function mergeFolders(dest: string, dirs: readonly string[]): Promise<MergeResult> {
  if (dirs.length === 0) return refuse(['no folders to merge']);
  const folders: Folder[] = [];
  const problems: string[] = [];
  const seenDirs = new Set<string>();
  for (const dir of dirs) {
    if (seenDirs.has(resolve(dir))) {
      problems.push(`${dir}: named twice`);
      continue;
    }
    seenDirs.add(resolve(dir));
    const folder = await readFolder(dir);
    if (typeof folder === 'string') problems.push(folder);
    else folders.push(folder);
  }
  if (problems.length > 0) return refuse(problems);

  const first = folders[0] as Folder;
  for (const f of folders.slice(1)) {
    const diff = provenanceDifference(first.manifest, f.manifest);
    if (diff) problems.push(`${f.dir} was made differently from ${first.dir} (${diff}); extract both with the same options and version`);
  }
  if (problems.length > 0) return refuse(problems);

  // every input and every file must come from one folder only
  const inputOwner = new Map<string, string>();
  const fileOwner = new Map<string, string>();
  for (const f of folders) {
    for (const e of f.manifest.inputs) {
      const other = inputOwner.get(e.path);
      if (other !== undefined) problems.push(`${e.path} was extracted in both ${other} and ${f.dir}`);
      inputOwner.set(e.path, f.dir);
      for (const name of e.outputs) {
        const owner = fileOwner.get(name);
        if (owner !== undefined && owner !== f.dir) problems.push(`${name} is in both ${owner} and ${f.dir}`);
        else if (owner !== undefined) problems.push(`${name} is named twice in ${f.dir}`);
        fileOwner.set(name, f.dir);
      }
    }
  }
  if (problems.length > 0) return refuse(problems.slice(0, 20).concat(problems.length > 20 ? [`… and ${problems.length - 20} more conflicts`] : []));

  const warnings: string[] = [];
  const missing = missingShards(folders);
  if (missing && missing.length > 0) warnings.push(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${first.manifest.shard?.count} missing: the merged folder is not the whole batch`);

  // the batch's input order when the shards recorded it, else the folders' order
  const sourced = folders.flatMap((f) => f.manifest.inputs.map((entry) => ({ entry, dir: f.dir })));
  if (sourced.every((s) => s.entry.order !== undefined)) sourced.sort((a, b) => (a.entry.order ?? 0) - (b.entry.order ?? 0));
  const complete = missing !== null && missing.length === 0;
  const entries: ManifestEntry[] = sourced.map(({ entry }) => {
    if (!complete) return entry;
    const { order: _order, ...rest } = entry;
    return rest;
  });

  try {
    resetTempDir(dest);
    for (const { entry, dir } of sourced) {
      if (resolve(dir) === resolve(dest)) continue;
      for (const name of entry.outputs) await placeAtomic(dest, targetPath(dest, name), (temp) => copyFile(targetPath(dir, name), temp));
    }
    const tables = [...new Set(folders.flatMap((f) => f.manifest.csv ?? []))];
    for (const table of tables) await rebuildCsv(dest, table, entries);
    const m = first.manifest;
    const provenance: Provenance = { tool: m.tool, schemas: m.schemas as Provenance['schemas'], options: m.options as Provenance['options'] };
    const manifest = buildManifest(m.tool, entries, { provenance, csv: tables, shard: null });
    await writeManifest(dest, manifest);
    // the merged manifest is the whole truth about dest now: an older journal there would contradict it
    await rm(journalPath(dest), { force: true });
    removeTempDir(dest);
    return { exitCode: 0, errors: [], warnings, manifest };
  } catch (err) {
    return { exitCode: 1, errors: [`cannot write to ${dest}: ${err instanceof Error ? err.message : String(err)}`], warnings, manifest: null };
  }
}

/** Writes DEST/<table>.csv from the merged record files, in the merged order. */
async function rebuildCsv(dest: string, table: CsvTableName, entries: readonly ManifestEntry[]): Promise<void> {
  const file = await openAtomic(dest, join(dest, CSV_SPECS[table].file));
  try {
    await file.write(csvHead(table));
    for (const e of entries) {
      for (const name of e.outputs) {
        const record = JSON.parse(await readFile(targetPath(dest, name), 'utf8')) as DocumentRecord;
        await file.write(csvLines(table, record));
      }
    }
    await file.commit();
  } catch (err) {
    await file.discard();
    throw err;
  }
}
