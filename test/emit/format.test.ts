import { describe, expect, it } from 'vitest';
import { closingChunk, ndjsonLine, prettyJson, recordChunk } from '../../src/emit/format.js';
import type { OutputRecord } from '../../src/schema/document.js';

const rec = { schema: 'plan-extract/error@1', source: { path: 'a', sha256: null, format: null }, error: { code: 'X', message: 'line1\nline2' } } as OutputRecord;

describe('ndjson', () => {
  it('one compact line', () => expect(ndjsonLine({ a: 1, b: '工作' })).toBe('{"a":1,"b":"工作"}\n'));
  it('newlines inside strings stay escaped', () => expect(ndjsonLine({ t: 'a\nb' }).split('\n').length).toBe(2));
  it('recordChunk ndjson is the line', () => expect(recordChunk(rec, 3, 'ndjson')).toBe(ndjsonLine(rec)));
  it('nothing closes an NDJSON stream', () => expect(closingChunk(5, 'ndjson')).toBe(''));
});

describe('pretty', () => {
  it('a standalone file is indented with a final newline', () => expect(prettyJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n'));
  it('the first record opens the array', () => expect(recordChunk(rec, 0, 'pretty').startsWith('[\n  {\n    "schema"')).toBe(true));
  it('later records are comma-separated', () => expect(recordChunk(rec, 1, 'pretty').startsWith(',\n  {')).toBe(true));
  it('the stream closes the array', () => expect(closingChunk(2, 'pretty')).toBe('\n]\n'));
  it('an empty stream is an empty array', () => expect(closingChunk(0, 'pretty')).toBe('[]\n'));
  it('two records make one parseable array', () => {
    const text = recordChunk(rec, 0, 'pretty') + recordChunk(rec, 1, 'pretty') + closingChunk(2, 'pretty');
    expect(JSON.parse(text)).toEqual([rec, rec]);
  });
  it('string contents are not re-indented', () => {
    const text = recordChunk(rec, 0, 'pretty') + closingChunk(1, 'pretty');
    expect((JSON.parse(text) as { error: { message: string } }[])[0]?.error.message).toBe('line1\nline2');
  });
});
