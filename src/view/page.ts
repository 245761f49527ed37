// The frame every page of the review site shares: language, viewport, the stylesheet and the script
// beside it (relative links only, so the site works from file:// and offline).
import { escapeHtml } from './escape.js';

export interface PageFrame {
  /** The page's <title>, unescaped. */
  readonly title: string;
  /** `../` for pages under docs/, '' for the index. */
  readonly root: string;
  /** The body's class (index or doc). */
  readonly kind: 'index' | 'doc';
  /** The body's HTML, already escaped. */
  readonly body: string;
  /** JSON for the script (already made safe with jsonForScript), or null. */
  readonly data: string | null;
}

export function page(frame: PageFrame): string {
  const data = frame.data === null ? '' : `<script type="application/json" id="data">${frame.data}</script>\n`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-extract view">
<title>${escapeHtml(frame.title)}</title>
<link rel="stylesheet" href="${frame.root}assets/view.css">
</head>
<body class="${frame.kind}">
<a class="skip" href="#main">跳到内容 Skip to content</a>
${frame.body}
<div id="pop" class="pop" role="tooltip" hidden></div>
${data}<script src="${frame.root}assets/view.js"></script>
</body>
</html>
`;
}

/** A <table> whose columns sort when their header button is pressed (view.js). */
export function sortableTable(caption: string, columns: readonly string[], rows: readonly string[], extraClass = ''): string {
  const head = columns
    .map((c, i) => `<th scope="col" aria-sort="none"><button type="button" data-col="${i}">${escapeHtml(c)}</button></th>`)
    .join('');
  return `<table class="sortable ${extraClass}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** One cell of a sortable table: shown HTML, and the value it sorts by. */
export function cell(html: string, sortValue: string | number | null, tag: 'td' | 'th' = 'td'): string {
  const v = sortValue === null ? '' : ` data-v="${escapeHtml(sortValue)}"`;
  return `<${tag}${tag === 'th' ? ' scope="row"' : ''}${v}>${html}</${tag}>`;
}
