// Rule 8: the chrome of document-sharing sites (greetings, breadcrumbs, upload/size/page-count lines,
// disclaimers, "more" links, footer labels). Only lines whose whole shape is chrome are dropped.
import { displayWidth, PAGE_BREAK } from './chars.js';

/** Lines this close to the top (counting non-empty lines) are the header, where bare date lines are chrome too. */
export const HEADER_LINES = 12;

/** One segment of an upload-information line ("- 2021-04-13 发布 |", "- 37.5 KB |", "- 12页", "浏览:1024次"). */
export const META_SEGMENTS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'upload-date', pattern: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)? ?(?:发布|上传|更新|发表|收录)$/ },
  { id: 'file-size', pattern: /^\d+(?:\.\d+)? ?(?:KB|MB|GB|K|M|kb|mb|Kb|Mb|字节)$/ },
  { id: 'page-count', pattern: /^共? ?\d{1,4} ?页$/ },
  { id: 'count-action', pattern: /^\d+ ?(?:次|人)?(?:浏览|下载|阅读|收藏|评论|点赞|关注)$/ },
  { id: 'action-count', pattern: /^(?:浏览|下载|阅读|收藏|评论|点赞|热度)(?:量|数|次数|人数)? ?:? ?\d+ ?次?$/ },
  { id: 'labelled-meta', pattern: /^(?:上传者|贡献者|上传用户|文档格式|文件格式|文件大小|文档大小|页数|上传时间|发布时间|更新时间|所属分类|文档分类)[:：].{1,40}$/ },
  { id: 'stamp-datetime', pattern: /^(?:发布|上传|更新)?(?:时间|日期)[:：] ?\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?$/ },
];

/** A bare "时间:2022-03-04" line: chrome in the header, possibly a real field further down. */
const HEADER_DATE = /^(?:发布|上传|更新)?(?:时间|日期)[:：] ?\d{4}-\d{1,2}-\d{1,2}$/;

/** Line openings that only site pages use: greetings and breadcrumbs. */
export const CHROME_OPENINGS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'opening', pattern: /^(?:您好[,!]? ?)?欢迎(?:您)?(?:访问|光临|来到)/ },
  { id: 'breadcrumb', pattern: /^(?:当前位置|您的位置|您现在的位置|所在位置|当前页面)[:：]/ },
];

/** Footer labels that start a line of site chrome (本文标题:…, 链接地址:…, 上一篇:…). */
export const FOOTER_LABELS: readonly string[] = [
  '本文标题', '本文链接', '链接地址', '原文地址', '原文链接', '文章链接', '本文地址', '文档链接', '网址',
  '上一篇', '下一篇', '相关文档', '相关推荐', '热门文档', '相关阅读', '推荐阅读', '猜你喜欢', '更多相关', '相关搜索',
];

/** Whole lines that are site buttons or links ("查看更多", "文档介绍"). */
export const ACTION_LINES: ReadonlySet<string> = new Set([
  '文档介绍', '文档简介', '内容简介', '查看更多', '展开阅读全文', '阅读全文', '展开全文', '查看全文', '全文阅读', '点击查看全文',
  '点击下载', '下载文档', '立即下载', '免费下载', '下载本文档', '收藏', '分享', '举报', '打印', '关闭', '返回顶部',
  '返回首页', '首页', '上一页', '下一页', '加入收藏', '登录', '注册', '相关文档', '打印正文', '打印本页', '关闭窗口', '打印此页',
]);

/** Headings of a site's lists of other documents (相关文档, 猜你喜欢): the short title lines under them are chrome too. */
export const RELATED_HEADINGS: ReadonlySet<string> = new Set([
  '相关文档', '相关推荐', '热门推荐', '猜你喜欢', '猜您喜欢', '相关阅读', '推荐阅读', '延伸阅读', '热门文档', '热门文章',
  '相关文章', '相关范文', '推荐文档', '精品推荐', '精选推荐', '最新推荐', '为你推荐', '为您推荐', '更多相关', '相关搜索',
  '热门搜索', '大家都在看', '你可能喜欢', '你可能感兴趣', '您可能感兴趣', '同类文档', '最新文档', '相关文档推荐',
  '更多推荐', '热门阅读', '本类热门', '本类推荐',
]);

/** Decoration around a related-list heading: brackets, a colon, a "more" link (【相关文档】, 热门推荐 更多>>). */
const HEADING_DECOR_START = /^[[【〔<《■●◆▶#\s]+/;
const HEADING_DECOR_END = /(?:[\s:\]】〕>》»]|更多|换一换|换一批)+$/;

/** A list item of a related list: a symbol bullet before a title (· 某校2022年工作总结). */
const SYMBOL_BULLET = /^[·•▪●○◆◇■□►▶※-] ?\S/;

/** A list item ending in its posting date, as school and government sites print them (开学工作行事历[08-19]). */
const DATED_ITEM = /\S.*(?:[[【(（]\d{2}-\d{2}[\]】)）]|[[【(（]?\d{4}-\d{2}-\d{2}[\]】)）]?)$/;

/**
 * A site's link whose title was cut off, closed by its posting date (…2022学年第一学期开…[08-31]):
 * a sidebar item, alone on its line or run together with others.
 */
const DATED_ITEMS_RUN = /(?:…|\.\.\.) ?[[【]\d{2}-\d{2}[\]】]/;

/** Words of other documents' titles, which related lists are made of. */
const TITLE_CUE = /总结|计划|方案|报告|要点|范文|心得|体会|讲话|发言|汇报|述职|意见|通知|精选|通用|模板|[0-9]篇|doc|ppt|pdf/i;

/** Longest related-list item, in display width: a title, never a paragraph. */
const RELATED_ITEM_WIDTH = 60;
/** Site lists hold a dozen or two titles; a longer run of short lines is a document of its own. */
const RELATED_MAX_ITEMS = 30;
/** Longest heading line worth testing (characters). */
const RELATED_HEADING_LENGTH = 24;

/** Copyright and site-registration footers (Copyright © 2016-2024 …, 版权所有, 京ICP备…号). */
export const COPYRIGHT_LINES: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'copyright', pattern: /copyright|©|版权所有(?![者人权])/i },
  { id: 'icp', pattern: /ICP[备证]|公网安备|网安备\d/ },
];
/** Footers are short; a long line mentioning 版权所有 is body text. */
const COPYRIGHT_WIDTH = 120;

/** A "more" link left at the end of a body line (…稳定工作。 查看更多). */
const TRAILING_ACTION = /(?<=[。！？!?.;；”)]|^) ?(?:查看更多|展开阅读全文|阅读全文|展开全文|查看全文|点击查看全文|下载全文) ?(?:>>|»|>)?$/;

/** Words of site disclaimers, with weights: a line holding a weight-2 cue and scoring DISCLAIMER_SCORE or more is a disclaimer. */
export const DISCLAIMER_CUES: readonly { readonly word: string; readonly weight: number }[] = [
  { word: '本站', weight: 2 },
  { word: '网友上传', weight: 2 },
  { word: '用户上传', weight: 2 },
  { word: '侵权', weight: 2 },
  { word: '申明敬告', weight: 2 },
  { word: '免责声明', weight: 2 },
  { word: '转载请注明', weight: 2 },
  { word: '版权归', weight: 2 },
  { word: '仅供参考', weight: 1 },
  { word: '客服', weight: 1 },
  { word: '原创', weight: 1 },
  { word: '下载', weight: 1 },
  { word: '上传', weight: 1 },
  { word: '来源于', weight: 1 },
  { word: '版权', weight: 1 },
  { word: '网站', weight: 1 },
  { word: '欢迎参考', weight: 1 },
  { word: '联系我们', weight: 1 },
  { word: '删除', weight: 1 },
];
export const DISCLAIMER_SCORE = 2;
/** Lines longer than this need twice the score: a long line is more likely a body paragraph. */
const DISCLAIMER_SHORT = 200;

function disclaimerScore(line: string): number {
  let score = 0;
  let strong = false;
  for (const cue of DISCLAIMER_CUES) {
    if (!line.includes(cue.word)) continue;
    score += cue.weight;
    if (cue.weight >= DISCLAIMER_SCORE) strong = true;
  }
  // body text mentions 上传/下载 on its own; a disclaimer always names the site or the uploader
  return strong ? score : 0;
}

function isBreadcrumb(line: string): boolean {
  const separators = line.match(/ ?[>»›] ?/g)?.length ?? 0;
  return separators >= 2 && !/[。，,;；]/.test(line) && displayWidth(line) <= 120;
}

function isMetaLine(line: string, header: boolean): boolean {
  const segments = line
    .split(/[|│]/)
    .map((s) => s.replace(/^[-·•* ]+/, '').trim())
    .filter((s) => s.length > 0);
  if (segments.length === 0) return line.trim() === '|';
  return segments.every((s) => META_SEGMENTS.some((m) => m.pattern.test(s)) || (header && HEADER_DATE.test(s)));
}

/** Why a line is site chrome, or null when it is content. */
export function chromeRule(line: string, header: boolean): string | null {
  if (line.length === 0) return null;
  if (isMetaLine(line, header)) return 'meta';
  // buttons, also in brackets (【打印正文】, [关闭窗口]) and several on a line (【打印本页】【关闭窗口】)
  const buttons = line.replace(/[>»\s]+$/, '').split(/[【】[\]\s]+/).filter((b) => b !== '');
  if (buttons.length > 0 && buttons.every((b) => ACTION_LINES.has(b))) return 'action';
  const opening = CHROME_OPENINGS.find((o) => o.pattern.test(line));
  if (opening && displayWidth(line) <= 150) return opening.id;
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (/^(?:https?:\/\/|www\.)\S+$/.test(line)) return 'url';
  if (DATED_ITEMS_RUN.test(line)) return 'dated-links';
  if (FOOTER_LABELS.some((l) => line.startsWith(l)) && /^[^:：]{2,6}[:：]/.test(line) && displayWidth(line) <= 150) return 'footer';
  const copyright = COPYRIGHT_LINES.find((c) => c.pattern.test(line));
  if (copyright && displayWidth(line) <= COPYRIGHT_WIDTH && !/[。;]/.test(line)) return copyright.id;
  const score = disclaimerScore(line);
  if (score >= DISCLAIMER_SCORE * (line.length > DISCLAIMER_SHORT ? 2 : 1)) return 'disclaimer';
  return null;
}

/** Is the line the heading of a related-documents list (【猜你喜欢】, 相关阅读:)? */
export function isRelatedHeading(line: string): boolean {
  if (line.length > RELATED_HEADING_LENGTH) return false;
  const core = line.trim().replace(HEADING_DECOR_START, '').replace(HEADING_DECOR_END, '');
  return RELATED_HEADINGS.has(core);
}

function isTitleLike(line: string): boolean {
  return displayWidth(line) <= RELATED_ITEM_WIDTH && !/[。;!?]/.test(line);
}

/**
 * Indices of the lines of related-documents lists: a heading and the title lines under it. When the
 * titles run to the end of the text (bottom-of-page lists), all of them go if they read as document
 * titles; elsewhere only the symbol-bulleted lines right under the heading go, so body text that
 * resumes after the list (or a paragraph that mentions 推荐) stays.
 */
export function relatedListLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i) || !isRelatedHeading(lines[i] ?? '')) continue;
    const items: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = (lines[j] ?? '').trim();
      if (line.length === 0 || isRelatedHeading(line) || chromeRule(line, false) !== null) continue;
      if (!isTitleLike(line)) break;
      items.push(j);
    }
    const toEnd = j === lines.length;
    const titles = items.filter((k) => TITLE_CUE.test(lines[k] ?? '') || SYMBOL_BULLET.test(lines[k] ?? ''));
    if (toEnd && items.length <= RELATED_MAX_ITEMS && titles.length * 2 >= items.length) {
      for (let k = i; k < lines.length; k++) drop.add(k);
      break;
    }
    // elsewhere: the heading and its bulleted or dated titles, when it has any (a bare heading is left to chromeRule)
    const bulleted: number[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const line = (lines[k] ?? '').trim();
      if (line.length === 0) continue;
      if (!(SYMBOL_BULLET.test(line) || DATED_ITEM.test(line)) || !isTitleLike(line)) break;
      bulleted.push(k);
    }
    if (bulleted.length === 0) continue;
    drop.add(i);
    for (const k of bulleted) drop.add(k);
  }
  return drop;
}

/**
 * Chrome glued into one line of a flattened page (the body of a government site copied as one line):
 * the breadcrumb path before the title, a publish stamp with a clock time and the share buttons
 * after it, the 来源/附件下载 trailer at the end. Each rule removes only its own words; the title and
 * the body around them stay, split onto their own lines where the stamp stood.
 */
export const INLINE_CHROME: readonly { readonly id: string; readonly pattern: RegExp; readonly replace: string }[] = [
  { id: 'breadcrumb-path', pattern: /^(?:当前位置|您的位置|您现在的位置|所在位置)[:：][ \t]*[^ \t]{1,60}[ \t]+(?=\S)/, replace: '' },
  {
    id: 'stamp-and-share',
    pattern: /(?:^|[ \t]+)(?:发布|更新)?(?:时间|日期)[:：][ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:来源[:：][ \t]*[^ \t]{1,30}|微信|微博|QQ空间|分享(?:到)?|打印|关闭|收藏|【[^】\n]{0,12}】|字号[:：]?(?:[ \t]*[大中小])+))*[ \t]*/g,
    replace: '\n',
  },
  { id: 'source-trailer', pattern: /[ \t]+来源[:：][ \t]*[^ \t]{2,30}(?:[ \t]+(?:附件下载|打印本页|关闭窗口|【打印(?:本页)?】|【关闭(?:窗口)?】))*[ \t]*$/, replace: '' },
];

/** A line with its inline chrome removed (INLINE_CHROME), and how many pieces went. */
export function removeInlineChrome(line: string): { line: string; removed: number } {
  let out = line;
  let removed = 0;
  for (const rule of INLINE_CHROME) {
    const next = out.replace(rule.pattern, rule.replace);
    if (next !== out) removed++;
    out = next;
  }
  return { line: out, removed };
}

export interface NoiseRemoved {
  readonly text: string;
  readonly removed: number;
}

/** A site menu on one line: several short items between bars (公共文件夹|智慧校园|教学平台). */
const MENU_LINE = /^[^|│。，,;；]{1,10}(?:[|│][^|│。，,;；]{1,10}){2,}$/;
/** A menu item on a line of its own: a few characters, no digit, no punctuation, no numbering. */
const MENU_ITEM = /^[\p{Script=Han}A-Za-z]{1,6}$/u;
/** Fewest menu items in a row that make a menu, and how far from the top it may start (non-empty lines). */
const MENU_RUN = 5;
const MENU_REACH = 40;
/**
 * Lines of a site's top bar: the day (今天是 …, | 2023年10月11日星期三) and the version switches
 * (繁体版, 无障碍, 关怀版, 长者模式), short lines only.
 */
const TODAY_LINE = /^今天是|^[|│ ]*\d{4}年\d{1,2}月\d{1,2}日[ ]*(?:星期|周)[一二三四五六日天][|│ ]*$/;
const VERSION_SWITCH = /繁体版|简体版|无障碍|关怀版|长者模式|适老化|English/;
const TOP_BAR_WIDTH = 30;

/**
 * Indices of a site's menu at the top of a page: runs of MENU_RUN or more one-word lines, menu lines
 * with bars and the 今天是 line, before the first line of prose. Body text never runs five one-word
 * lines in a row before its first sentence; a title and its date lines are longer or hold digits.
 */
export function menuLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  let run: number[] = [];
  let seen = 0;
  const flush = (): void => {
    if (run.length >= MENU_RUN) for (const k of run) drop.add(k);
    run = [];
  };
  for (let i = 0; i < lines.length && seen < MENU_REACH; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    seen++;
    if (MENU_LINE.test(line) || TODAY_LINE.test(line) || (VERSION_SWITCH.test(line) && line.length <= TOP_BAR_WIDTH)) {
      drop.add(i);
      continue;
    }
    if (MENU_ITEM.test(line)) {
      run.push(i);
      continue;
    }
    flush();
    // the first sentence ends the page's header
    if (/[。；;]/.test(line)) break;
  }
  flush();
  return drop;
}

export function removeSiteNoise(text: string): NoiseRemoved {
  let removed = 0;
  let nonEmpty = 0;
  const out: string[] = [];
  const raws = text.split('\n');
  const plain = raws.map((raw) => raw.split(PAGE_BREAK).join(''));
  const related = new Set([...relatedListLines(plain), ...menuLines(plain)]);
  for (const [index, raw] of raws.entries()) {
    // sentinels ride along: a dropped line keeps its page breaks
    const breaks = raw.split(PAGE_BREAK).length - 1;
    const line = breaks > 0 ? raw.split(PAGE_BREAK).join('') : raw;
    if (line.trim().length === 0) {
      out.push(raw);
      continue;
    }
    nonEmpty++;
    if (related.has(index) || chromeRule(line, nonEmpty <= HEADER_LINES) !== null) {
      removed++;
      if (breaks > 0) out.push(PAGE_BREAK);
      continue;
    }
    const inline = removeInlineChrome(raw);
    removed += inline.removed;
    const trimmed = inline.line.replace(TRAILING_ACTION, '');
    if (trimmed !== inline.line) removed++;
    out.push(trimmed);
  }
  // a button written 【 / 打印本页 / 】 leaves its two brackets on lines of their own once it is gone
  const kept: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.trim() === '【' && out[i + 1]?.trim() === '】') {
      i++;
      removed++;
      continue;
    }
    kept.push(out[i] ?? '');
  }
  return { text: kept.join('\n'), removed };
}
