// Whether a stretch of text lies inside 《…》: the name of another document (a cited plan, a notice
// quoted in a notice). Its years, figures and organs are that document's, not this one's.

export interface BookTitleReach {
  /** How far the 《 and the 》 may stand from the stretch. */
  readonly reach: number;
  /** Whether the name must stand on one line (a line break ends the look). */
  readonly sameLine: boolean;
}

/**
 * Whether [start, end) lies inside 《…》: a 《 before it with no 》 between, and a 》 after it with no
 * 《 between, each within `reach` (and on its line when `sameLine`).
 */
export function insideBookTitle(text: string, start: number, end: number, { reach, sameLine }: BookTitleReach): boolean {
  let open = false;
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    const ch = text[i];
    if (ch === '《') {
      open = true;
      break;
    }
    if (ch === '》' || (sameLine && ch === '\n')) return false;
  }
  if (!open) return false;
  for (let i = end; i < Math.min(text.length, end + reach); i++) {
    const ch = text[i];
    if (ch === '》') return true;
    if (ch === '《' || (sameLine && ch === '\n')) return false;
  }
  return false;
}
