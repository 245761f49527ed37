// The last gate before a record is written: zod validation against the contract,
// plus the span check the schema cannot express (text.slice(span) === item.text).
import { z } from 'zod';
import { DocumentRecord, ErrorRecord, type OutputRecord, type Section, type Span } from '../schema/document.js';

export const DOCUMENT_SCHEMA_ID = 'plan-extract/document@1';
export const ERROR_SCHEMA_ID = 'plan-extract/error@1';

export type Checked =
  | { readonly ok: true; readonly record: OutputRecord }
  | { readonly ok: false; readonly message: string };

/** Validates one record, choosing the schema by its `schema` field. Never throws. */
export function validateRecord(value: unknown): Checked {
  const id = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  if (id === DOCUMENT_SCHEMA_ID) return fromParse(DocumentRecord.safeParse(value));
  if (id === ERROR_SCHEMA_ID) return fromParse(ErrorRecord.safeParse(value));
  const shown = id === undefined ? 'no "schema" field' : `unknown schema ${JSON.stringify(id)}`;
  return { ok: false, message: `${shown} (expected "${DOCUMENT_SCHEMA_ID}" or "${ERROR_SCHEMA_ID}")` };
}

function fromParse(result: z.ZodSafeParseResult<OutputRecord>): Checked {
  return result.success ? { ok: true, record: result.data } : { ok: false, message: z.prettifyError(result.error) };
}

/** Code-point slice, as users of other languages will slice `text` with a span. */
export function sliceCodePoints(codePoints: readonly string[], span: Span): string {
  return codePoints.slice(span[0], span[1]).join('');
}

/**
 * Span problems of a document record, one readable line each (empty when all is well).
 * Records without `text` (--no-text) are not checked.
 */
export function checkSpans(record: OutputRecord): string[] {
  if (record.schema !== DOCUMENT_SCHEMA_ID || record.text === undefined) return [];
  const text = record.text;
  // code points are UTF-16 units unless the text holds a surrogate pair: only then is it split
  // into an array of code points (one string each: many times the text's size)
  const cps = /[\uD800-\uDBFF]/.test(text) ? Array.from(text) : null;
  const length = cps ? cps.length : text.length;
  const slice = (span: Span): string => (cps ? sliceCodePoints(cps, span) : text.slice(span[0], span[1]));
  const problems: string[] = [];
  const inBounds = (where: string, span: Span): boolean => {
    if (span[0] <= span[1] && span[1] <= length) return true;
    problems.push(`${where}: span [${span[0]}, ${span[1]}] is outside the text (${length} code points)`);
    return false;
  };
  const sameText = (where: string, span: Span, text: string): void => {
    if (!inBounds(where, span)) return;
    const got = slice(span);
    if (got !== text) problems.push(`${where}: text.slice(span) is ${JSON.stringify(got)}, expected ${JSON.stringify(text)}`);
  };
  const walk = (sections: readonly Section[], parent: Span | null, path: string): void => {
    sections.forEach((s, i) => {
      const where = `${path}[${i}] (section ${s.id})`;
      if (inBounds(where, s.span) && parent && (s.span[0] < parent[0] || s.span[1] > parent[1])) {
        problems.push(`${where}: span [${s.span[0]}, ${s.span[1]}] is not inside its parent's [${parent[0]}, ${parent[1]}]`);
      }
      walk(s.children, s.span, `${where}.children`);
    });
  };
  walk(record.sections, null, 'sections');
  record.metrics.forEach((m, i) => sameText(`metrics[${i}]`, m.span, m.text));
  record.dates.forEach((d, i) => sameText(`dates[${i}]`, d.span, d.text));
  if (record.issued?.span) sameText('issued', record.issued.span, record.issued.text);
  record.warnings.forEach((w, i) => {
    if (w.span) inBounds(`warnings[${i}]`, w.span);
  });
  return problems;
}
