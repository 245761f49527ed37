import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrayElementLines, parseRecordsText, problemsOf, validateFiles } from '../../src/cli/validate.js';
import { buildManifest } from '../../src/emit/manifest.js';
import { handRecord, tempTree } from './helpers.js';

const line = (v: unknown): string => JSON.stringify(v);

describe('arrayElementLines', () => {
  it('one element per line', () => expect(arrayElementLines('[\n{"a":1},\n{"a":2}\n]')).toEqual([2, 3]));
  it('elements on the first line', () => expect(arrayElementLines('[1, 2, 3]')).toEqual([1, 1, 1]));
  it('brackets inside strings do not count', () => expect(arrayElementLines('[\n"[,]",\n{"x":"]"}\n]')).toEqual([2, 3]));
  it('escaped quotes inside strings', () => expect(arrayElementLines('[\n"a\\"]",\n2\n]')).toEqual([2, 3]));
  it('nested arrays are one element', () => expect(arrayElementLines('[\n[1,\n2],\n3]')).toEqual([2, 4]));
  it('an empty array', () => expect(arrayElementLines('[ ]')).toEqual([]));
});

describe('parseRecordsText', () => {
  it('NDJSON with line numbers', () => {
    const p = parseRecordsText(`${line({ a: 1 })}\n\n${line({ a: 2 })}\n`);
    expect(p.values.map((v) => v.line)).toEqual([1, 3]);
  });
  it('one object', () => expect(parseRecordsText('\n\n{"a":1}\n').values).toEqual([{ line: 3, value: { a: 1 } }]));
  it('an array (--pretty output)', () =>
    expect(parseRecordsText('[\n  {"a":1},\n  {"a":2}\n]\n').values).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
    ]));
  it('a byte order mark is ignored', () => expect(parseRecordsText('\uFEFF{"a":1}').ok).toBe(true));
  it('an empty file holds no records', () => expect(parseRecordsText('  \n').values).toEqual([]));
  it('a bad line is reported with its number, the others still read', () => {
    const p = parseRecordsText(`${line({ a: 1 })}\n{oops\n${line({ a: 3 })}\n`);
    expect(p.ok).toBe(false);
    expect(p.values.map((v) => v.line)).toEqual([1, 3]);
    expect(p.ok === false && p.errors.map((e) => e.line)).toEqual([2]);
  });
  it('CRLF line endings', () => expect(parseRecordsText(`${line({ a: 1 })}\r\n${line({ a: 2 })}\r\n`).values.length).toBe(2));
});

describe('problemsOf', () => {
  it('a valid document record', () => expect(problemsOf(handRecord())).toEqual([]));
  it('a manifest is checked against its own schema', () => expect(problemsOf(buildManifest({ name: 'p', version: '1' }, []))).toEqual([]));
  it('a broken manifest', () => expect(problemsOf({ schema: 'plan-extract/manifest@1' }).length).toBe(1));
  it('a schema-valid record with a wrong span', () => {
    const r = handRecord();
    expect(problemsOf({ ...r, dates: [{ ...r.dates[0]!, span: [0, 4] }] })).toEqual([
      '✖ dates[0]: text.slice(span) is "东坡乡2", expected "6月底前"',
    ]);
  });
  it('an unknown schema', () => expect(problemsOf({ schema: 'x' })[0]).toContain('unknown schema "x"'));
});

describe('validateFiles', () => {
  it('all valid: exit 0 and a summary', async () => {
    const root = tempTree({ 'a.ndjson': `${line(handRecord())}\n` });
    const r = await validateFiles([join(root, 'a.ndjson')]);
    expect([r.exitCode, r.records, r.invalid, r.messages]).toEqual([0, 1, 0, ['plan-extract validate: 1 record in 1 file, all valid']]);
  });
  it('invalid records: exit 1, file:line', async () => {
    const root = tempTree({ 'a.ndjson': `${line(handRecord())}\n${line({ ...handRecord(), type: 'memo' })}\n` });
    const r = await validateFiles([join(root, 'a.ndjson')]);
    expect(r.exitCode).toBe(1);
    expect(r.messages[0]?.startsWith(`${join(root, 'a.ndjson')}:2: invalid record:\n  ✖ `)).toBe(true);
    expect(r.messages.at(-1)).toBe('plan-extract validate: 2 records in 1 file, 1 problem');
  });
  it('a folder: its .json and .ndjson files', async () => {
    const root = tempTree({ 'a.json': line(handRecord()), 'b/c.ndjson': line(handRecord()), 'd.txt': 'not records' });
    const r = await validateFiles([root]);
    expect([r.exitCode, r.records]).toEqual([0, 2]);
  });
  it('a missing file is a usage error', async () => expect((await validateFiles(['/nonexistent.ndjson'])).exitCode).toBe(2));
  it('no files is a usage error', async () => expect((await validateFiles([])).exitCode).toBe(2));
  it('caps the messages of a very bad file', async () => {
    const root = tempTree({ 'a.ndjson': 'x\n'.repeat(30) });
    const r = await validateFiles([join(root, 'a.ndjson')]);
    expect(r.messages.length).toBe(22);
    expect(r.messages[20]).toBe(`${join(root, 'a.ndjson')}: … and 10 more problems`);
  });
});
