import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, expandInputs } from '../../src/batch/walk.js';
import { tempTree } from './helpers.js';

const rel = (root: string, inputs: { path: string }[]): string[] => inputs.map((i) => (i.path === '-' ? '-' : relative(root, i.path)));

describe('expandInputs', () => {
  it('walks depth first in code-unit order', async () => {
    const root = tempTree({ 'b.txt': '', 'a/2.txt': '', 'a/10.txt': '', 'B.txt': '', 'a.txt': '' });
    expect(rel(root, await expandInputs([root]))).toEqual(['B.txt', 'a/10.txt', 'a/2.txt', 'a.txt', 'b.txt']);
  });
  it('skips hidden files', async () => {
    const root = tempTree({ '.x.txt': '', 'y.txt': '' });
    expect(rel(root, await expandInputs([root]))).toEqual(['y.txt']);
  });
  it('skips hidden folders', async () => {
    const root = tempTree({ '.cache/x.txt': '', 'y.txt': '' });
    expect(rel(root, await expandInputs([root]))).toEqual(['y.txt']);
  });
  it('picks up every supported extension, in any case', async () => {
    const root = tempTree({ 'a.TXT': '', 'b.md': '', 'c.pdf': '', 'd.docx': '', 'e.doc': '', 'f.html': '', 'g.htm': '' });
    expect(rel(root, await expandInputs([root]))).toEqual(['a.TXT', 'b.md', 'c.pdf', 'd.docx', 'e.doc', 'f.html', 'g.htm']);
  });
  it('skips unsupported extensions inside folders', async () => {
    const root = tempTree({ 'a.xlsx': '', 'b.json': '', 'c': '', 'd.txt': '' });
    expect(rel(root, await expandInputs([root]))).toEqual(['d.txt']);
  });
  it('keeps a file named explicitly whatever its extension', async () => {
    const root = tempTree({ 'a.xlsx': '' });
    expect(rel(root, await expandInputs([join(root, 'a.xlsx')]))).toEqual(['a.xlsx']);
  });
  it('keeps a hidden file named explicitly', async () => {
    const root = tempTree({ '.a.txt': '' });
    expect(rel(root, await expandInputs([join(root, '.a.txt')]))).toEqual(['.a.txt']);
  });
  it('keeps a missing file (the pipeline reports it)', async () => {
    const root = tempTree({});
    expect(await expandInputs([join(root, 'gone.txt')])).toEqual([{ kind: 'file', path: join(root, 'gone.txt') }]);
  });
  it('keeps the order of the arguments', async () => {
    const root = tempTree({ 'z.txt': '', 'a.txt': '' });
    expect(rel(root, await expandInputs([join(root, 'z.txt'), join(root, 'a.txt')]))).toEqual(['z.txt', 'a.txt']);
  });
  it('"-" is standard input', async () => {
    expect(await expandInputs(['-'])).toEqual([{ kind: 'stdin', path: '-' }]);
  });
  it('a file reached twice is listed once', async () => {
    const root = tempTree({ 'a.txt': '' });
    expect(rel(root, await expandInputs([root, join(root, 'a.txt')]))).toEqual(['a.txt']);
  });
  it('survives a symlink loop', async () => {
    const root = tempTree({ 'd/a.txt': '' });
    symlinkSync(join(root, 'd'), join(root, 'd', 'loop'));
    expect(rel(root, await expandInputs([root]))).toEqual(['d/a.txt']);
  });
  it('ignores a dangling symlink inside a folder', async () => {
    const root = tempTree({ 'a.txt': '' });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'b.txt'));
    expect(rel(root, await expandInputs([root]))).toEqual(['a.txt']);
  });
  // root reads every folder whatever its mode, so this can only be checked as another user
  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot list', async () => {
    const root = tempTree({});
    mkdirSync(join(root, 'locked'));
    chmodSync(join(root, 'locked'), 0o000);
    const inputs = await expandInputs([join(root, 'locked')]);
    chmodSync(join(root, 'locked'), 0o755);
    expect(inputs.map((i) => i.kind)).toEqual(['unreadable']);
  });
  it('uses the extensions given', async () => {
    const root = tempTree({ 'a.json': '', 'b.txt': '' });
    expect(rel(root, await expandInputs([root], { extensions: ['.json'] }))).toEqual(['a.json']);
  });
});

describe('describeFsError', () => {
  it('ENOENT', () => expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory'));
  it('EACCES', () => expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied'));
  it('other errors keep their message', () => expect(describeFsError(new Error('disk on fire'))).toBe('disk on fire'));
});
