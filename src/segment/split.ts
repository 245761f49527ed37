// Splitting a file that holds several documents (第一篇 / 篇二 / 附件) into parts.
import type { Part } from '../types.js';

/** STUB — one part for the whole text. */
export function splitDocuments(text: string): Part[] {
  return [{ start: 0, end: text.length, label: null, heading: null, collectionTitle: null }];
}
