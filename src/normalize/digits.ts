// Rule 6: digits that PDF copying spaced out. "2 0 1 3年" → "2013年", "1 2 月" → "12月", "共有 6 年" → "共有6年".
// Table cells ("12 15", "合计 3 5 8") are left alone: a spaced run is joined only where a date or unit follows
// it or it is glued to the text before it.

// Digit groups separated by single spaces; a run of two or more one-digit groups is a spaced-out number.
const DIGIT_GROUPS = /\d+(?: \d+)*/g;

/** Whether the spaced run at [start, end) of `line` sits in a date/quantity rather than among table cells. */
function runIsNumber(line: string, start: number, end: number): boolean {
  const before = line[start - 1];
  let after = line[end];
  if (after === ' ') after = line[end + 1];
  const gluedBefore = before !== undefined && before !== ' ';
  const unitAfter = after !== undefined && /[\p{Script=Han}%)）]/u.test(after);
  return gluedBefore || unitAfter;
}

export function joinSpacedDigits(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(DIGIT_GROUPS, (run: string, offset: number) => {
        if (!run.includes(' ')) return run;
        const groups = run.split(' ');
        const spacedOut = groups.every((g) => g.length === 1);
        return spacedOut && runIsNumber(line, offset, offset + run.length) ? groups.join('') : run;
      }),
    )
    .join('\n');
}

// A number between two Han characters with a space on each side ("教师 16 人"): PDF spacing around Latin runs.
const SPACED_NUMBER = /(?<=\p{Script=Han}) (\d+(?:\.\d+)?) (?=\p{Script=Han})/gu;
// A number followed by a space and a Han character or percent sign ("2013 年", "85 %").
const NUMBER_SPACE_UNIT = /(\d) (?=[\p{Script=Han}%])/gu;

export function tightenNumberSpacing(text: string): string {
  return text.replace(SPACED_NUMBER, '$1').replace(NUMBER_SPACE_UNIT, '$1');
}
