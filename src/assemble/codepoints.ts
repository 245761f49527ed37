// The contract counts spans in code points; the pipeline works in UTF-16 indices.

/** A function mapping UTF-16 offsets of `text` to code-point offsets (identity for BMP-only text). */
export function codePointMapper(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp; // inside a pair: round down to the pair's start
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (offset) => map[offset] ?? cp;
}

type Spanned = { span: [number, number] };

/** Deep copy of `items` with every `span` (also in `children`) mapped through `toCp`. */
export function mapSpans<T extends Spanned>(items: readonly T[], toCp: (o: number) => number): T[] {
  return items.map((item) => {
    const span: [number, number] = [toCp(item.span[0]), toCp(item.span[1])];
    const children = (item as { children?: unknown }).children;
    return Array.isArray(children)
      ? { ...item, span, children: mapSpans(children as Spanned[], toCp) }
      : { ...item, span };
  });
}
