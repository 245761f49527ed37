import { describe, expect, it } from 'vitest';
import { findMetricCandidates } from '../../../src/extract/metrics/index.js';
import { foldDigits, isBareMagnitude, isDigitRun, numberValue, splitScale } from '../../../src/extract/metrics/number.js';
import { RULES } from '../../../src/extract/metrics/rules/index.js';

describe('number helpers', () => {
  it.each([
    ['15501', 15501],
    ['15,501', 15501],
    ['3.12', 3.12],
    ['１２', 12],
    ['３．５', 3.5],
    ['一百二十', 120],
    ['两', 2],
    ['十五', 15],
    ['三万五千', 35000],
  ] as const)('numberValue(%s)', (s, v) => {
    expect(numberValue(s)).toBe(v);
  });
  it.each([
    ['千万', '千', '万'],
    ['两亿', '两', '亿'],
    ['三千五百万', '三千五百', '万'],
    ['三万五千', '三万五千', ''],
    ['万', '万', ''],
  ] as const)('splitScale(%s)', (s, numeral, scale) => {
    expect(splitScale(s)).toEqual({ numeral, scale });
  });
  it('foldDigits', () => {
    expect(foldDigits('２０１４．５')).toBe('2014.5');
  });
  it.each([
    ['千', true],
    ['百万', true],
    ['十', false],
    ['三千', false],
  ] as const)('isBareMagnitude(%s)', (s, yes) => {
    expect(isBareMagnitude(s)).toBe(yes);
  });
  it.each([
    ['二〇一四', true],
    ['二十', false],
    ['一', false],
  ] as const)('isDigitRun(%s)', (s, yes) => {
    expect(isDigitRun(s)).toBe(yes);
  });
});

describe('engine', () => {
  it('rules are plain objects with ids and global patterns', () => {
    expect(RULES.map((r) => r.id)).toEqual(['percent-sign', 'percent-words', 'quantity', 'money-scale']);
    for (const r of RULES) expect(r.pattern.flags).toContain('g');
  });
  it('overlapping candidates: the longest wins (300万元 over 300万)', () => {
    expect(findMetricCandidates('投资300万元。').map((c) => [c.rule, c.unit])).toEqual([['quantity', '万元']]);
  });
  it('bare 万 without a money word is no metric', () => {
    expect(findMetricCandidates('人口300万。')).toEqual([]);
  });
  it('stays linear on long runs of digits and numerals', () => {
    const t0 = Date.now();
    for (const s of ['1'.repeat(50000), '一'.repeat(50000), '1,'.repeat(30000), '3.'.repeat(30000), '约'.repeat(30000)]) {
      expect(findMetricCandidates(s)).toEqual([]);
    }
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('a number does not start inside another one', () => {
    expect(findMetricCandidates('编号12345678901234567人').map((c) => c.value)).toEqual([]);
  });
});
