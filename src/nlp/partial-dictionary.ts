// Partial dictionaries for nodejieba: the lines of its dictionary whose words occur in a text.
// A word absent from a text never takes part in cutting it, so a partial dictionary cuts and tags
// that text (and any text whose words it holds) exactly as the whole one, and loads in a fraction
// of the time. Weights must stay those of the whole dictionary: jieba weighs a word
// log(freq / sum of freqs), a character it does not know as the rarest word, a user word without a
// frequency as the median word, and a keyword without an IDF as the mean IDF; placeholder entries
// carry the removed frequency, the smallest one and the mean IDF.

/** Longest dictionary word, in characters (jieba.dict.utf8 has none longer: 侵华日军南京大屠杀遇难同胞纪念馆). */
const MAX_WORD = 16;
/** Placeholder words: private-use characters that no decoded document contains. */
export const PLACEHOLDERS = ['\u{F8FF}\u{F8FE}\u{F8FD}', '\u{F8FF}\u{F8FE}\u{F8FC}'] as const;

/** jieba.dict.utf8 ("word freq tag" lines) with a hash index of its words. */
export interface DictionaryIndex {
  readonly file: string;
  /** Open addressing: line start + 1 per slot, 0 when empty. */
  readonly slots: Int32Array;
  readonly sum: number;
  readonly min: number;
  readonly median: number;
}

const FNV_BASIS = 0x811c9dc5;
const step = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193) >>> 0;

/** The hash of `s` from `from` to `to` (UTF-16 units), as the indexes and wordsIn compute it. */
export function wordHash(s: string, from: number, to: number): number {
  let h = FNV_BASIS;
  for (let k = from; k < to; k++) h = step(h, s.charCodeAt(k));
  return h;
}

/**
 * Calls `line(start, space, end, hash)` for every non-empty line of `file`: where it starts, where
 * its word ends (the first space), where it ends, and the hash of its word.
 */
function eachLine(file: string, line: (start: number, space: number, end: number, hash: number) => void): void {
  for (let at = 0; at < file.length; ) {
    const nl = file.indexOf('\n', at);
    const end = nl < 0 ? file.length : nl;
    if (end > at) {
      const space = file.indexOf(' ', at);
      const k = space < 0 || space > end ? end : space;
      line(at, k, end, wordHash(file, at, k));
    }
    at = end + 1;
  }
}

export function indexDictionary(file: string): DictionaryIndex {
  const slots = new Int32Array(1 << 20);
  const mask = slots.length - 1;
  const counts = new Map<number, number>();
  let sum = 0;
  let lines = 0;
  eachLine(file, (at, space, _end, h) => {
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = at + 1;
    const freq = Number(file.slice(space + 1, file.indexOf(' ', space + 1)));
    sum += freq;
    counts.set(freq, (counts.get(freq) ?? 0) + 1);
    lines++;
  });
  const freqs = [...counts.keys()].sort((a, b) => a - b);
  let median = freqs[0] ?? 1;
  for (let seen = 0, i = 0; i < freqs.length; i++) {
    median = freqs[i] as number;
    seen += counts.get(median) ?? 0;
    if (seen > Math.floor(lines / 2)) break;
  }
  return { file, slots, sum, min: freqs[0] ?? 1, median };
}

/**
 * Adds to `lines` the start of every dictionary line whose word occurs in `text`, and to
 * `hashes` (when given) the hash of every substring of two to MAX_WORD characters.
 */
export function wordsIn(index: DictionaryIndex, text: string, lines: Set<number>, hashes?: Set<number>): void {
  const { file, slots } = index;
  const mask = slots.length - 1;
  for (let i = 0; i < text.length; i++) {
    let h = FNV_BASIS;
    for (let k = 1; k <= MAX_WORD && i + k <= text.length; k++) {
      h = step(h, text.charCodeAt(i + k - 1));
      if (k >= 2) hashes?.add(h);
      for (let s = h & mask; slots[s] !== 0; s = (s + 1) & mask) {
        const at = (slots[s] as number) - 1;
        if (file.charCodeAt(at + k) === 32 && file.startsWith(text.slice(i, i + k), at)) lines.add(at);
      }
    }
  }
}

/** The partial jieba.dict.utf8: one-character words, the lines at `lines`, and the placeholders. */
export function partialDictionary(index: DictionaryIndex, lines: ReadonlySet<number>): string {
  const { file } = index;
  const out: string[] = [];
  let kept = 0;
  eachLine(file, (at, space, end) => {
    if (space - at === 1 || lines.has(at)) {
      out.push(file.slice(at, end));
      kept += Number(file.slice(space + 1, file.indexOf(' ', space + 1)));
    }
  });
  const rest = index.sum - kept - index.min;
  if (rest > 0) out.push(`${PLACEHOLDERS[0]} ${rest} x`);
  out.push(`${PLACEHOLDERS[1]} ${index.min} x`);
  return `${out.join('\n')}\n`;
}

/** user.dict.utf8 ("word [freq] [tag]") with the median frequency written where a line has none. */
export function partialUserDictionary(file: string, median: number): string {
  const out: string[] = [];
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    const [word, a, b] = line.trim().split(' ');
    // a tagless word is tagged as jieba tags a word it does not know
    out.push(b !== undefined ? `${word} ${a} ${b}` : `${word} ${median} ${a ?? 'x'}`);
  }
  return `${out.join('\n')}\n`;
}

/** The lines of idf.utf8 ("word idf") whose word's hash is in `hashes`, and a placeholder keeping the mean IDF. */
export function partialIdf(file: string, hashes: ReadonlySet<number>): string {
  const out: string[] = [];
  let sum = 0;
  let keptSum = 0;
  let count = 0;
  eachLine(file, (at, space, end, h) => {
    const idf = Number(file.slice(space + 1, end));
    sum += idf;
    count++;
    if (hashes.has(h)) {
      out.push(file.slice(at, end));
      keptSum += idf;
    }
  });
  out.push(`${PLACEHOLDERS[0]} ${(sum / count) * (out.length + 1) - keptSum}`);
  return `${out.join('\n')}\n`;
}
