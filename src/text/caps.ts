// How many things of one kind a document may give. Real documents stay far below (a 300-page
// statistical bulletin has a few thousand figures); an adversarial text ("10%—" a million times)
// would otherwise hold hundreds of thousands of objects, in memory growing with the output rather
// than the input. What passes a cap is left out, and the record says so (TOO_MANY_ITEMS).
export const ITEM_CAPS = {
  /** Numbering-marker candidates the outline chooses among (sections come from them). */
  markers: 20_000,
  /** Metric candidates of one document (before labels and roles are worked out). */
  metrics: 20_000,
  /** Date candidates of one document. */
  dates: 20_000,
  /** Cells of one document's tables (each figure cell becomes a metric): rows past the cap are left out. */
  tableCells: 20_000,
} as const;

export type CappedKind = keyof typeof ITEM_CAPS;

/** The first `ITEM_CAPS[kind]` items (the same array when under the cap). */
export function capped<T>(kind: CappedKind, items: readonly T[]): readonly T[] {
  return items.length > ITEM_CAPS[kind] ? items.slice(0, ITEM_CAPS[kind]) : items;
}
