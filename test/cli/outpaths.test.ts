import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseOf, commonAncestor, isInside, outputNames, planStems, safeRelative } from '../../src/batch/outpaths.js';

describe('commonAncestor', () => {
  it('one path is its own base', () => expect(commonAncestor(['/a/b'])).toBe('/a/b'));
  it('siblings share their parent', () => expect(commonAncestor(['/a/b/c', '/a/b/d'])).toBe('/a/b'));
  it('does not cut inside a name', () => expect(commonAncestor(['/a/bc', '/a/bd'])).toBe('/a'));
  it('falls back to the root', () => expect(commonAncestor(['/x/y', '/z'])).toBe('/'));
  it('a parent and its child', () => expect(commonAncestor(['/a', '/a/b/c'])).toBe('/a'));
  it('no paths: the current folder', () => expect(commonAncestor([])).toBe(resolve('.')));
});

describe('baseOf', () => {
  it('a folder is its own base', () => expect(baseOf('/a/docs', true)).toBe('/a/docs'));
  it('a file is based in its folder', () => expect(baseOf('/a/docs/x.txt', false)).toBe('/a/docs'));
  it('relative paths are resolved', () => expect(baseOf('docs', true)).toBe(resolve('docs')));
});

describe('safeRelative', () => {
  it('keeps a plain path', () => expect(safeRelative('a/b/x.txt')).toBe('a/b/x.txt'));
  it('drops ..', () => expect(safeRelative('../../etc/passwd')).toBe('etc/passwd'));
  it('drops a leading slash', () => expect(safeRelative('/etc/passwd')).toBe('etc/passwd'));
  it('drops .', () => expect(safeRelative('./a/./b')).toBe('a/b'));
  it('unifies backslashes', () => expect(safeRelative('a\\..\\b')).toBe('a/b'));
  it('drops a drive letter', () => expect(safeRelative('C:\\x.txt')).toBe('x.txt'));
  it('nothing left: a default name', () => expect(safeRelative('../..')).toBe('document'));
});

describe('isInside', () => {
  it('a child is inside', () => expect(isInside('/out', '/out/a/b.json')).toBe(true));
  it('a sibling with a common prefix is not', () => expect(isInside('/out', '/outside/b.json')).toBe(false));
  it('the parent is not', () => expect(isInside('/out', '/out/..')).toBe(false));
  it('a climbing path is not', () => expect(isInside('/out', '/out/a/../../etc')).toBe(false));
});

describe('planStems', () => {
  const base = '/w/docs';
  it('drops the extension and keeps the tree', () =>
    expect([...planStems(['/w/docs/a/x.txt'], base)]).toEqual([['/w/docs/a/x.txt', 'a/x']]));
  it('standard input is stdin', () => expect(planStems(['-'], base).get('-')).toBe('stdin'));
  it('a name without extension keeps its name', () => expect(planStems(['/w/docs/README'], base).get('/w/docs/README')).toBe('README'));
  it('a second x keeps its extension', () =>
    expect([...planStems(['/w/docs/x.md', '/w/docs/x.txt'], base).values()]).toEqual(['x', 'x.txt']));
  it('then a counter', () =>
    expect([...planStems(['/w/docs/x.md', '/w/docs/x.txt.md', '/w/docs/x.txt'], base).values()]).toEqual(['x', 'x.txt', 'x-2']));
  it('reserved names are avoided', () => expect(planStems(['/w/docs/manifest.txt'], base, ['manifest']).get('/w/docs/manifest.txt')).toBe('manifest.txt'));
  it('a path outside the base cannot climb out', () => expect(planStems(['/w/other/y.txt'], base).get('/w/other/y.txt')).toBe('other/y'));
  it('relative paths are resolved against the working folder', () =>
    expect(planStems(['docs/a.txt'], resolve('.')).get('docs/a.txt')).toBe(join('docs', 'a')));
});

describe('outputNames', () => {
  it('one document: x.json', () => expect(outputNames('a/x', 1)).toEqual(['a/x.json']));
  it('three documents: parts', () => expect(outputNames('x', 3)).toEqual(['x.part1.json', 'x.part2.json', 'x.part3.json']));
  it('zero documents: one name (unused)', () => expect(outputNames('x', 0)).toEqual(['x.json']));
});
