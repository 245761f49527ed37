// Rule 5: spaces inside lines: runs collapse to one, lines lose leading and trailing spaces. Tabs are table
// cell separators: spaces beside them go, the tabs stay (empty cells included), a line of tabs only is empty.
// Rule 10: letter-spaced words ("报 告", "工 作 总 结") lose the spaces PDF copying or title styling put between characters,
// and a spaced field name (时\t间:) the tab a PDF's layout put in its gap.
import { displayWidth, isHan, PAGE_BREAK } from './chars.js';

export function tidySpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const tidy = line.replace(/ {2,}/g, ' ').replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
      return /^[\t ]*$/.test(tidy) ? '' : tidy;
    })
    .join('\n');
}

/** Lines up to this display width, without sentence punctuation, are title-like and may lose spaces next to a spaced word. */
export const TITLE_LINE_MAX = 40;

const SENTENCE_PUNCT = /[。，,;；!！?？]/;

/** The token starts with a Han character that stands alone ("长:张三", "告,"): a letter-spaced character. */
function startsSingle(token: string): boolean {
  return isHan(token[0]) && !isHan(token[1]);
}

/** The token ends with a Han character that stands alone ("组", "(报"). */
function endsSingle(token: string): boolean {
  return isHan(token.at(-1)) && !isHan(token.at(-2));
}

/**
 * A field name spaced out to the width of the others (时　间:, 主　席:), its gap read as a tab by a
 * PDF's layout: a tab between two lone characters before a colon is no cell break.
 */
const SPACED_FIELD = /(^|[^\p{Script=Han}])(\p{Script=Han})\t(\p{Script=Han})(?=[:：])/gu;

export function joinLetterSpaced(text: string): string {
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.includes('\t') ? raw.replace(SPACED_FIELD, '$1$2$3') : raw;
      if (!line.includes(' ')) return line;
      const tokens = line.split(' ');
      const titleLike = displayWidth(line) <= TITLE_LINE_MAX && !SENTENCE_PUNCT.test(line) && !line.includes(PAGE_BREAK);
      let out = tokens[0] ?? '';
      for (let i = 1; i < tokens.length; i++) {
        const prev = tokens[i - 1] ?? '';
        const cur = tokens[i] ?? '';
        // inside a run of lone characters (报 告), or where such a run meets a Han word on a title line (情况 报 告)
        const inRun = endsSingle(prev) && startsSingle(cur);
        const runStartsHere = cur.length === 1 && startsSingle(cur) && startsSingle(tokens[i + 1] ?? '');
        const runEndsHere = prev.length === 1 && endsSingle(prev) && endsSingle(tokens[i - 2] ?? '');
        const attach = inRun || (titleLike && ((runStartsHere && isHan(prev.at(-1))) || (runEndsHere && isHan(cur[0]))));
        out += attach ? cur : ` ${cur}`;
      }
      return out;
    })
    .join('\n');
}
