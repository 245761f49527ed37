// The package's public API (src/index.ts): the records the CLI prints, their schemas, the CSV table.
import { describe, expect, it } from 'vitest';
import { DocumentRecord, extractText, jsonSchema, metricsCsv } from '../../src/index.js';

const PLAN = '某县2025年教育工作要点\n一、工作目标\n新建幼儿园3所,投入资金约1200万元。';

describe('library API', () => {
  it('extractText returns records that the exported zod schema accepts', () => {
    const [record] = extractText(PLAN);
    expect(DocumentRecord.safeParse(record).success).toBe(true);
    expect(record?.type).toBe('work_plan');
  });
  it('jsonSchema gives the published document schema', () =>
    expect(Object.keys((jsonSchema('document').$defs ?? {}) as object)).toContain('Metric'));
  it('metricsCsv makes one row per metric after the header', () => {
    const csv = metricsCsv(extractText(PLAN));
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  });
});
