// The committed JSON Schemas match the zod source, are not near-empty, and zod accepts/rejects as the contract says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentRecord, ErrorRecord } from '../../src/schema/document.js';
import { jsonSchemaText, type SchemaName } from '../../src/schema/json.js';
import { handRecord } from '../cli/helpers.js';

const committed = (name: SchemaName): string => readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8');
const defsOf = (name: SchemaName): string[] => Object.keys((JSON.parse(committed(name)) as { $defs?: object }).$defs ?? {});

describe('schemas/*.schema.json', () => {
  for (const name of ['document', 'error'] as const) {
    it(`${name}.schema.json is up to date`, () => {
      // when this fails: run `npm run schemas` and commit schemas/
      expect(committed(name), `schemas/${name}.schema.json is stale: run \`npm run schemas\``).toBe(jsonSchemaText(name));
    });
  }
  it('the document schema defines the shared parts', () =>
    expect(defsOf('document')).toEqual(
      expect.arrayContaining(['DocumentRecord', 'WorkPlanRecord', 'SummaryReportRecord', 'Section', 'Metric', 'DateMention', 'Span', 'Source', 'Warning']),
    ));
  it('the document schema is not near-empty', () => expect(committed('document').length).toBeGreaterThan(5000));
  it('the document schema has an $id and the draft', () => {
    const s = JSON.parse(committed('document')) as { $id?: string; $schema?: string };
    expect([s.$id, s.$schema]).toEqual(['https://plan-extract.dev/schemas/document.schema.json', 'https://json-schema.org/draft/2020-12/schema']);
  });
  it('the error schema names the error fields', () => expect(committed('error')).toContain('"code"'));
});

const error = { schema: 'plan-extract/error@1', source: { path: 'x.pdf', sha256: null, format: 'pdf' }, error: { code: 'PDF_ENCRYPTED', message: 'm' } };

describe('DocumentRecord (zod)', () => {
  it('accepts a hand-written work plan', () => expect(DocumentRecord.safeParse(handRecord()).success).toBe(true));
  it('accepts a summary report', () => {
    const { goals: _g, tasks: _t, timeline: _l, ...rest } = handRecord();
    expect(DocumentRecord.safeParse({ ...rest, type: 'summary_report', achievements: [], problems: [], nextSteps: [] }).success).toBe(true);
  });
  it('accepts a record without text (--no-text)', () => {
    const { text: _t, ...rest } = handRecord();
    expect(DocumentRecord.safeParse(rest).success).toBe(true);
  });
  it('rejects an unknown type', () => expect(DocumentRecord.safeParse({ ...handRecord(), type: 'memo' }).success).toBe(false));
  it('rejects a missing title field', () => {
    const { title: _t, ...rest } = handRecord();
    expect(DocumentRecord.safeParse(rest).success).toBe(false);
  });
  it('rejects a bad ISO date', () => expect(DocumentRecord.safeParse({ ...handRecord(), period: { start: '2016年', end: '2016' } }).success).toBe(false));
  it('rejects a negative span', () => {
    const r = handRecord();
    expect(DocumentRecord.safeParse({ ...r, dates: [{ ...r.dates[0], span: [-1, 3] }] }).success).toBe(false);
  });
  it('rejects a bad section id', () => {
    const r = handRecord();
    expect(DocumentRecord.safeParse({ ...r, sections: [{ ...r.sections[0], id: '1.' }] }).success).toBe(false);
  });
  it('rejects a bad nested section', () => {
    const r = handRecord();
    expect(DocumentRecord.safeParse({ ...r, sections: [{ ...r.sections[0], children: [{ id: '1.1' }] }] }).success).toBe(false);
  });
  it('rejects an unknown metric dimension', () => {
    const r = handRecord();
    expect(DocumentRecord.safeParse({ ...r, metrics: [{ ...r.metrics[0], dimension: 'volume' }] }).success).toBe(false);
  });
  it('rejects a short sha256', () => {
    const r = handRecord();
    expect(DocumentRecord.safeParse({ ...r, source: { ...r.source, sha256: 'abc' } }).success).toBe(false);
  });
  it('rejects a warning code in lower case', () => expect(DocumentRecord.safeParse({ ...handRecord(), warnings: [{ code: 'x', message: 'm' }] }).success).toBe(false));
});

describe('ErrorRecord (zod)', () => {
  it('accepts an error record', () => expect(ErrorRecord.safeParse(error).success).toBe(true));
  it('accepts a null format', () => expect(ErrorRecord.safeParse({ ...error, source: { ...error.source, format: null } }).success).toBe(true));
  it('rejects a missing code', () => expect(ErrorRecord.safeParse({ ...error, error: { message: 'm' } }).success).toBe(false));
  it('rejects the document schema id', () => expect(ErrorRecord.safeParse({ ...error, schema: 'plan-extract/document@1' }).success).toBe(false));
});
