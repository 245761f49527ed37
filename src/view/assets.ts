// The review site's stylesheet and script, written once into <out>/assets/. Plain CSS and vanilla
// JS, no CDN: the site works from file:// and offline. The script never parses record strings
// as HTML: it reads them from the page's JSON and sets textContent.

import type { DateKind, Dimension } from '../schema/document.js';

/** Colours of metrics by dimension and of dates by kind: [tint behind dark text (contrast above 7:1), the rule under the mark]. */
export const MARK_COLOURS: Readonly<Record<`dim-${Dimension}` | `kind-${DateKind}`, readonly [string, string]>> = {
  'dim-money': ['#fde2b8', '#9a4f00'],
  'dim-percent': ['#d7ecff', '#0b5cad'],
  'dim-count': ['#dff3dc', '#2b7a26'],
  'dim-area': ['#efe0ff', '#6b3fa0'],
  'dim-length': ['#ffe0ec', '#a8245a'],
  'dim-weight': ['#e6e6e6', '#505050'],
  'dim-duration': ['#fff3b0', '#7a6000'],
  'dim-ratio': ['#d5f5f0', '#0f766e'],
  'dim-other': ['#ececec', '#5a5a5a'],
  'kind-point': ['#e6ebfb', '#3949ab'],
  'kind-range': ['#ddf3f8', '#00687d'],
  'kind-deadline': ['#fde8e8', '#b3261e'],
  'kind-start': ['#e6f4e5', '#2e7d32'],
};

function markColours(): string {
  return Object.entries(MARK_COLOURS)
    .map(([name, [tint, rule]]) => `.${name}.m, .${name}.d, .chip.${name} { background: ${tint}; border-color: ${rule}; }`)
    .join('\n');
}

export const VIEW_CSS = `
:root { --fg: #1a1a1a; --muted: #4a4a4a; --bg: #fff; --line: #d0d0d0; --accent: #1a56db; --soft: #f4f6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.top, main { padding: 0 1rem; max-width: 110rem; margin: 0 auto; }
header.top { padding-top: .75rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.45rem; line-height: 1.35; margin: .4rem 0 .6rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .5rem; }
h3 { font-size: 1rem; margin: .6rem 0 .3rem; }
.meta, .none { color: var(--muted); }
code { font: .85em/1.2 ui-monospace, "DejaVu Sans Mono", monospace; background: var(--soft); padding: 0 .25em; border-radius: 3px; }
dl.facts, dl.totals { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; margin: 0 0 .8rem; }
dl.facts div, dl.totals div { min-width: 8rem; }
dt { color: var(--muted); font-size: .8rem; }
dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
dl.totals dd { font-size: 1.3rem; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
select, input { font: inherit; padding: .3rem .4rem; border: 1px solid #767676; border-radius: 4px; background: #fff; color: var(--fg); min-height: 2.2rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--soft); white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: .2rem; cursor: pointer; color: var(--fg); }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
tbody th { font-weight: normal; }
.index-table tbody th { font-weight: 600; min-width: 14rem; }
tr.error th { color: #8b1a10; }
.row { color: var(--muted); font-size: .8rem; }
.type { white-space: nowrap; font-size: .85rem; padding: 0 .35em; border-radius: 3px; }
.t-work_plan { background: #dbeafe; } .t-summary_report { background: #dcfce7; } .t-error { background: #fde2e1; color: #8b1a10; }
tr[hidden] { display: none; }
.layout { display: block; }
.outline { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .6rem; max-height: 45vh; overflow: auto; background: #fcfcfc; }
.outline ul { list-style: none; padding-left: .9rem; margin: .2rem 0; }
.outline > ul { padding-left: 0; }
.outline li { margin: .15rem 0; }
.outline summary { cursor: pointer; }
.outline a { text-decoration: none; color: var(--fg); }
.outline a:hover, .outline a[aria-current] { text-decoration: underline; color: var(--accent); }
.num { color: var(--muted); }
.role { font-size: .75rem; color: #3d3d3d; background: var(--soft); border-radius: 3px; padding: 0 .3em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; line-height: 1.9; tab-size: 4; }
.sec { scroll-margin-top: .5rem; }
.sec:target, .sec.current { background: #fff4c2; box-shadow: 0 0 0 2px #fff4c2; }
.tbl { background: #f3f3f3; }
mark { color: var(--fg); cursor: help; border-radius: 2px; padding: 0 1px; }
mark.m { border-bottom: 2px solid; }
mark.d { border-bottom: 2px dashed; }
${markColours()}
.chip { color: var(--fg); text-decoration: none; border-bottom: 2px solid; padding: 0 2px; }
.legend { list-style: none; padding: 0; margin: 0 0 .6rem; display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .8rem; }
.legend span { border-bottom: 2px solid; padding: 0 3px; }
.legend .d { border-bottom-style: dashed; }
.pop { position: absolute; z-index: 20; max-width: min(24rem, 92vw); background: #fff; color: var(--fg); border: 1px solid #666; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: .5rem .7rem; font-size: .85rem; }
.pop dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .7rem; margin: .3rem 0 0; }
.pop dt { font-size: .8rem; } .pop dd { font-weight: 600; }
.view-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .5rem 1.5rem; }
.view ol { padding-left: 1.2rem; margin: .2rem 0; }
.sid { color: var(--muted); font-size: .8rem; }
.when { color: var(--muted); font-size: .85rem; white-space: nowrap; }
.count { color: var(--muted); font-weight: normal; font-size: .85rem; }
.keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .8rem; }
.w { color: var(--muted); font-size: .8rem; }
figure.doc-table { margin: 0 0 1rem; }
.doc-table table { border: 1px solid var(--line); }
.doc-table td, .doc-table th { border: 1px solid var(--line); }
.jump { font-weight: normal; font-size: .85rem; margin-left: .5rem; }
@media (min-width: 60rem) {
  .layout { display: grid; grid-template-columns: minmax(15rem, 24rem) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
  .outline { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); margin-top: 1.2rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print { .outline, .filters, .skip { display: none; } }
`;

export const VIEW_JS = `(function () {
  'use strict';
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };

  // sortable tables: a header button sorts by its column (numbers as numbers, empty cells last)
  function cellAt(row, col) {
    var at = 0;
    for (var i = 0; i < row.cells.length; i++) {
      var c = row.cells[i];
      if (col < at + c.colSpan) return at === col ? c : null;
      at += c.colSpan;
    }
    return null;
  }
  function sortKey(row, col) {
    var c = cellAt(row, col);
    if (!c) return '';
    return c.hasAttribute('data-v') ? c.getAttribute('data-v') : c.textContent;
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === '') return 1;
    if (b === '') return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, 'zh-CN');
  }
  each(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        each(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var a = sortKey(r, col), b = sortKey(s, col);
          if (a === '' || b === '') return compare(a, b);
          return ascending ? compare(a, b) : compare(b, a);
        });
        var frag = document.createDocumentFragment();
        rows.forEach(function (r) { frag.appendChild(r); });
        body.appendChild(frag);
      });
    });
  });

  // index filters: type, year, warning code, and words of the title or file
  var fType = document.getElementById('f-type');
  if (fType) {
    var fYear = document.getElementById('f-year');
    var fWarn = document.getElementById('f-warning');
    var fText = document.getElementById('f-text');
    var shown = document.getElementById('shown');
    var rows = document.querySelectorAll('table.index-table tbody tr');
    var apply = function () {
      var type = fType.value, year = fYear.value, warn = fWarn.value, words = fText.value.trim().toLowerCase();
      var n = 0;
      each(rows, function (r) {
        var codes = r.getAttribute('data-warnings');
        var ok = (!type || r.getAttribute('data-type') === type) &&
          (!year || r.getAttribute('data-year') === year) &&
          (!warn || (warn === '*' ? codes !== '' : warn === '-' ? codes === '' : (' ' + codes + ' ').indexOf(' ' + warn + ' ') >= 0)) &&
          (!words || r.textContent.toLowerCase().indexOf(words) >= 0);
        r.hidden = !ok;
        if (ok) n++;
      });
      shown.textContent = n + ' / ' + rows.length;
    };
    [fType, fYear, fWarn].forEach(function (el) { el.addEventListener('change', apply); });
    fText.addEventListener('input', apply);
    document.querySelector('form.filters').addEventListener('submit', function (e) { e.preventDefault(); });
  }

  // document page: what a metric or date is, on hover, focus and click
  var dataEl = document.getElementById('data');
  var text = document.getElementById('text');
  var pop = document.getElementById('pop');
  if (!dataEl || !text || !pop) return;
  var data = JSON.parse(dataEl.textContent);
  var pinned = null;
  var FIELDS = {
    m: [['值 value', 'value'], ['单位 unit', 'unit'], ['标准化 normalized', 'normalized'], ['修饰 qualifier', 'qualifier'], ['名称 label', 'label'], ['角色 role', 'role'], ['类别 dimension', 'dimension'], ['章节 section', 'section'], ['表格 table', 'table']],
    d: [['值 value', 'value'], ['类型 kind', 'kind'], ['修饰 modifier', 'modifier'], ['年份推断 year inferred', 'yearInferred'], ['章节 section', 'section']]
  };
  function markOf(el) { return el && el.closest ? el.closest('mark[data-m], mark[data-d]') : null; }
  function firstPiece(mark) {
    var key = mark.hasAttribute('data-m') ? 'm' : 'd';
    return document.getElementById(key + '-' + mark.getAttribute('data-' + key)) || mark;
  }
  function show(mark) {
    var key = mark.hasAttribute('data-m') ? 'm' : 'd';
    var item = (key === 'm' ? data.metrics : data.dates)[Number(mark.getAttribute('data-' + key))];
    if (!item) return;
    pop.textContent = '';
    var head = document.createElement('strong');
    head.textContent = (key === 'm' ? '指标 ' : '日期 ') + item.text;
    pop.appendChild(head);
    var dl = document.createElement('dl');
    FIELDS[key].forEach(function (f) {
      var v = item[f[1]];
      if (v === null || v === undefined || v === '') return;
      var dt = document.createElement('dt'); dt.textContent = f[0];
      var dd = document.createElement('dd'); dd.textContent = String(v);
      dl.appendChild(dt); dl.appendChild(dd);
    });
    pop.appendChild(dl);
    pop.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - pop.offsetWidth - 4));
    pop.style.left = (left + window.scrollX) + 'px';
    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
    firstPiece(mark).setAttribute('aria-describedby', 'pop');
  }
  function hide() {
    pop.hidden = true;
    each(document.querySelectorAll('[aria-describedby="pop"]'), function (el) { el.removeAttribute('aria-describedby'); });
  }
  text.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m && !pinned) show(m); });
  text.addEventListener('mouseout', function (e) { if (!pinned && markOf(e.target) && !markOf(e.relatedTarget)) hide(); });
  text.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) { pinned = null; show(m); } });
  text.addEventListener('focusout', function () { if (!pinned) hide(); });
  text.addEventListener('click', function (e) {
    var m = markOf(e.target);
    if (!m) return;
    if (pinned === m) { pinned = null; hide(); return; }
    pinned = m;
    show(m);
  });
  text.addEventListener('keydown', function (e) {
    var m = markOf(e.target);
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); pinned = m; show(m); }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { pinned = null; hide(); } });
  document.addEventListener('click', function (e) { if (pinned && !markOf(e.target) && !pop.contains(e.target)) { pinned = null; hide(); } });

  // the outline: the section followed is marked in the tree and gets the focus in the text
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    each(document.querySelectorAll('.outline a[aria-current]'), function (a) { a.removeAttribute('aria-current'); });
    if (id.indexOf('sec-') !== 0) return;
    var target = document.getElementById(id);
    if (!target) return;
    var link = document.querySelector('.outline a[href="#' + id.replace(/(["\\\\])/g, '\\\\$1') + '"]');
    if (link) link.setAttribute('aria-current', 'location');
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', follow);
  follow();
})();
`;
