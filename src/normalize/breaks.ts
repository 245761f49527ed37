// Rule 12 (last): the page-break sentinels leave the text; their offsets become `pageBreaks`.
import { PAGE_BREAK } from './chars.js';

export interface BreaksExtracted {
  readonly text: string;
  /** Ascending, distinct UTF-16 offsets into `text`. */
  readonly pageBreaks: readonly number[];
}

export function extractPageBreaks(marked: string): BreaksExtracted {
  const pageBreaks: number[] = [];
  let text = '';
  let from = 0;
  for (let at = marked.indexOf(PAGE_BREAK); at >= 0; at = marked.indexOf(PAGE_BREAK, from)) {
    text += marked.slice(from, at);
    if (pageBreaks.at(-1) !== text.length) pageBreaks.push(text.length);
    from = at + 1;
  }
  text += marked.slice(from);
  return { text, pageBreaks };
}
