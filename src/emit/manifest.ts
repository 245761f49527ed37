// manifest.json, written by `--out DIR`: every input with its status and the files it produced,
// and what made them (tool and record schema versions, the options that change records), so
// that a later run can reuse them and `merge` can refuse folders made differently.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { OutputRecord } from '../schema/document.js';
import { CSV_TABLE_NAMES } from './csv.js';

export const MANIFEST_SCHEMA_ID = 'plan-extract/manifest@1';

/** The record schemas this build writes; the type check fails when src/schema moves to a new version. */
export const RECORD_SCHEMAS = {
  document: 'plan-extract/document@1',
  error: 'plan-extract/error@1',
} as const satisfies Record<string, OutputRecord['schema']>;

export const ManifestEntry = z
  .object({
    path: z.string().describe('the input as the user named it ("-" for standard input)'),
    status: z.enum(['ok', 'error']),
    documents: z.number().int().nonnegative(),
    outputs: z.array(z.string()).describe('files written, relative to the output folder, "/" separated'),
    sha256: z.string().nullable().optional().describe('of the input bytes; null when they could not be read'),
    warnings: z.array(z.string()).optional().describe('warning codes of the documents, in order, when there are any'),
    cached: z.boolean().optional().describe('true when the outputs of an earlier run were reused (same bytes, options and versions)'),
    order: z.number().int().nonnegative().optional().describe('with --shard: the place of the input among all inputs of the unsharded batch'),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    rows: z
      .object({ count: z.number().int().nonnegative(), errors: z.number().int().nonnegative() })
      .optional()
      .describe('a corpus table: its rows of documents, and how many of them failed'),
    rowErrors: z
      .array(z.object({ row: z.number().int().positive(), code: z.string(), message: z.string() }))
      .optional()
      .describe("a corpus table: each failed row's error (the table's other rows were extracted)"),
  })
  .meta({ id: 'ManifestEntry' });

/** The options that change records (--csv, --jobs, --shard do not). */
export const RecordOptions = z
  .object({
    type: z.enum(['auto', 'work_plan', 'summary_report']),
    includeText: z.boolean(),
    referenceDate: z.string().nullable(),
    vagueDates: z.boolean(),
  })
  .meta({ id: 'RecordOptions' });

const Tool = z.object({ name: z.string(), version: z.string() });
const Schemas = z.object({ document: z.string(), error: z.string() });

export const Manifest = z
  .object({
    schema: z.literal(MANIFEST_SCHEMA_ID),
    tool: Tool,
    // the fields below are written by every run since incremental runs; optional so older manifests stay valid
    schemas: Schemas.optional().describe('the record schemas of the files'),
    options: RecordOptions.optional(),
    fingerprint: z.string().optional().describe('hash of tool version, record schemas and options: equal means interchangeable outputs'),
    csv: z.array(z.enum(CSV_TABLE_NAMES)).optional().describe('CSV tables written beside the records'),
    shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }).nullable().optional(),
    counts: z.object({
      inputs: z.number().int().nonnegative(),
      ok: z.number().int().nonnegative(),
      error: z.number().int().nonnegative(),
      documents: z.number().int().nonnegative(),
      cached: z.number().int().nonnegative().optional(),
    }),
    inputs: z.array(ManifestEntry),
  })
  .meta({ id: 'Manifest', title: 'plan-extract --out manifest, version 1' });

export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Manifest = z.infer<typeof Manifest>;
export type RecordOptions = z.infer<typeof RecordOptions>;

/** What made a folder's records: two folders with the same provenance hold interchangeable records. */
export interface Provenance {
  readonly tool: { readonly name: string; readonly version: string };
  readonly schemas: { readonly document: string; readonly error: string };
  readonly options: RecordOptions;
}

/** A short stable hash of a provenance (keys in a fixed order). */
export function fingerprint(p: Provenance): string {
  const canonical = JSON.stringify([
    p.tool.name,
    p.tool.version,
    p.schemas.document,
    p.schemas.error,
    p.options.type,
    p.options.includeText,
    p.options.referenceDate,
    p.options.vagueDates,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The rest of a manifest's head besides the tool. */
export interface ManifestExtra {
  readonly provenance?: Provenance;
  readonly csv?: readonly (typeof CSV_TABLE_NAMES)[number][];
  readonly shard?: { readonly index: number; readonly count: number } | null;
}

/** The manifest for entries in input order; counts are derived, never passed in. */
export function buildManifest(tool: { name: string; version: string }, entries: readonly ManifestEntry[], extra: ManifestExtra = {}): Manifest {
  let ok = 0;
  let documents = 0;
  let cached = 0;
  for (const e of entries) {
    if (e.status === 'ok') ok++;
    documents += e.documents;
    if (e.cached) cached++;
  }
  const p = extra.provenance;
  return {
    schema: MANIFEST_SCHEMA_ID,
    tool,
    ...(p ? { schemas: { ...p.schemas }, options: { ...p.options }, fingerprint: fingerprint(p) } : {}),
    ...(extra.csv ? { csv: [...extra.csv] } : {}),
    ...(extra.shard !== undefined ? { shard: extra.shard } : {}),
    counts: { inputs: entries.length, ok, error: entries.length - ok, documents, cached },
    inputs: [...entries],
  };
}
