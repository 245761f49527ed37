// Rule 2: full-width ASCII → half-width; every kind of space → ASCII space. CJK punctuation (。、“”《》——) stays.

// Space characters other than U+0020: NBSP, en/em spaces, thin/hair spaces, narrow NBSP, medium math space, ideographic space.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Full-width forms U+FF01–FF5E map to U+0021–007E by a fixed offset.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function foldWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ');
}
