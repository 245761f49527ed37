import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/view/assets.js';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('mark colours', () => {
  for (const [name, [tint, rule]] of Object.entries(MARK_COLOURS)) {
    it(`${name}: text on its tint passes AA (4.5:1), its rule stands out from white (3:1)`, () => {
      expect(contrast('#1a1a1a', tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rule, '#ffffff')).toBeGreaterThanOrEqual(3);
    });
  }
});
