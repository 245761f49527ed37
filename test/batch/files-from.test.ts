import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePathList, readPathList } from '../../src/batch/files-from.js';
import { tempTree } from '../cli/helpers.js';

const noStdin = async (): Promise<Uint8Array> => new Uint8Array();

describe('parsePathList', () => {
  it('one path a line', () => expect(parsePathList('a.txt\nb/c.pdf\n', false)).toEqual(['a.txt', 'b/c.pdf']));
  it('CRLF line ends', () => expect(parsePathList('a.txt\r\nb.txt\r\n', false)).toEqual(['a.txt', 'b.txt']));
  it('blank lines are ignored', () => expect(parsePathList('\na.txt\n\n  \nb.txt', false)).toEqual(['a.txt', 'b.txt']));
  it('spaces inside a name are kept', () => expect(parsePathList('my plans/a b.txt\n', false)).toEqual(['my plans/a b.txt']));
  it('NUL-separated (find -print0)', () => expect(parsePathList('a.txt\0dir/b\nc.txt\0', true)).toEqual(['a.txt', 'dir/b\nc.txt']));
  it('an empty list', () => expect(parsePathList('', false)).toEqual([]));
});

describe('readPathList', () => {
  it('reads a file', async () => {
    const root = tempTree({ 'list.txt': '\ufeffx.txt\ny.txt\n' });
    expect(await readPathList(join(root, 'list.txt'), false, noStdin)).toEqual({ ok: true, paths: ['x.txt', 'y.txt'] });
  });
  it('"-" reads standard input', async () =>
    expect(await readPathList('-', true, async () => new TextEncoder().encode('a\0b\0'))).toEqual({ ok: true, paths: ['a', 'b'] }));
  it('a missing list is a problem naming it', async () => {
    const result = await readPathList('/nonexistent/list.txt', false, noStdin);
    expect(result).toEqual({ ok: false, message: 'cannot read the --files-from list /nonexistent/list.txt: no such file or directory' });
  });
});
