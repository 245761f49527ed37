// Organ names: what can issue or sign a document (城关镇中心学校, 海拉尔区人民政府, 国务院).
import { isHan } from './text.js';
import { NAMED_ORGANS, ORGAN_SUFFIXES } from './lexicon.js';

/** Redacted names (XX小学, ××局) are placeholders, not issuers. */
const REDACTED = /[XxＸｘ×*＊]{2}|^[XxＸｘ×]/;
export const ORGAN_MIN = 4;
export const ORGAN_MAX = 30;
/** Names that are only a kind of place or a generic organ (市人民政府, 区政府): they do not say which one. */
const GENERIC = /^(?:[省市县区镇乡旗盟州村]|自治区|自治州|全市|全县|全区|全省|本|我|该|各)/;

/** Schools as everyone shortens them: a place and its numbered middle school (绍兴一中, 北京四中), 附中. */
const SCHOOL_SHORT_NAME = /^[\p{Script=Han}]{2,8}?(?:[一二三四五六七八九十]{1,3}中|附中)$/u;

/** A complete organ's name: a place and a suffix (城关镇中心学校), or a central organ (国务院). */
export function isOrganName(name: string): boolean {
  if (NAMED_ORGANS.includes(name)) return true;
  if (name.length <= ORGAN_MAX && SCHOOL_SHORT_NAME.test(name) && !REDACTED.test(name)) return true;
  return (
    name.length >= ORGAN_MIN &&
    name.length <= ORGAN_MAX &&
    !REDACTED.test(name) &&
    /^[\p{Script=Han}()（）]+$/u.test(name) &&
    ORGAN_SUFFIXES.some((s) => name.endsWith(s))
  );
}

/** An organ's name that says which organ it is (not 市人民政府 or 本校). */
export function isSpecificOrgan(name: string): boolean {
  return isOrganName(name) && (NAMED_ORGANS.includes(name) || !GENERIC.test(name));
}

/** Words that end the clause before a byline glued to a date line (…第二次会议上国务院总理 李某). */
const CLAUSE_ENDS: readonly string[] = ['会议上', '大会上', '会上'];

/**
 * The organ's name that ends a run of Han characters, once a clause before it is cut off
 * (第二次会议上国务院 → 国务院), or null when what is left is not a specific organ.
 */
export function organEnding(run: string): string | null {
  const cut = Math.max(0, ...CLAUSE_ENDS.map((w) => {
    const i = run.lastIndexOf(w);
    return i < 0 ? 0 : i + w.length;
  }));
  // a closing parenthesis the run never opened ends what came before (…会议上)某县财政局)
  let depth = 0;
  let after = cut;
  for (let i = cut; i < run.length; i++) {
    const ch = run[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') {
      if (depth === 0) after = i + 1;
      else depth--;
    }
  }
  const name = run.slice(after);
  if (isSpecificOrgan(name)) return name;
  return NAMED_ORGANS.find((n) => name.endsWith(n)) ?? null;
}

/** The run of Han characters (and parentheses) that ends right before `at`. */
export function hanRunBefore(text: string, at: number, max = ORGAN_MAX + 10): { run: string; start: number } {
  let start = at;
  while (start > 0 && at - start < max && (isHan(text[start - 1]) || '()（）'.includes(text[start - 1] ?? ''))) start--;
  return { run: text.slice(start, at), start };
}
