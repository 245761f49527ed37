// Titles from metadata (front matter `title:`, <title>, og:title, PDF and Word properties) with the
// site's decorations removed: 站名->标题 | site.com, 标题_站名, 标题 - 站名.
import { DOC_KIND_WORDS, SITE_TITLE_SEPARATORS } from './lexicon.js';
import { cleanTitle } from './text.js';

/** A piece that is a web address or a domain (hrbeu.com.cn, www.gov.cn). */
const DOMAIN = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
const MIN_TITLE = 4;
/** Han characters a metadata title needs to name a Chinese document. */
const MIN_HAN = 2;

const hasKindWord = (s: string): boolean => DOC_KIND_WORDS.some((k) => s.includes(k.word));

/** Splits on every separator a site may use, keeping pieces in order. */
function pieces(raw: string): string[] {
  let parts = [raw];
  for (const sep of SITE_TITLE_SEPARATORS) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim()).filter((p) => p !== '' && !DOMAIN.test(p));
}

/**
 * The document's title inside a metadata title: the piece naming a kind of document (方案, 报告 …),
 * else the longest piece; null when nothing title-like is left.
 */
export function cleanSiteTitle(raw: string): string | null {
  const list = pieces(raw);
  const named = list.filter(hasKindWord);
  const pick = (named.length > 0 ? named : list).reduce<string | null>((best, p) => (best === null || p.length > best.length ? p : best), null);
  if (pick === null) return null;
  const title = cleanTitle(pick);
  // a file name or a program's label (taiwan-plan, Document1) is no title of a Chinese document
  return title.length >= MIN_TITLE && (title.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_HAN ? title : null;
}

/** A news headline's label in brackets before the title: 【一图读懂】, [图解]. */
const LEADING_LABEL = /^(?:【[^【】]{1,10}】|\[[^[\]]{1,10}\])\s*/;

/**
 * The document a notice-like title or a news headline carries: 学校印发《X》 → X; 关于转发某委《X》的通知
 * → X; 关于印发X的通知 → X; 每年投入1000万学校发布“Y”专项行动方案 → “Y”专项行动方案; else the title itself.
 */
export function carriedTitle(title: string): string {
  const t = title.replace(LEADING_LABEL, '');
  // 转发区建设管理委《X》: the organ whose document is forwarded may stand before the quoted name
  const quoted = /(?:印发|转发|下发|颁发|发布|公布|出台)[^《》,，。;；]{0,20}?《([^《》]{4,80})》/.exec(t);
  if (quoted?.[1]) return quoted[1];
  const bare = /关于(?:印发|转发|下发|公布|发布)(.{4,80}?)的通知$/.exec(t);
  if (bare?.[1]) return bare[1].replace(/^《|》$/g, '');
  // X管委会印发Y工作要点的通知: the organ's notice without 关于, when Y names a plan or report
  const organs = /(?:印发|转发|下发)(.{4,80}?)的通知$/.exec(t);
  if (organs?.[1] && DOC_KIND_WORDS.some((k) => organs[1]?.endsWith(k.word))) return organs[1];
  const headline = /(?:印发|发布|出台|制定)(.{4,60})$/.exec(t);
  if (headline?.[1] && DOC_KIND_WORDS.some((k) => headline[1]?.endsWith(k.word))) return headline[1];
  return t;
}
