// Least and greatest of a list without spreading it into arguments: Math.max(...xs) overflows the
// call stack past about a hundred thousand values, which an adversarial document reaches.

/** The greatest value, or `empty` for an empty list (Math.max() gives -Infinity). */
export function maxOf(values: Iterable<number>, empty: number = Number.NEGATIVE_INFINITY): number {
  let best = empty;
  let any = false;
  for (const v of values) {
    if (!any || v > best) best = v;
    any = true;
  }
  return best;
}

/** The least value, or `empty` for an empty list (Math.min() gives Infinity). */
export function minOf(values: Iterable<number>, empty: number = Number.POSITIVE_INFINITY): number {
  let best = empty;
  let any = false;
  for (const v of values) {
    if (!any || v < best) best = v;
    any = true;
  }
  return best;
}

/** Appends `items` to `into` one by one (push(...items) overflows the stack on long lists). */
export function append<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) into.push(item);
}
