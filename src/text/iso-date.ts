// Dates as metadata writes them (2022-04-30 01:22:15, 2024-01-10T08:00:00+08:00, D:20250115093000+08'00',
// 2024年1月10日, 2024/1/10) → ISO YYYY[-MM[-DD]], or null when the value is not a plausible date.

const pad = (n: number): string => String(n).padStart(2, '0');
const FORMS: readonly RegExp[] = [
  // PDF dates: D:YYYYMMDDHHmmSS… (every field after the year optional)
  /^D:(?<y>\d{4})(?<m>\d{2})?(?<d>\d{2})?/,
  // 2024-01-10, 2024/1/10, 2024.1.10, optionally followed by a time
  /^(?<y>\d{4})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?(?![\d])/,
  // 2024年1月10日
  /^(?<y>\d{4})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?)?/,
  // 20240110
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?!\d)/,
];

/** Earliest and latest years accepted as a document's date. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

export function isoFromMetadata(raw: string): string | null {
  const value = raw.trim().replace(/^["']|["']$/g, '');
  for (const form of FORMS) {
    const g = form.exec(value)?.groups;
    if (!g?.y) continue;
    const y = Number(g.y);
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    if (!g.m) return String(y);
    const m = Number(g.m);
    if (m < 1 || m > 12) return null;
    if (!g.d) return `${y}-${pad(m)}`;
    const d = Number(g.d);
    if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
    return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}
