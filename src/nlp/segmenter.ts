// The one place that talks to the word segmenter (nodejieba). Its dictionary costs about 2 s and
// 240 MB per process or worker, so it loads lazily, once, on first use; swapping the segmenter
// means changing this file only. A run that extracts one small input loads only the dictionary
// words found in that input's text (loadWordsOf): the same cuts and tags, in a tenth of the time.
// PLAN_EXTRACT_DICT=DIR loads DIR/jieba.dict.utf8 and DIR/user.dict.utf8 instead (to measure
// another dictionary: scripts/trim-dictionary.mjs writes trimmed ones).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partialIdfIndexed, readPrebuiltIndex } from './dictionary-index.js';
import { type DictionaryIndex, indexDictionary, partialDictionary, partialIdf, partialUserDictionary, wordsIn } from './partial-dictionary.js';

export interface TaggedWord {
  readonly word: string;
  /** ICTCLAS-style part-of-speech tag: n, v, vn, m, q, p, ... */
  readonly tag: string;
}

export interface WeightedWord {
  readonly word: string;
  readonly weight: number;
}

interface Dictionaries {
  dict?: string;
  userDict?: string;
  idfDict?: string;
}

interface Jieba {
  readonly DEFAULT_DICT: string;
  readonly DEFAULT_USER_DICT: string;
  readonly DEFAULT_IDF_DICT: string;
  load(dictionaries?: Dictionaries): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let jieba: Jieba | null = null;

/** While only the words of some text are loaded (loadWordsOf): that text, and what reloading needs. */
interface Partial {
  readonly scope: string;
  readonly index: DictionaryIndex;
  /** Starts of the dictionary lines loaded. */
  readonly lines: Set<number>;
  readonly userDict: string;
  readonly idf: string;
}
let partial: Partial | null = null;

/**
 * Shared with a worker pool (src/batch/pool.ts GUARD): 1 while inside nodejieba, so the pool
 * never terminates this thread mid-call (which aborts the process); 2 once the pool is stopping it.
 */
let guard: Int32Array | null = null;

export function setNativeGuard(shared: Int32Array): void {
  guard = shared;
}

/** Runs a nodejieba call under the guard. */
function native<T>(call: () => T): T {
  if (!guard) return call();
  if (Atomics.compareExchange(guard, 0, 0, 1) !== 0) throw new Error('the extraction was abandoned');
  try {
    return call();
  } finally {
    Atomics.store(guard, 0, 0);
  }
}

function nodejieba(): Jieba {
  return createRequire(import.meta.url)('nodejieba') as Jieba;
}

function wholeDictionary(): Dictionaries {
  const dir = process.env['PLAN_EXTRACT_DICT'];
  return dir ? { dict: join(dir, 'jieba.dict.utf8'), userDict: join(dir, 'user.dict.utf8') } : {};
}

/**
 * The engine, for segmenting `text`. With a partial dictionary, a text outside its scope has its
 * missing words added (a keyword text, whose IDFs were kept for the scope only, loads the whole).
 */
function engine(text: string, keywords = false): Jieba {
  if (jieba && (!partial || partial.scope.includes(text))) return jieba;
  if (jieba && partial && !keywords) {
    const before = partial.lines.size;
    wordsIn(partial.index, text, partial.lines);
    if (partial.lines.size > before) loadPartial(jieba, partial);
    return jieba;
  }
  const loaded = nodejieba();
  loaded.load(wholeDictionary());
  jieba = loaded;
  partial = null;
  return jieba;
}

/** Longest text (UTF-16 units) whose words alone are worth loading; a longer one is read with many words anyway. */
const MAX_SCOPE = 20_000;

/**
 * Before the first segmentation of a run that extracts one input: load only the dictionary words
 * that occur in `text` (src/nlp/partial-dictionary.ts), which cuts and tags it exactly as the whole
 * dictionary does. Does nothing once a dictionary is loaded, or for a long text.
 */
export function loadWordsOf(text: string): void {
  if (jieba || text.length > MAX_SCOPE || process.env['PLAN_EXTRACT_DICT']) return;
  const loaded = nodejieba();
  const dictText = readFileSync(loaded.DEFAULT_DICT, 'utf8');
  // the index `npm run build` wrote, when it matches the installed dictionaries (src/nlp/dictionary-index.ts)
  const prebuilt = readPrebuiltIndex(dictText, loaded.DEFAULT_IDF_DICT);
  const index = prebuilt?.dict ?? indexDictionary(dictText);
  const lines = new Set<number>();
  const hashes = new Set<number>();
  wordsIn(index, text, lines, hashes);
  partial = {
    scope: text,
    index,
    lines,
    userDict: partialUserDictionary(readFileSync(loaded.DEFAULT_USER_DICT, 'utf8'), index.median),
    idf: prebuilt ? partialIdfIndexed(prebuilt.idf, hashes) : partialIdf(readFileSync(loaded.DEFAULT_IDF_DICT, 'utf8'), hashes),
  };
  loadPartial(loaded, partial);
  jieba = loaded;
}

function loadPartial(engine: Jieba, p: Partial): void {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-words-'));
  try {
    const files = { dict: join(dir, 'dict.utf8'), userDict: join(dir, 'user.utf8'), idfDict: join(dir, 'idf.utf8') };
    writeFileSync(files.dict, partialDictionary(p.index, p.lines));
    writeFileSync(files.userDict, p.userDict);
    writeFileSync(files.idfDict, p.idf);
    engine.load(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Cuts and tags asked while `f` runs are remembered until it returns: the stages of one
 * document ask for the same sentence (a metric's role and label) or window (a marker) again.
 */
export function rememberingCuts<T>(f: () => T): T {
  const outer = memo;
  memo = { cut: new Map(), tag: new Map() };
  try {
    return f();
  } finally {
    memo = outer;
  }
}

let memo: { readonly cut: Map<string, readonly string[]>; readonly tag: Map<string, readonly TaggedWord[]> } | null = null;

/**
 * The longest piece of text given to the segmenter at once. Its HMM works on a whole run between
 * punctuation and needs hundreds of bytes per character of it (a 1 MB line of digits: 400 MB), so
 * long texts are cut into pieces, after a sentence or clause end where there is one.
 */
const MAX_PIECE = 2000;
/** Where a piece may end: after these, the segmenter starts afresh anyway. */
const PIECE_ENDS = new Set(['\n', '。', '！', '？', '；', '，', '!', '?', ';']);

/** `text` as consecutive pieces of at most MAX_PIECE code units (never splitting a surrogate pair). */
export function pieces(text: string, max: number = MAX_PIECE): string[] {
  if (text.length <= max) return text ? [text] : [];
  const out: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    let end = from + max;
    // the last clause end in the second half of the window, else a hard cut
    for (let k = end - 1; k >= from + max / 2; k--) {
      if (PIECE_ENDS.has(text[k] ?? '')) {
        end = k + 1;
        break;
      }
    }
    const unit = text.charCodeAt(end - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) end--;
    out.push(text.slice(from, end));
    from = end;
  }
  out.push(text.slice(from));
  return out;
}

/** Words of `text` in order; their concatenation is `text`. */
export function cut(text: string): readonly string[] {
  if (!text) return [];
  const known = memo?.cut.get(text);
  if (known) return known;
  const jieba = engine(text);
  const words = pieces(text).flatMap((p) => native(() => jieba.cut(p, true)));
  memo?.cut.set(text, words);
  return words;
}

/** Words with part-of-speech tags, in order. */
export function tag(text: string): readonly TaggedWord[] {
  if (!text) return [];
  const known = memo?.tag.get(text);
  if (known) return known;
  const jieba = engine(text);
  const words = pieces(text).flatMap((p) => native(() => jieba.tag(p)));
  memo?.tag.set(text, words);
  return words;
}

/** TF-IDF keywords, best first. */
export function keywords(text: string, topN: number): WeightedWord[] {
  if (!text) return [];
  const jieba = engine(text, true);
  const input = text.length <= MAX_PIECE ? text : pieces(text).join('\n');
  return native(() => jieba.extract(input, topN));
}

/** Offsets in `text` where a word starts (always includes 0 for non-empty text). */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const w of cut(text)) {
    starts.push(at);
    at += w.length;
  }
  return starts;
}
