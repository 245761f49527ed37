// Writes the review site into a folder as records arrive: one page per document at once (so
// memory holds only the index rows), then the index and the assets. Only this module of src/view/
// touches files; the pages themselves are pure functions of the records.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutputRecord } from '../schema/document.js';
import { VIEW_CSS, VIEW_JS } from './assets.js';
import { documentPage } from './document-page.js';
import { documentRow, errorRow, indexPage, type IndexRow } from './index-page.js';
import { pageName, uniqueName } from './names.js';

export const INDEX_NAME = 'index.html';
const GENERATOR = '<meta name="generator" content="plan-extract view">';

export interface SiteSummary {
  readonly documents: number;
  readonly errors: number;
  readonly index: string;
}

export interface Site {
  add(record: OutputRecord): Promise<void>;
  /** Writes the index and removes pages of earlier runs no record of this run has. */
  finish(sources: readonly string[]): Promise<SiteSummary>;
}

/** Why `dir` cannot take the site (a folder holding other things), or null. */
export async function siteProblem(dir: string): Promise<string | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : code === 'ENOTDIR' ? `${dir} exists and is not a folder` : `cannot read ${dir}: ${(err as Error).message}`;
  }
  if (names.length === 0) return null;
  const index = await readFile(join(dir, INDEX_NAME), 'utf8').catch(() => '');
  return index.includes(GENERATOR) ? null : `${dir} is not empty and holds no earlier plan-extract view site: choose an empty or new folder for --out`;
}

/** Writes through a temporary name, so a page is never seen half-written. */
async function put(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, text);
  await rename(temp, path);
}

export async function openSite(outDir: string): Promise<Site> {
  const root = resolve(outDir);
  await mkdir(join(root, 'docs'), { recursive: true });
  await mkdir(join(root, 'assets'), { recursive: true });
  await put(join(root, 'assets', 'view.css'), VIEW_CSS);
  await put(join(root, 'assets', 'view.js'), VIEW_JS);
  const rows: IndexRow[] = [];
  const taken = new Set<string>();
  let documents = 0;
  let errors = 0;
  return {
    async add(record) {
      if (record.schema === 'plan-extract/error@1') {
        errors++;
        rows.push(errorRow(record));
        return;
      }
      documents++;
      const name = uniqueName(pageName(record.source), taken);
      await put(join(root, name), documentPage(record));
      rows.push(documentRow(record, name));
    },
    async finish(sources) {
      await put(join(root, INDEX_NAME), indexPage(rows, { generated: new Date().toISOString().slice(0, 16).replace('T', ' '), sources }));
      // pages of an earlier run into the same folder that this run did not write
      for (const name of await readdir(join(root, 'docs'))) {
        if (name.endsWith('.html') && !taken.has(`docs/${name}`)) await rm(join(root, 'docs', name), { force: true });
      }
      return { documents, errors, index: join(outDir, INDEX_NAME) };
    },
  };
}
