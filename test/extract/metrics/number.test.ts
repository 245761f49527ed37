import { describe, expect, it } from 'vitest';
import { findMetricCandidates } from '../../../src/extract/metrics/index.js';
import { foldDigits, isBareMagnitude, isDigitRun, numberValue, splitScale } from '../../../src/extract/metrics/number.js';
import { RULES } from '../../../src/extract/metrics/rules/index.js';
import { scan } from '../../../src/extract/metrics/engine.js';
import { refine } from '../../../src/extract/metrics/refine.js';

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
    ['一千零五', 1005],
    ['五亿零六', 500000006],
    ['七十八万五百零六', 780506],
    ['六十四万零一百四十三', 640143],
    ['四万万', 400000000],
    ['壹拾贰万', 120000],
    ['伍仟', 5000],
    ['叁佰', 300],
    ['参佰', 300],
    ['贰万零捌佰', 20800],
    ['六点五', 6.5],
    ['二点四', 2.4],
    ['一千六点五', 1600.5],
    ['二〇一四', 2014],
  ] as const)('numberValue(%s)', (s, v) => {
    expect(numberValue(s)).toBe(v);
  });
  it.each([
    ['二三十', 'a vague span'],
    ['七十百', 'place values out of order'],
    ['百千', 'place values out of order'],
    ['参', '参 alone is no numeral'],
    ['六点五十', 'a place value after the point'],
  ] as const)('numberValue(%s) is null: %s', (s, _why) => {
    expect(numberValue(s)).toBeNull();
  });
  it.each([
    ['十五', 15],
  ] as const)('numberValue(%s)', (s, v) => {
    expect(numberValue(s)).toBe(v);
  });
  it.each([
    ['千万', '千', '万'],
    ['两亿', '两', '亿'],
    ['三千五百万', '三千五百', '万'],
    ['三万五千', '三万五千', ''],
    ['万', '万', ''],
    ['三万亿', '三', '万亿'],
    ['三亿五千万', '三亿五千万', ''],
    ['壹拾贰万', '壹拾贰', '万'],
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
    expect(RULES.map((r) => r.id)).toEqual(['percent-sign', 'percent-words', 'quantity', 'money-cents', 'currency-sign', 'bounded-comparison', 'bounded-suffixes', 'between', 'money-scale', 'scale-count']);
    for (const r of RULES) expect(r.pattern.flags).toContain('g');
  });
  it('overlapping candidates: the longest wins (300万元 over 300万)', () => {
    expect(findMetricCandidates('投资300万元。').map((c) => [c.rule, c.unit])).toEqual([['quantity', '万元']]);
  });
  it('bare 万 without a money word is a count, not money', () => {
    expect(findMetricCandidates('人口300万。').map((c) => [c.rule, c.value, c.unit, c.dimension])).toEqual([['scale-count', 300, '万', 'count']]);
  });
  // how its time grows is bench/growth.mjs's to check (the digits family); here: nothing found, no throw
  it('finds nothing in long runs of digits and numerals', () => {
    for (const s of ['1'.repeat(50000), '一'.repeat(50000), '1,'.repeat(30000), '3.'.repeat(30000), '约'.repeat(30000)]) {
      expect(findMetricCandidates(s)).toEqual([]);
    }
  });
  it('refines many mentions, one per position (its growth: the numbers-with-units family of bench/growth.mjs)', () => {
    const text = '3人,'.repeat(60000);
    expect(refine(scan(text, RULES), text)).toHaveLength(60000);
  });
  it('a number does not start inside another one', () => {
    expect(findMetricCandidates('编号12345678901234567人').map((c) => c.value)).toEqual([]);
  });
});
