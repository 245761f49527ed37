import { describe, expect, it } from 'vitest';
import { foldKnown, parseJournal, reusable, type JournalLine } from '../../src/batch/cache.js';
import type { ManifestEntry } from '../../src/emit/manifest.js';

const ok = (path: string, outputs: string[], sha = 'a'.repeat(64)): ManifestEntry => ({ path, status: 'ok', documents: outputs.length, outputs, sha256: sha });
const done = (entry: ManifestEntry, fingerprint = 'f1'): JournalLine => ({ op: 'done', fingerprint, entry });

describe('reusable', () => {
  it('a document read from bytes', () => expect(reusable(ok('a.txt', ['a.json']))).toBe(true));
  it('an error the same bytes give again', () =>
    expect(reusable({ path: 'a.pdf', status: 'error', documents: 0, outputs: [], sha256: 'b'.repeat(64), error: { code: 'PDF_ENCRYPTED', message: 'x' } })).toBe(true));
  it('not a bug (INTERNAL_ERROR): it may be fixed, or a crash', () =>
    expect(reusable({ path: 'a.pdf', status: 'error', documents: 0, outputs: [], sha256: 'b'.repeat(64), error: { code: 'INTERNAL_ERROR', message: 'x' } })).toBe(false));
  it('not a file whose bytes were never read', () => expect(reusable({ ...ok('a.txt', ['a.json']), sha256: null })).toBe(false));
});

describe('foldKnown', () => {
  it('the latest outcome of a path wins', () => {
    const known = foldKnown([
      { op: 'manifest', fingerprint: 'f1', entry: ok('a.txt', ['a.json'], '1'.repeat(64)) },
      done(ok('a.txt', ['a.json'], '2'.repeat(64)), 'f2'),
    ]);
    expect([known.get('a.txt')?.fingerprint, known.get('a.txt')?.entry.sha256]).toEqual(['f2', '2'.repeat(64)]);
  });
  it('a start without its done (killed in between) makes those files untrusted', () => {
    const known = foldKnown([{ op: 'manifest', fingerprint: 'f1', entry: ok('a.txt', ['a.json']) }, { op: 'start', path: 'a.txt', outputs: ['a.json'] }]);
    expect(known.has('a.txt')).toBe(false);
  });
  it('a file since written for another input is no longer the first one\'s', () => {
    const known = foldKnown([done(ok('old/x.txt', ['x.json'])), { op: 'start', path: 'new/x.txt', outputs: ['x.json'] }, done(ok('new/x.txt', ['x.json']))]);
    expect([...known.keys()]).toEqual(['new/x.txt']);
  });
  it('a start then its done is trusted', () => {
    const known = foldKnown([{ op: 'start', path: 'a.txt', outputs: ['a.json'] }, done(ok('a.txt', ['a.json']))]);
    expect(known.get('a.txt')?.entry.outputs).toEqual(['a.json']);
  });
});

describe('parseJournal', () => {
  it('skips a torn last line', () => {
    const text = `${JSON.stringify(done(ok('a.txt', ['a.json'])))}\n{"op":"done","finger`;
    expect(parseJournal(text).length).toBe(1);
  });
  it('skips lines that are not journal lines', () => expect(parseJournal('{"op":"other"}\n[1,2]\nnull\n\n')).toEqual([]));
});
