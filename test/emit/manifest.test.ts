import { describe, expect, it } from 'vitest';
import { buildManifest, Manifest } from '../../src/emit/manifest.js';

const tool = { name: 'plan-extract', version: '1.2.3' };

describe('buildManifest', () => {
  it('counts inputs, failures and documents', () => {
    const m = buildManifest(tool, [
      { path: 'a.txt', status: 'ok', documents: 2, outputs: ['a.part1.json', 'a.part2.json'] },
      { path: 'b.pdf', status: 'error', documents: 0, outputs: [], error: { code: 'PDF_ENCRYPTED', message: 'x' } },
    ]);
    expect(m.counts).toEqual({ inputs: 2, ok: 1, error: 1, documents: 2, cached: 0 });
  });
  it('an empty batch', () => expect(buildManifest(tool, []).counts).toEqual({ inputs: 0, ok: 0, error: 0, documents: 0, cached: 0 }));
  it('passes its own schema', () => expect(Manifest.safeParse(buildManifest(tool, [])).success).toBe(true));
  it('the schema rejects an unknown status', () =>
    expect(Manifest.safeParse({ ...buildManifest(tool, []), inputs: [{ path: 'a', status: 'maybe', documents: 0, outputs: [] }] }).success).toBe(false));
  it('keeps the entries in order', () =>
    expect(
      buildManifest(tool, [
        { path: 'z', status: 'ok', documents: 1, outputs: ['z.json'] },
        { path: 'a', status: 'ok', documents: 1, outputs: ['a.json'] },
      ]).inputs.map((e) => e.path),
    ).toEqual(['z', 'a']));
});
