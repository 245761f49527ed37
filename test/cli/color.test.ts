import { describe, expect, it } from 'vitest';
import { colorLevel, paint, painter } from '../../src/cli/color.js';

describe('colorLevel', () => {
  it('a pipe gets no colour', () => expect(colorLevel({}, false)).toBe(0));
  it('a terminal gets colour', () => expect(colorLevel({}, true)).toBe(1));
  it('a truecolor terminal gets level 3', () => expect(colorLevel({ COLORTERM: 'truecolor' }, true)).toBe(3));
  it('TERM=dumb gets none', () => expect(colorLevel({ TERM: 'dumb' }, true)).toBe(0));
  it('NO_COLOR wins over a terminal', () => expect(colorLevel({ NO_COLOR: '1' }, true)).toBe(0));
  it('NO_COLOR wins over FORCE_COLOR', () => expect(colorLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(0));
  it('an empty NO_COLOR is ignored', () => expect(colorLevel({ NO_COLOR: '' }, true)).toBe(1));
  it('FORCE_COLOR colours a pipe', () => expect(colorLevel({ FORCE_COLOR: '1' }, false)).toBe(1));
  it('FORCE_COLOR=2', () => expect(colorLevel({ FORCE_COLOR: '2' }, false)).toBe(2));
  it('FORCE_COLOR=9 is capped', () => expect(colorLevel({ FORCE_COLOR: '9' }, false)).toBe(3));
  it('FORCE_COLOR=true', () => expect(colorLevel({ FORCE_COLOR: 'true' }, false)).toBe(1));
  it('FORCE_COLOR empty', () => expect(colorLevel({ FORCE_COLOR: '' }, false)).toBe(1));
  it('FORCE_COLOR=0 turns colour off', () => expect(colorLevel({ FORCE_COLOR: '0' }, true)).toBe(0));
  it('FORCE_COLOR=false turns colour off', () => expect(colorLevel({ FORCE_COLOR: 'false' }, true)).toBe(0));
});

describe('paint', () => {
  const m = (level: 'error' | 'warning' | 'info') => ({ level, path: null, code: null, text: 'x' });
  it('level 0 leaves text alone', () => expect(paint(painter(0), m('error'))).toBe('x'));
  it('errors are red', () => expect(paint(painter(1), m('error'))).toBe('\x1b[31mx\x1b[39m'));
  it('warnings are yellow', () => expect(paint(painter(1), m('warning'))).toBe('\x1b[33mx\x1b[39m'));
  it('information is dim', () => expect(paint(painter(1), m('info'))).toBe('\x1b[2mx\x1b[22m'));
});
