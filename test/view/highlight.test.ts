import { describe, expect, it } from 'vitest';
import { codePointLength, highlight, utf16Offsets, type Mark } from '../../src/view/highlight.js';

const mark = (start: number, end: number, name: string, rank = 2, id?: string): Mark => ({
  start,
  end,
  tag: 'mark',
  attrs: `class="${name}"`,
  rank,
  ...(id !== undefined ? { id } : {}),
});

describe('highlight', () => {
  it('escapes text with no marks', () => {
    expect(highlight('a<b>&"c"', [])).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('wraps one mark', () => {
    expect(highlight('投资约35万元。', [mark(2, 7, 'm')])).toBe('投资<mark class="m">约35万元</mark>。');
  });

  it('gives the id to the first piece only', () => {
    expect(highlight('abc', [mark(0, 2, 'm', 2, 'm-0')])).toBe('<mark id="m-0" class="m">ab</mark>c');
  });

  it('counts spans in code points across astral characters', () => {
    // 𠀀 is one code point and two UTF-16 units
    const text = '𠀀𠀁12人';
    expect(highlight(text, [mark(2, 5, 'm')])).toBe('𠀀𠀁<mark class="m">12人</mark>');
    expect(highlight(text, [mark(1, 2, 'x')])).toBe('𠀀<mark class="x">𠀁</mark>12人');
  });

  it('nests a mark inside an enclosing one', () => {
    const html = highlight('一、目标达到90%', [mark(0, 9, 'sec', 0), mark(6, 9, 'm', 2)]);
    expect(html).toBe('<mark class="sec">一、目标达到<mark class="m">90%</mark></mark>');
  });

  it('puts the longer of two marks starting together outside', () => {
    expect(highlight('2024年底', [mark(0, 5, 'd', 3), mark(0, 6, 'm', 2)])).toBe('<mark class="m"><mark class="d">2024年</mark>底</mark>');
  });

  it('orders marks with the same span by rank', () => {
    expect(highlight('x', [mark(0, 1, 'd', 3), mark(0, 1, 'm', 2)])).toBe('<mark class="m"><mark class="d">x</mark></mark>');
  });

  it('closes and reopens a mark crossing the end of an enclosing one', () => {
    const html = highlight('abcdef', [mark(0, 3, 'outer', 0), mark(2, 5, 'cross', 2, 'c')]);
    expect(html).toBe('<mark class="outer">ab<mark id="c" class="cross">c</mark></mark><mark class="cross" data-cont="">de</mark>f');
  });

  it('keeps well-formed nesting for many overlapping marks', () => {
    const marks = [mark(0, 10, 'a', 0), mark(2, 6, 'b', 1), mark(4, 12, 'c', 2), mark(5, 7, 'd', 3)];
    const html = highlight('0123456789abcdef', marks);
    const stack: string[] = [];
    for (const m of html.matchAll(/<(\/?)mark/g)) {
      if (m[1] === '') stack.push('mark');
      else expect(stack.pop()).toBe('mark');
    }
    expect(stack).toEqual([]);
    expect(html.replace(/<[^>]+>/g, '')).toBe('0123456789abcdef');
  });

  it('clamps marks past the end and drops empty ones', () => {
    expect(highlight('abc', [mark(1, 99, 'm'), mark(2, 2, 'e'), mark(5, 7, 'x')])).toBe('a<mark class="m">bc</mark>');
  });

  it('escapes markup inside marks', () => {
    expect(highlight('<script>alert(1)</script>', [mark(0, 8, 'm')])).toBe('<mark class="m">&lt;script&gt;</mark>alert(1)&lt;/script&gt;');
  });
});

describe('code points', () => {
  it('maps code points to UTF-16 offsets', () => {
    const at = utf16Offsets('a𠀀b');
    expect([at(0), at(1), at(2), at(3)]).toEqual([0, 1, 3, 4]);
    expect(codePointLength('a𠀀b')).toBe(3);
  });

  it('is the identity for text without astral characters', () => {
    const at = utf16Offsets('计划');
    expect(at(1)).toBe(1);
  });
});
