import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { extractPageBreaks } from '../../src/normalize/breaks.js';

describe('extractPageBreaks', () => {
  it.each([
    ['甲乙', '甲乙', []],
    [`${P}甲乙`, '甲乙', [0]],
    [`甲${P}乙${P}`, '甲乙', [1, 2]],
    [`甲${P}${P}乙`, '甲乙', [1]],
    [`甲。\n${P}二、`, '甲。\n二、', [3]],
  ])('%j → %j %j', (input, text, breaks) => {
    expect(extractPageBreaks(input)).toEqual({ text, pageBreaks: breaks });
  });
});
