// Normalization: raw decoded text → clean simplified text (one rule per file in this folder).
import type { Normalized } from '../types.js';

export interface NormalizeOptions {
  /** Input format: PDF/DOCX readers already rebuilt lines, web pages carry site chrome. */
  readonly format?: string;
}

/** STUB — replaced by the normalization rules. */
export function normalize(raw: string, _options: NormalizeOptions = {}): Normalized {
  return { text: raw.replace(/\r\n?/g, '\n'), script: 'simplified', pageBreaks: [], warnings: [] };
}
