// A minimal ZIP reader for OOXML packages: the central directory, stored and deflated entries.
// Enough for .docx parts; anything else (zip64, encryption, other methods) is reported, never thrown past the reader.
import { checkDeclared, inflateBudget, inflateWithin, type InflateBudget } from './inflate-limit.js';

export interface ZipEntries {
  readonly names: readonly string[];
  /**
   * The entry's bytes, or null when it is absent or cannot be unpacked. Throws InflateLimitError
   * when the entries read so far would inflate beyond the archive's budget.
   */
  readonly read: (name: string) => Uint8Array | null;
  /** The sum of the sizes the entries declare once inflated. */
  readonly declared: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Opens a ZIP archive; null when the bytes are not one. `maxInflated` bounds what its entries may inflate to, together. */
export function openZip(bytes: Uint8Array, maxInflated: number | null = null): ZipEntries | null {
  const budget = inflateBudget(maxInflated);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number): number => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const entries = new Map<string, { method: number; size: number; local: number; compressed: number }>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) return entries.size > 0 ? wrap(bytes, entries, budget) : null;
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    const local = u32(at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    entries.set(name.replace(/\\/g, '/'), { method, size, local, compressed });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return wrap(bytes, entries, budget);
}

function wrap(bytes: Uint8Array, entries: ReadonlyMap<string, { method: number; size: number; local: number; compressed: number }>, budget: InflateBudget): ZipEntries {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let declared = 0;
  for (const e of entries.values()) declared += Math.max(0, e.size);
  return {
    names: [...entries.keys()],
    declared,
    read: (name) => {
      // part names are case-insensitive in OPC
      const entry = entries.get(name) ?? [...entries].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
      if (!entry || entry.local < 0 || entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== LOCAL) return null;
      const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
      const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed));
      if (entry.method === 0) return data;
      if (entry.method !== 8) return null;
      // the declared size is checked first (nothing inflated), the real one while inflating (a size can lie)
      checkDeclared(budget, entry.size, name);
      try {
        return inflateWithin(budget, data, true, name);
      } catch (err) {
        if ((err as Error).name === 'InflateLimitError') throw err;
        return null;
      }
    },
  };
}
