// Small text helpers the assemble rules share.
import type { Section } from '../schema/document.js';

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Removes whitespace (titles broken or letter-spaced: "报 告") and trims edge punctuation. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/^[-—–_·•*#>|:：,，.。、;；]+/, '')
    .replace(/[-—–_·•*#|:：,，.。、;；]+$/, '');
}

/** End of the header: where the first top-level section starts, or a bounded prefix when there is none. */
export function headerEnd(text: string, sections: readonly Section[], fallback = 600): number {
  const first = sections[0];
  return first ? first.span[0] : Math.min(text.length, fallback);
}
