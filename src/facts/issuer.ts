// The issuer: the organ that issues or signs the document. Sources, first found wins:
// byline → closing signature → notice line → letterhead → header signature → organ line →
// speaker (我代表X向大会报告) → title prefix (incl. joint issuers) → document-number code.
import { organOfCode } from './doc-number.js';
import { BYLINE_POSTS, NAMED_ORGANS } from './lexicon.js';
import { hanRunBefore, isOrganName, isSpecificOrgan, ORGAN_MAX, ORGAN_MIN, organEnding } from './organs.js';
import { closingSignature, type Signature, signatures, signedOnly } from './signature.js';
import type { IssuerSource } from './types.js';
import { insideBookTitle } from '../text/book-title.js';

export interface Found {
  readonly value: string;
  readonly span: readonly [number, number];
}

export interface IssuerFound {
  readonly value: string;
  readonly source: IssuerSource;
}

/** How much of the start holds a byline or a speaker's sentence. */
const BYLINE_REACH = 600;
const POSTS = [...BYLINE_POSTS].sort((a, b) => b.length - a.length).join('|');
/**
 * 区长 张某 / 代区长 张某某 at the end of a line: a post, then a 2–4 character name (spaces between
 * allowed); in flattened text, before the salutation that opens the report (… 张某 主任、各位副主任).
 */
const BYLINE = new RegExp(`(?:代|副)?(?:${POSTS})[ \\t]*\\p{Script=Han}(?:[ \\t]?\\p{Script=Han}){1,3}[ \\t]*(?=\\n|$|(?<=[ \\t])(?:主任|各位|同志们))`, 'gu');

/** The organ of a report's byline: 海拉尔区人民政府代区长 张某 → 海拉尔区人民政府; 国务院总理 李某 → 国务院. */
export function bylineIssuer(text: string, end: number): Found | null {
  const head = text.slice(0, Math.min(end, BYLINE_REACH));
  for (const m of head.matchAll(BYLINE)) {
    const { run, start } = hanRunBefore(head, m.index, ORGAN_MAX + 30);
    const name = organEnding(run);
    if (name) {
      const at = start + run.length - name.length;
      return { value: name, span: [at, at + name.length] };
    }
    // 自治区人民政府主席 张某: the government of the place whose congress hears the report
    const matched = GENERIC_GOVERNMENT.exec(run);
    // without 人民政府 only the level standing alone before the post (自治区主席), not a place's end (某某市)
    const generic = matched && (matched.groups?.['gov'] !== undefined || run === matched[0]) ? matched : null;
    const place = CONGRESS_PLACE.exec(head)?.[1];
    const level = generic?.groups?.['level'];
    if (generic && place && level && place.endsWith(level) && place.length > level.length) {
      const at = start + generic.index;
      // 自治区主席 张某: the level alone before the post names its people's government
      return { value: `${place}${generic.groups?.['gov'] ?? '人民政府'}`, span: [at, at + generic[0].length] };
    }
  }
  return null;
}

/** A government named only by its level in a byline (自治区人民政府主席, 市政府市长, 自治区主席). */
const GENERIC_GOVERNMENT = /(?<level>自治区|自治州|自治县|省|市|县|区|旗|盟|州|镇|乡)(?<gov>人民政府|政府)?$/u;
/** The place whose people's congress a date line names: 在宁夏回族自治区第十三届人民代表大会第四次会议上. */
const CONGRESS_PLACE = /在(\p{Script=Han}{2,20}?)第[一二三四五六七八九十]{1,3}届人民代表大会/u;

/** 现在,我代表国务院,向大会报告政府工作: the speaker's organ, when it says which one. */
const SPEAKER = /我代表(\p{Script=Han}{2,30}?)[,，]?向(?:大会|本次大会|会议|全会)/u;

export function speakerIssuer(text: string): Found | null {
  const m = SPEAKER.exec(text.slice(0, BYLINE_REACH));
  const name = m?.[1];
  if (!m || !name || !isSpecificOrgan(name)) return null;
  const at = m.index + 3;
  return { value: name, span: [at, at + name.length] };
}

const NOTICE_ISSUER = /(\p{Script=Han}{2,40})关于(?:印发|转发|下发)/gu;
/** Joint organs on the line above a notice title (海南省农业农村厅 海南省财政厅 / 关于印发…的通知). */
const ORGANS_ABOVE = /(?:^|\n)[ \t]*(\p{Script=Han}{2,30}(?:[ \t]+\p{Script=Han}{2,30}){0,4})[ \t]*\n[ \t]*关于(?:印发|转发|下发)/u;

/**
 * The organ issuing a notice line: 灞源镇中心学校关于印发《…》的通知, or the organs on the line above
 * it; never a notice the text cites (根据《某部办公厅关于印发<…>的通知》).
 */
export function noticeIssuer(text: string, end: number): Found | null {
  const head = text.slice(0, end);
  const above = ORGANS_ABOVE.exec(head);
  const names = above?.[1]?.trim().split(/[ \t]+/) ?? [];
  if (above && names.length > 0 && names.every(isOrganName)) {
    const at = above.index + above[0].indexOf(above[1] as string);
    return { value: names.join(' '), span: [at, at + (above[1] as string).trim().length] };
  }
  for (const m of head.matchAll(NOTICE_ISSUER)) {
    if (insideBookTitle(head, m.index, m.index + m[0].length, CITATION)) continue;
    const run = m[1] ?? '';
    const cut = run.lastIndexOf('号');
    const name = run.slice(cut + 1);
    const start = m.index + cut + 1;
    return isOrganName(name) ? { value: name, span: [start, start + name.length] } : null;
  }
  return null;
}

/** How far a citation's 《 and 》 may stand from a notice line inside it, on its line. */
const CITATION = { reach: 60, sameLine: true } as const;

/** A letterhead line: 某县教育局文件, 中共某县委员会文件 (red-headed documents). */
const LETTERHEAD = /(?<=^|\n)[ \t]*(\p{Script=Han}{3,30}?)[ \t]*文件[ \t]*(?=\n|$)/u;

export function letterheadIssuer(text: string, end: number): Found | null {
  const m = LETTERHEAD.exec(text.slice(0, end));
  const name = m?.[1];
  if (!m || !name || !isOrganName(name)) return null;
  const at = m.index + m[0].indexOf(name);
  return { value: name, span: [at, at + name.length] };
}

/** Non-empty lines at the top that may hold an organ's name when the title's place is unknown. */
const TOP_ORGAN_LINES = 3;

/**
 * A header line holding only an organ's name, next to the title (XX小学 above or below it); when
 * the title was not read from the text, one of the first lines. A site's menu (新闻中心) is neither.
 */
export function organLine(text: string, end: number, titleSpan: readonly [number, number] | null = null): Found | null {
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of text.slice(0, end).split('\n')) {
    if (line.trim() !== '') lines.push({ text: line, at });
    at += line.length + 1;
  }
  let candidates = lines.slice(0, TOP_ORGAN_LINES);
  if (titleSpan) {
    const i = lines.findIndex((l) => l.at <= titleSpan[0] && titleSpan[0] <= l.at + l.text.length);
    candidates = i < 0 ? candidates : [lines[i - 1], lines[i + 1]].filter((l): l is { text: string; at: number } => l !== undefined);
  }
  for (const line of candidates) {
    const name = line.text.trim();
    // one organ, or organs issuing jointly (中共某省委 某省人民政府)
    const organs = name.split(/\s+/);
    if (organs.length <= JOINT_MAX && organs.every(isOrganName)) {
      const start = line.at + line.text.indexOf(name);
      return { value: organs.join(' '), span: [start, start + name.length] };
    }
  }
  return null;
}

/** Most organs issuing one document together. */
const JOINT_MAX = 3;

/** How much of the end holds a bulletin's closing (万载县统计局) line. */
const SIGNER_TAIL = 800;
const PARENTHESIZED = /(?<=^|\n)[ \t]*[(（]([^()（）\n]{4,30})[)）][ \t]*(?=\n|$)/g;

/** A press release's or bulletin's issuer in parentheses on its own line near the end: (万载县统计局). */
export function parenthesizedSigner(text: string): Found | null {
  const from = Math.max(0, text.length - SIGNER_TAIL);
  let last: Found | null = null;
  for (const m of text.slice(from).matchAll(PARENTHESIZED)) {
    const name = m[1] ?? '';
    if (!isSpecificOrgan(name)) continue;
    const at = from + m.index + m[0].indexOf(name);
    last = { value: name, span: [at, at + name.length] };
  }
  return last;
}

/**
 * What follows an organ's name at the start of a title: a year (2024, 二〇二四, or an ROC year written
 * with 年: 教育部105年度…计划, 112学年度), 关于, a quoted name (“…” or Taiwan's 「…」), or its meeting's number (第26届).
 */
const AFTER_TITLE_ORGAN = /^(?:\d{4}|[〇零一二]{4}|1\d{2}学?年|关于|[“「『]|《|第[\d一二三四五六七八九十]{1,3}[届次])/;
/** Suffixes that end a full organ's name even with no year or 关于 after it (哈尔滨工程大学机关作风建设方案). */
const STRONG_SUFFIXES: readonly string[] = ['大学', '学院', '人民政府', '委员会', '教育局', '中心学校', '中学', '小学', '公司', '医院', '党委', '党组', '党工委', '研究院', '学会', '协会', '联合会', '基金会'];

/** Splits 中共中央国务院 or 中共中央 国务院 into the organs it names, or null when it is not a list of organs. */
function jointOrgans(s: string): string[] | null {
  const spaced = s.trim().split(/[\s、,，]+/).filter(Boolean);
  if (spaced.length > 1) return spaced.every(isOrganName) ? spaced : null;
  const out: string[] = [];
  let rest = s;
  while (rest !== '') {
    const named = NAMED_ORGANS.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    if (!named) return null;
    out.push(named);
    rest = rest.slice(named.length);
  }
  return out.length > 1 ? out : null;
}

/**
 * The organ a title starts with (城关中学2015年工作计划 → 城关中学), the joint issuers before 关于
 * (中共中央 国务院关于… → 中共中央 国务院), or a university, government or company whose name
 * opens the title (哈尔滨工程大学机关作风建设行动方案). A county alone (西山县2017年…) is not an organ.
 */
/** The first name of a field listing organs (X、Y; X Y), when it is a specific organ's. */
function firstOrgan(value: string): string | null {
  const name = value.trim().split(/[ 、,，;；。]+/)[0] ?? '';
  return isSpecificOrgan(name) ? name : null;
}

/** 主办单位:新北市政府 — the organizer an event's plan names in its fields. */
const ORGANIZER_FIELD = /(?:^|\n)[^\n]{0,6}?(?:主办单位|主办机关|主办)[ \t]*[:：][ \t]*([^\n]{2,80})/;

/** The organizer a plan names (主办单位: X, the first of several), when it is a specific organ. */
export function organizerIssuer(text: string): Found | null {
  const m = ORGANIZER_FIELD.exec(text);
  const name = firstOrgan(m?.[1] ?? '');
  if (!m || name === null) return null;
  const start = m.index + m[0].indexOf(name);
  return { value: name, span: [start, start + name.length] };
}

export function titleIssuer(title: string | null): string | null {
  if (!title) return null;
  const about = title.indexOf('关于');
  if (about > 0) {
    const joint = jointOrgans(title.slice(0, about));
    if (joint) return joint.join(' ');
  }
  const bare = title.replace(/\s+/g, '');
  for (let end = Math.min(bare.length - 1, ORGAN_MAX); end >= ORGAN_MIN - 1; end--) {
    const name = bare.slice(0, end);
    if (!isSpecificOrgan(name)) continue;
    if (AFTER_TITLE_ORGAN.test(bare.slice(end))) return name;
    if (STRONG_SUFFIXES.some((s) => name.endsWith(s)) && bare.length - end >= ORGAN_MIN) return name;
    // a central organ named in full opens its own rules (教育部补助推动…要点), not 教育部门 (a department)
    if (NAMED_ORGANS.includes(name) && bare[end] !== '门' && bare.length - end >= ORGAN_MIN) return name;
  }
  return null;
}

export interface IssuerInput {
  readonly text: string;
  /** Where the body starts (the first top-level section), for header-only sources. */
  readonly headerEnd: number;
  /** The title as written (spaces kept: 中共中央 国务院关于…), or null. */
  readonly title: string | null;
  /** The code of the document number (灞校发), or null. */
  readonly numberCode: string | null;
  /** The closing signature, when the facts stage found one. */
  readonly closing?: Signature | undefined;
  /** Where the title stands in the text, when it was read from it. */
  readonly titleSpan?: readonly [number, number] | null;
}

/** The issuer and where it came from, or null. */
export function findIssuer(input: IssuerInput): IssuerFound | null {
  const { text, headerEnd: end } = input;
  const found = (value: string | null | undefined, source: IssuerSource): IssuerFound | null => (value ? { value, source } : null);
  return (
    found(bylineIssuer(text, end)?.value, 'byline') ??
    found(('closing' in input ? input.closing : closingSignature(text, end))?.issuer, 'signature') ??
    found(noticeIssuer(text, end)?.value, 'notice') ??
    found(letterheadIssuer(text, end)?.value, 'letterhead') ??
    found(signedOnly(signatures(text, 0, end))[0]?.issuer, 'signature') ??
    found(parenthesizedSigner(text)?.value, 'signature') ??
    found(organLine(text, end, input.titleSpan ?? null)?.value, 'organ_line') ??
    found(speakerIssuer(text)?.value, 'speaker') ??
    found(organizerIssuer(text)?.value, 'organ_line') ??
    found(titleIssuer(input.title), 'title') ??
    found(input.numberCode ? organOfCode(input.numberCode) : null, 'doc_number')
  );
}

/**
 * The issuer a metadata field names (发布单位: 上海市宝山区月浦镇人民政府), when the document prints
 * none: an organ's name, or the first of several joined by spaces or 、.
 */
export function metadataIssuer(values: readonly string[]): IssuerFound | null {
  for (const value of values) {
    const name = firstOrgan(value);
    if (name !== null) return { value: name, source: 'metadata' };
  }
  return null;
}
