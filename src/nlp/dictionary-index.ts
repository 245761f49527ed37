// The prebuilt index of jieba's dictionaries (written by `npm run build`, read by a cold start): the
// dictionary's word hash table and counts, and the IDF file's word hashes with their byte ranges, so
// a run that loads the words of one small input (src/nlp/segmenter.ts loadWordsOf) neither hashes the
// 350 000 dictionary lines nor decodes the IDF file again. Without the files, or when they do not
// match the installed dictionaries, everything is computed as before.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DictionaryIndex, indexDictionary, PLACEHOLDERS, wordHash } from './partial-dictionary.js';

/** Where the index files live: beside this module in dist/nlp. */
const HERE = dirname(fileURLToPath(import.meta.url));
const FILES = { meta: join(HERE, 'jieba-index.json'), dict: join(HERE, 'jieba-dict-slots.bin'), idf: join(HERE, 'jieba-idf-slots.bin') } as const;
/** Bumped when the layout changes. */
const VERSION = 1;

interface Meta {
  readonly version: number;
  /** The dictionary's length in UTF-16 units and the IDF file's in bytes: the index matches only those files. */
  readonly dictLength: number;
  readonly idfBytes: number;
  readonly sum: number;
  readonly min: number;
  readonly median: number;
  /** Mean IDF of the whole file. */
  readonly idfMean: number;
  readonly idfSlots: number;
}

/** The IDF file's words: open addressing, three Int32 per slot: word hash, byte start + 1 (0 empty), byte end. */
export interface IdfIndex {
  readonly file: Buffer;
  readonly slots: Int32Array;
  readonly mean: number;
}

export interface PrebuiltIndex {
  readonly dict: DictionaryIndex;
  readonly idf: IdfIndex;
}

/** Indexes the IDF file ("word idf" lines) by word hash, with byte ranges; and its mean IDF. */
export function indexIdf(file: Buffer): IdfIndex {
  const text = file.toString('utf8');
  const slotCount = 1 << 20;
  const slots = new Int32Array(slotCount * 3);
  const mask = slotCount - 1;
  let sum = 0;
  let count = 0;
  let byte = 0;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const bytes = Buffer.byteLength(line);
    if (line !== '') {
      const space = line.indexOf(' ');
      const h = wordHash(line, 0, space < 0 ? line.length : space);
      sum += Number(line.slice(space + 1));
      count++;
      let s = h & mask;
      while (slots[s * 3 + 1] !== 0) s = (s + 1) & mask;
      slots[s * 3] = h | 0;
      slots[s * 3 + 1] = byte + 1;
      slots[s * 3 + 2] = byte + bytes;
    }
    byte += bytes + 1;
    at = end + 1;
  }
  return { file, slots, mean: count > 0 ? sum / count : 0 };
}

/**
 * The lines of the IDF file whose word's hash is in `hashes`, and the placeholder keeping the mean
 * IDF (the same lines and placeholder as partialIdf, read through the index).
 */
export function partialIdfIndexed(index: IdfIndex, hashes: ReadonlySet<number>): string {
  const { file, slots } = index;
  const mask = slots.length / 3 - 1;
  const out: string[] = [];
  let keptSum = 0;
  for (const h of hashes) {
    for (let s = h & mask; slots[s * 3 + 1] !== 0; s = (s + 1) & mask) {
      if (slots[s * 3] !== (h | 0)) continue;
      const line = file.toString('utf8', (slots[s * 3 + 1] as number) - 1, slots[s * 3 + 2] as number);
      out.push(line);
      keptSum += Number(line.slice(line.indexOf(' ') + 1));
    }
  }
  out.push(`${PLACEHOLDERS[0]} ${index.mean * (out.length + 1) - keptSum}`);
  return `${out.join('\n')}\n`;
}

/** Writes the index files for the dictionaries at `dictPath` and `idfPath` (atomically: temporary files, then rename). */
export function writePrebuiltIndex(dictPath: string, idfPath: string): void {
  const dictText = readFileSync(dictPath, 'utf8');
  const dict = indexDictionary(dictText);
  const idfFile = readFileSync(idfPath);
  const idf = indexIdf(idfFile);
  const meta: Meta = {
    version: VERSION,
    dictLength: dictText.length,
    idfBytes: idfFile.length,
    sum: dict.sum,
    min: dict.min,
    median: dict.median,
    idfMean: idf.mean,
    idfSlots: idf.slots.length,
  };
  const put = (path: string, data: string | Uint8Array): void => {
    writeFileSync(`${path}.tmp`, data);
    renameSync(`${path}.tmp`, path);
  };
  put(FILES.dict, new Uint8Array(dict.slots.buffer));
  put(FILES.idf, new Uint8Array(idf.slots.buffer));
  put(FILES.meta, `${JSON.stringify(meta)}\n`);
}

/** The file's bytes as Int32 values: a view when they are aligned (a file read whole), else a copy. */
const asInt32 = (b: Buffer): Int32Array => {
  if (b.byteOffset % 4 === 0) return new Int32Array(b.buffer, b.byteOffset, b.length / 4);
  const copy = new Uint8Array(b.length);
  copy.set(b);
  return new Int32Array(copy.buffer);
};

/** The prebuilt index when its files exist and match `dictText` and the IDF file at `idfPath`; else null. */
export function readPrebuiltIndex(dictText: string, idfPath: string): PrebuiltIndex | null {
  try {
    if (!existsSync(FILES.meta)) return null;
    const meta = JSON.parse(readFileSync(FILES.meta, 'utf8')) as Meta;
    if (meta.version !== VERSION || meta.dictLength !== dictText.length) return null;
    const idfFile = readFileSync(idfPath);
    if (meta.idfBytes !== idfFile.length) return null;
    const dictSlots = asInt32(readFileSync(FILES.dict));
    const idfSlots = asInt32(readFileSync(FILES.idf));
    if (idfSlots.length !== meta.idfSlots) return null;
    return {
      dict: { file: dictText, slots: dictSlots, sum: meta.sum, min: meta.min, median: meta.median },
      idf: { file: idfFile, slots: idfSlots, mean: meta.idfMean },
    };
  } catch {
    // a damaged or half-written index is no index: compute it
    return null;
  }
}
