// Writes schemas/*.schema.json from the zod schemas: `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, type SchemaName } from './json.js';

const names: SchemaName[] = ['document', 'error'];
for (const name of names) {
  const target = fileURLToPath(new URL(`../../schemas/${name}.schema.json`, import.meta.url));
  writeFileSync(target, jsonSchemaText(name));
  console.log(`wrote ${target}`);
}
