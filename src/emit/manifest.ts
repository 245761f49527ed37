// manifest.json, written by `--out DIR`: every input with its status and the files it produced.
import { z } from 'zod';

export const MANIFEST_SCHEMA_ID = 'plan-extract/manifest@1';

export const ManifestEntry = z
  .object({
    path: z.string().describe('the input as the user named it ("-" for standard input)'),
    status: z.enum(['ok', 'error']),
    documents: z.number().int().nonnegative(),
    outputs: z.array(z.string()).describe('files written, relative to the output folder, "/" separated'),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .meta({ id: 'ManifestEntry' });

export const Manifest = z
  .object({
    schema: z.literal(MANIFEST_SCHEMA_ID),
    tool: z.object({ name: z.string(), version: z.string() }),
    counts: z.object({
      inputs: z.number().int().nonnegative(),
      ok: z.number().int().nonnegative(),
      error: z.number().int().nonnegative(),
      documents: z.number().int().nonnegative(),
    }),
    inputs: z.array(ManifestEntry),
  })
  .meta({ id: 'Manifest', title: 'plan-extract --out manifest, version 1' });

export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Manifest = z.infer<typeof Manifest>;

/** The manifest for entries in input order; counts are derived, never passed in. */
export function buildManifest(tool: { name: string; version: string }, entries: readonly ManifestEntry[]): Manifest {
  const ok = entries.filter((e) => e.status === 'ok').length;
  return {
    schema: MANIFEST_SCHEMA_ID,
    tool,
    counts: {
      inputs: entries.length,
      ok,
      error: entries.length - ok,
      documents: entries.reduce((n, e) => n + e.documents, 0),
    },
    inputs: [...entries],
  };
}
