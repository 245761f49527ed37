// Character classes and the page-break sentinel shared by the normalization rules.

/** Stands where a page marker or page break was removed until the last step turns it into `pageBreaks`. */
export const PAGE_BREAK = '\f';

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Za-z]$/.test(ch);
}

/** Display width of a line: CJK and full-width count 1, ASCII and spaces half (PDF line widths compare this way). */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === PAGE_BREAK) continue;
    w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  }
  return w;
}
