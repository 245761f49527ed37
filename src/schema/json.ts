// JSON Schema generated from the zod schemas (the published form of the contract).
import { z } from 'zod';
import { DocumentRecord, ErrorRecord } from './document.js';

export type SchemaName = 'document' | 'error';

const SCHEMA_IDS: Record<SchemaName, string> = {
  document: 'https://plan-extract.dev/schemas/document.schema.json',
  error: 'https://plan-extract.dev/schemas/error.schema.json',
};

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const schema = name === 'document' ? DocumentRecord : ErrorRecord;
  // "output" so defaults and optional fields read as what the tool writes
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output'});
  return { $id: SCHEMA_IDS[name], ...generated };
}

/** The file text as committed under schemas/: stable key order, two-space indent, final newline. */
export function jsonSchemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
