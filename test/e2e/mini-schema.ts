// A small JSON Schema (2020-12) checker for the keywords our generated schemas use, so the
// published schemas/*.json are checked against real output without another dependency.
// Unknown keywords are ignored; this is a test aid, not a general validator.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Schema = { [k: string]: Json } | boolean;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(wanted: string, v: unknown): boolean {
  const t = typeOf(v);
  return wanted === t || (wanted === 'number' && t === 'integer');
}

/** Problems of `value` against `schema` (empty when it conforms); `root` resolves "#/$defs/…" refs. */
export function checkJsonSchema(schema: Schema, value: unknown, root: Schema = schema, at = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: no value allowed`];
  const out: string[] = [];
  const s = schema;
  if (typeof s.$ref === 'string') {
    const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    const defs = typeof root === 'object' ? (root.$defs as Record<string, Schema> | undefined) : undefined;
    const target = m && defs ? defs[m[1] ?? ''] : undefined;
    if (target === undefined) return [`${at}: unresolvable $ref ${s.$ref}`];
    out.push(...checkJsonSchema(target, value, root, at));
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeof t === 'string' && typeMatches(t, value))) return [...out, `${at}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) out.push(`${at}: expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) out.push(`${at}: ${JSON.stringify(value)} not in enum`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = s[key];
    if (Array.isArray(options)) {
      const passing = options.filter((o) => checkJsonSchema(o as Schema, value, root, at).length === 0).length;
      if (passing === 0 || (key === 'oneOf' && passing > 1)) out.push(`${at}: ${passing} of the ${key} alternatives match`);
    }
  }
  if (Array.isArray(s.allOf)) for (const o of s.allOf) out.push(...checkJsonSchema(o as Schema, value, root, at));
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) out.push(`${at}: does not match ${s.pattern}`);
    if (typeof s.minLength === 'number' && Array.from(value).length < s.minLength) out.push(`${at}: shorter than ${s.minLength}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) out.push(`${at}: below ${s.minimum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) out.push(`${at}: not above ${s.exclusiveMinimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) out.push(`${at}: above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) out.push(`${at}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) out.push(`${at}: more than ${s.maxItems} items`);
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
    value.forEach((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : s.items;
      if (itemSchema !== undefined && itemSchema !== null) out.push(...checkJsonSchema(itemSchema as Schema, item, root, `${at}[${i}]`));
    });
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    if (Array.isArray(s.required)) for (const r of s.required) if (typeof r === 'string' && !(r in obj)) out.push(`${at}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      const p = props[k];
      if (p !== undefined) out.push(...checkJsonSchema(p, v, root, `${at}.${k}`));
      else if (s.additionalProperties === false) out.push(`${at}: unexpected property ${k}`);
      else if (typeof s.additionalProperties === 'object' && s.additionalProperties !== null) {
        out.push(...checkJsonSchema(s.additionalProperties as Schema, v, root, `${at}.${k}`));
      }
    }
  }
  return out;
}
