import { describe, expect, it } from 'vitest';
import { PAGE_BREAK } from '../../src/normalize/chars.js';
import { cleanControls } from '../../src/normalize/control.js';

describe('cleanControls', () => {
  it.each([
    ['甲\r\n乙', '甲\n乙'],
    ['甲\r乙', '甲\n乙'],
    ['\uFEFF标题', '标题'],
    ['工\u200B作', '工作'],
    ['工\u200D作\u2060', '工作'],
    ['甲\u0007乙', '甲乙'],
    ['甲\u0000乙\u001B', '甲乙'],
    ['甲\u2028乙', '甲\n乙'],
    ['甲\t乙', '甲\t乙'],
    ['\t为深入贯彻', '  为深入贯彻'],
    ['\t\t一、指导思想\n项目\t数量', '    一、指导思想\n项目\t数量'],
    ['甲\f乙', `甲${PAGE_BREAK}乙`],
    ['软\u00AD件', '软件'],
  ])('%j → %j', (input, expected) => {
    expect(cleanControls(input)).toBe(expected);
  });

  it.each([['。、“”《》——'], ['普通文本\n第二行'], ['']])('leaves %j alone', (input) => {
    expect(cleanControls(input)).toBe(input);
  });
});
