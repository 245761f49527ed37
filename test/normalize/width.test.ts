import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/normalize/width.js';

describe('foldWidth', () => {
  it.each([
    ['２０１４年', '2014年'],
    ['（一）加强领导', '(一)加强领导'],
    ['目标：提高质量，促进发展；', '目标:提高质量,促进发展;'],
    ['ＡＢＣ－１２', 'ABC-12'],
    ['达到９５％以上', '达到95%以上'],
    ['１．成立机构', '1.成立机构'],
    ['　　为了做好工作', '  为了做好工作'],
    ['甲\u00A0乙', '甲 乙'],
    ['甲\u2003乙\u202F丙', '甲 乙 丙'],
    ['～', '~'],
  ])('%j → %j', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });

  it.each([['。、“”《》——'], ['「引号」'], ['①②③'], ['〔2014〕']])('keeps CJK punctuation %j', (input) => {
    expect(foldWidth(input)).toBe(input);
  });
});
