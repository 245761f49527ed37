// The built CLI on samples/: every record conforms to the contract (zod and the committed JSON
// Schemas), spans slice to their texts, and the output equals the committed expected output.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { WALK_EXTENSIONS } from '../../src/batch/walk.js';
import { checkSpans, validateRecord } from '../../src/emit/validate.js';
import { checkJsonSchema, type Schema } from './mini-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'plan-extract');
const expectedFile = join(root, 'test', 'e2e', 'expected', 'samples.ndjson');
const hasExpected = existsSync(expectedFile);

const sampleFiles = existsSync(join(root, 'samples'))
  ? readdirSync(join(root, 'samples'), { recursive: true, encoding: 'utf8' })
      .filter((f) => !f.split('/').some((p) => p.startsWith('.')) && WALK_EXTENSIONS.includes(extname(f).toLowerCase()))
      .map((f) => `samples/${f}`)
      .sort()
  : [];

let code: number | null = null;
let stdout = '';
let stderr = '';
let records: Record<string, unknown>[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  // run from the project root with a relative path, as the expected file was made
  const r = spawnSync(process.execPath, [bin, 'samples'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  code = r.status;
  stdout = r.stdout;
  stderr = r.stderr;
  records = stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
});

const schemaFile = (name: string): Schema => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as Schema;

describe('samples/ end to end', () => {
  it('samples/ holds documents', () => expect(sampleFiles.length).toBeGreaterThan(0));

  it('extracts every sample: exit 0, no error records', () => {
    expect(stderr.split('\n').filter((l) => /^plan-extract: .+?: [A-Z][A-Z0-9_]*: /.test(l))).toEqual([]);
    expect(records.filter((r) => r.schema !== 'plan-extract/document@1')).toEqual([]);
    expect(code).toBe(0);
  });

  it('every sample file gives at least one record, in sorted order', () => {
    const seen = [...new Set(records.map((r) => (r.source as { path: string }).path))];
    expect(seen).toEqual(sampleFiles);
  });

  it('every record passes the zod schemas', () => {
    const failures = records.flatMap((r, i) => {
      const v = validateRecord(r);
      return v.ok ? [] : [`record ${i + 1}: ${v.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('every record passes the committed JSON Schema files', () => {
    const doc = schemaFile('document');
    const err = schemaFile('error');
    const failures = records.flatMap((r, i) =>
      checkJsonSchema(r.schema === 'plan-extract/error@1' ? err : doc, r).map((p) => `record ${i + 1}: ${p}`),
    );
    expect(failures).toEqual([]);
  });

  it('every span slices to its item text', () => {
    const failures = records.flatMap((r, i) => {
      const v = validateRecord(r);
      return v.ok ? checkSpans(v.record).map((p) => `record ${i + 1} (${(r.source as { path: string }).path}): ${p}`) : [];
    });
    expect(failures).toEqual([]);
  });

  it('records carry the text, sections and a type', () => {
    for (const r of records) {
      expect(typeof r.text).toBe('string');
      expect(['work_plan', 'summary_report']).toContain(r.type);
    }
  });

  it.skipIf(!hasExpected)('matches test/e2e/expected/samples.ndjson (if the change is intended: npm run expected, then review the diff)', () => {
    const expected = readFileSync(expectedFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const key = (r: Record<string, unknown>): string => {
      const s = r.source as { path: string; part?: number };
      return `${s.path}#${s.part ?? 1}`;
    };
    expect(records.map(key)).toEqual(expected.map(key));
    records.forEach((r, i) => expect(r, `record ${key(r)}`).toEqual(expected[i]));
  });

  // one input alone loads only the dictionary words of its text (src/nlp/partial-dictionary.ts):
  // cuts and tags, hence records, must be those of the whole dictionary
  describe.skipIf(!hasExpected)('each sample extracted alone', () => {
    it.each(sampleFiles)('%s gives its expected records', (file) => {
      const expected = readFileSync(expectedFile, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((r) => (r.source as { path: string }).path === file);
      const r = spawnSync(process.execPath, [bin, file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
      const alone = r.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(alone).toEqual(expected);
    });
  });
});

if (!hasExpected) {
  describe('samples/ expected output', () => {
    it.skip('test/e2e/expected/samples.ndjson is absent: generate it on purpose with `npm run expected`', () => undefined);
  });
}
