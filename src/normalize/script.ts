// Rule 4: traditional → simplified (opencc-js), and the script the original was written in.
// Simplified text is never passed through the conversion (tw→cn would turn 显著 into 显着); only
// lines that hold traditional characters are converted.
import * as OpenCC from 'opencc-js';
import type { Script } from '../schema/document.js';

type Convert = (text: string) => string;

let detector: Convert | undefined;
let converter: Convert | undefined;

/** Character-level t→cn: changes only characters that exist in traditional text, so its changes count them. */
function detect(text: string): string {
  const d = (detector ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return d(text);
}

/** Taiwan-standard phrases → mainland (隨著 → 随着), then the Hong Kong variants tw misses (衞 → 卫). */
function convert(text: string): string {
  if (!converter) {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = (s) => hk(tw(s));
  }
  return converter(text);
}

/** Thresholds on the share of Han characters that are traditional-only. */
export const SCRIPT_THRESHOLDS = {
  /** A chunk (sentence) at or above this share is traditional; tw conversion is used on its line. */
  traditionalChunk: 0.05,
  /** A chunk with at least this many Han characters and no traditional one is evidence of simplified writing. */
  minSimplifiedChunk: 20,
  /** Share of the evidence (in Han characters) one script needs for the document to count as written in it. */
  dominant: 0.9,
} as const;

export interface Converted {
  readonly text: string;
  readonly script: Script;
}

/** Han ideographs of the BMP (a code-unit test: this loop runs over every character of the file). */
function isHanUnit(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Per-span counts of Han characters and of those the detector changed. */
interface Counts {
  han: number;
  trad: number;
}

const SENTENCE_END = new Set(['\n', '。', '！', '？', '!', '?']);

/** Decides the script from sentence-sized chunks: both kinds present in bulk means mixed. */
function decideScript(text: string, detected: string): Script {
  let tradHan = 0;
  let simpHan = 0;
  const chunk: Counts = { han: 0, trad: 0 };
  const close = (): void => {
    if (chunk.han > 0) {
      if (chunk.trad / chunk.han >= SCRIPT_THRESHOLDS.traditionalChunk) tradHan += chunk.han;
      else if (chunk.trad === 0 && chunk.han >= SCRIPT_THRESHOLDS.minSimplifiedChunk) simpHan += chunk.han;
    }
    chunk.han = 0;
    chunk.trad = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (SENTENCE_END.has(ch)) close();
    else if (isHanUnit(ch.charCodeAt(0))) {
      chunk.han++;
      if (detected[i] !== ch) chunk.trad++;
    }
  }
  close();
  if (tradHan === 0) return 'simplified';
  const share = tradHan / (tradHan + simpHan);
  if (share >= SCRIPT_THRESHOLDS.dominant) return 'traditional';
  if (share <= 1 - SCRIPT_THRESHOLDS.dominant) return 'simplified';
  return 'mixed';
}

/** Converts one line: tw phrases for a traditional line, the character-level fix for a stray character. */
function convertLine(line: string, detectedLine: string): string {
  if (detectedLine === line) return line;
  let han = 0;
  let trad = 0;
  for (let i = 0; i < line.length; i++) {
    if (!isHanUnit(line.charCodeAt(i))) continue;
    han++;
    if (detectedLine[i] !== line[i]) trad++;
  }
  return han > 0 && trad / han >= SCRIPT_THRESHOLDS.traditionalChunk ? convert(line) : detectedLine;
}

export function toSimplified(text: string): Converted {
  const detected = detect(text);
  if (detected === text) return { text, script: 'simplified' };
  const lines = text.split('\n');
  if (detected.length !== text.length) {
    // a phrase mapping changed the length: detect line by line, judge the script on the whole
    const out = lines.map((line) => convertLine(line, detect(line)));
    const joined = out.join('\n');
    return { text: joined, script: decideScript(text, joined.length === text.length ? joined : text) };
  }
  let offset = 0;
  const out = lines.map((line) => {
    const converted = convertLine(line, detected.slice(offset, offset + line.length));
    offset += line.length + 1;
    return converted;
  });
  return { text: out.join('\n'), script: decideScript(text, detected) };
}
