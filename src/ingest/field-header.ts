// A field header at the top of a text file: what scrapers and exports of government pages write
// before the body (标题: …, 发布时间: …, 文号: …, 发布机构: …, then a ==== 正文 ==== line). Its title
// and dates are metadata, not body text: the lines are blanked (the line count stays).
import { type Metadata, NO_METADATA } from '../types.js';
import { metadataOf } from './metadata.js';

/** Keys of a field header, and the metadata key each maps to (null: a known field of no use here). */
export const FIELD_KEYS: Readonly<Record<string, string | null>> = {
  标题: 'title', 题名: 'title', 文件名称: 'title', 文章标题: 'title', 名称: 'title', title: 'title',
  发布时间: 'publishdate', 发布日期: 'publishdate', 成文日期: 'publishdate', 发文日期: 'publishdate', 印发日期: 'publishdate',
  日期: 'publishdate', 时间: 'publishdate', date: 'publishdate', publish_date: 'publishdate',
  发文时间: 'publishdate',
  文号: '文号', 发文字号: '文号', 发布机构: '发布机构', 发文机关: '发布机构', 发文单位: '发布机构', 发布单位: '发布机构', 来源: null,
  报告人: null, 来源url: null, 官方链接: null, 层级: null, 类型: null, 状态: null, 正文: null, 索引号: null, 主题分类: null, 栏目: null,
  原文链接: null, 链接: null, 网址: null, url: null, 本地目录: null, 作者: null, 分类: null, 关键词: null, 主题词: null,
  体裁分类: null, 公开方式: null, 有效性: null, 浏览次数: null, source: null, source_url: null, author: null,
};

const FIELD_LINE = /^[ \t]*([\p{Script=Han}A-Za-z_]{1,12})[ \t]*[:：][ \t]*(.*)$/u;
/** A rule line closing the header (==========, ---- 正文 ----). */
const SEPARATOR = /^[ \t]*[=\-_*#]{3,}[ \t]*(?:正文|内容|全文|body|content)?[ \t]*[=\-_*#]*[ \t]*$/i;
/** A short note inside the header (页面链接与图片详见 links.tsv): no sentence end. */
const NOTE = /^[^。！？!?]{1,40}$/;
/** How many lines from the top a field header may span. */
const MAX_LINES = 20;
/** Known fields needed before the lines count as a header and not as a form in the body. */
const MIN_FIELDS = 3;

export interface FieldHeader {
  readonly metadata: Metadata;
  /** The text with the header's lines blanked, or the text itself when it has no header. */
  readonly text: string;
}

export function readFieldHeader(text: string): FieldHeader {
  const lines = text.split('\n');
  const pairs: [string, string][] = [];
  let fields = 0;
  let end = -1;
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const m = FIELD_LINE.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (m && key !== undefined && key in FIELD_KEYS) {
      fields++;
      end = i;
      const mapped = FIELD_KEYS[key];
      if (mapped) pairs.push([mapped, (m[2] ?? '').trim()]);
      continue;
    }
    if (SEPARATOR.test(line)) {
      if (fields >= MIN_FIELDS) end = i;
      break;
    }
    // a note between fields may stay inside the header; anything else ends it
    if (fields === 0 || !NOTE.test(line)) break;
  }
  if (fields < MIN_FIELDS) return { metadata: NO_METADATA, text };
  const blanked = lines.map((l, i) => (i <= end ? '' : l)).join('\n');
  return { metadata: metadataOf(pairs, 'field_header'), text: blanked };
}
