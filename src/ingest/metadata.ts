// Metadata that files carry beside their text, as plain data for the facts stage: Markdown front
// matter, web-page <title>/<meta>, PDF Info, Word's core properties. Only titles and the dates that
// name the document (published) or the file (created) are kept; modification, scrape and export
// dates are not the document's date and are dropped here.
import type { Metadata, MetadataDate, MetadataOrigin, MetadataTitle } from '../types.js';
import { isoFromMetadata } from '../text/iso-date.js';

/** Keys (lowercased) holding the document's title. */
export const TITLE_KEYS: readonly string[] = [
  'title', 'og:title', 'articletitle', 'dc.title', 'dc:title', 'twitter:title', '标题', '题名', '文件名称', '文章标题', '名称',
];
/** Keys (lowercased) naming the organ that issued the document (government site exports and scrapers). */
export const ISSUER_KEYS: readonly string[] = ['发布单位', '发文单位', '发布机构', '发文机关', '发布机关', '制发机关', '成文单位', '发文机构'];
/** Keys holding the document number (宝月府〔2025〕2号). */
export const DOC_NUMBER_KEYS: readonly string[] = ['文号', '发文字号', '文件编号'];
/** Keys (lowercased) holding the date the document was published or written. */
export const PUBLISHED_KEYS: readonly string[] = [
  'date', 'publishdate', 'pubdate', 'published', 'publish_date', 'publishtime', 'publish_time', 'article:published_time',
  'firstpublishedtime', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'issued', 'release_date', '发布日期', '成文日期', '发文日期',
  '发布时间', '发文时间', '印发日期',
];
/** Keys (lowercased) holding the date the file was made: weak evidence of the document's date. */
export const CREATED_KEYS: readonly string[] = ['creationdate', 'createdate', 'xmp:createdate', 'dcterms:created', 'created'];

/** Metadata from `key → value` pairs read by one reader (first title and first date of each strength win). */
export function metadataOf(pairs: readonly (readonly [string, string])[], origin: MetadataOrigin): Metadata {
  const titles: MetadataTitle[] = [];
  const dates: MetadataDate[] = [];
  const issuers: MetadataTitle[] = [];
  const docNumbers: MetadataTitle[] = [];
  for (const [rawKey, rawValue] of pairs) {
    const key = rawKey.trim().toLowerCase();
    const value = rawValue.trim();
    if (value === '') continue;
    if (TITLE_KEYS.includes(key)) titles.push({ value, origin, key });
    if (ISSUER_KEYS.includes(key)) issuers.push({ value, origin, key });
    if (DOC_NUMBER_KEYS.includes(key)) docNumbers.push({ value, origin, key });
    const strength = PUBLISHED_KEYS.includes(key) ? 'published' : CREATED_KEYS.includes(key) ? 'created' : null;
    if (!strength) continue;
    const iso = isoFromMetadata(value);
    if (iso) dates.push({ value: iso, origin, key, strength });
  }
  // published dates first: the facts stage reads them before created ones
  dates.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'published' ? -1 : 1));
  return { titles, dates, ...(issuers.length > 0 ? { issuers } : {}), ...(docNumbers.length > 0 ? { docNumbers } : {}) };
}

/** `key: value` (YAML) and `key = "value"` (TOML) lines of a front matter block, scalars only. */
export function frontMatterPairs(lines: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const line of lines) {
    // keys in English (Hugo, Jekyll, Hexo) or Chinese (标题: , 文号: , 发布单位: as government exports write them)
    const m = /^([A-Za-z_\p{Script=Han}][\w.:\p{Script=Han}-]*)[ \t]*[:=：][ \t]*(.*)$/u.exec(line);
    if (!m?.[1]) continue;
    const value = (m[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    // lists and nested maps start on the next lines: nothing to read here
    if (value === '' || value.startsWith('[') || value.startsWith('{') || value === '|' || value === '>') continue;
    out.push([m[1], value]);
  }
  return out;
}
