import { describe, expect, it } from 'vitest';
import { insideBookTitle } from '../../src/text/book-title.js';

const LINE = { reach: 60, sameLine: true } as const;
const ANY = { reach: 80, sameLine: false } as const;
const at = (text: string, s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

describe('insideBookTitle', () => {
  it('inside a cited name', () => {
    const t = '根据《学生社团三年建设发展规划》制定本方案';
    expect(insideBookTitle(t, ...at(t, '三年'), LINE)).toBe(true);
  });
  it('after a closed name', () => {
    const t = '根据《规划》,三年内完成';
    expect(insideBookTitle(t, ...at(t, '三年'), LINE)).toBe(false);
  });
  it('before any name', () => {
    const t = '三年内完成《规划》';
    expect(insideBookTitle(t, ...at(t, '三年'), LINE)).toBe(false);
  });
  it('a name opened but never closed', () => {
    const t = '根据《规划三年内完成';
    expect(insideBookTitle(t, ...at(t, '三年'), LINE)).toBe(false);
  });
  it('a line break ends the look when the name must stand on one line', () => {
    const t = '根据《某某\n规划2016年》';
    expect(insideBookTitle(t, ...at(t, '2016'), LINE)).toBe(false);
    expect(insideBookTitle(t, ...at(t, '2016'), ANY)).toBe(true);
  });
  it('beyond the reach', () => {
    const t = `《${'很'.repeat(70)}2016年》`;
    expect(insideBookTitle(t, ...at(t, '2016'), LINE)).toBe(false);
    expect(insideBookTitle(t, ...at(t, '2016'), ANY)).toBe(true);
  });
});
