#!/usr/bin/env node
// How many of Microsoft Recognizers-Text's Chinese date specs the built pipeline reads the same way:
//   node bench/recognizers-dates.mjs DIR [--verbose]
// DIR holds Specs/DateTime/Chinese/{DateExtractor,DateParser,DatePeriodExtractor,DatePeriodParser}.json
// from a checkout of microsoft/Recognizers-Text, kept outside this project (its data is not ours to ship).
// Only the written dates count ("in scope"): conversational and relative forms (明天, 下周, 上个月),
// weekdays, lunar and era dates (农历, 康熙), years outside 1840–2100 and bare numbers without 年
// (2018看起来是一个年份) are left out by design. A case without a reference date is read as of 2017-03-22.
// A case passes when every in-scope answer is found (value and end, XXXX taking our year) and,
// for a case with no answer (100只是一个数字), nothing is found. Prints figures only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir || args.includes('-h') || args.includes('--help')) {
  console.log('usage: node bench/recognizers-dates.mjs DIR [--verbose]   (DIR: a folder holding the Chinese DateTime spec files)');
  process.exit(dir ? 0 : 2);
}
const { extractText } = await import(join(root, 'dist/index.js'));

const FILES = ['DateExtractor', 'DateParser', 'DatePeriodExtractor', 'DatePeriodParser'];
/** Words of forms plan-extract does not read by design: relative, conversational, weekday, lunar, era. */
const OUT_OF_SCOPE = /[明昨今去前后後上下本这這近过過未来來最世代周週星礼禮农農正初春夏秋冬季]|年代|大年|康熙|雍正|神龙/;
const DATE = /^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$/;
/** Years the grammar never reads (MIN_YEAR–MAX_YEAR in src/text/calendar/tokens.ts), and a bare number as a year. */
const NOT_A_YEAR = /(?<![0-9])(?:1[0-7][0-9]{2}|18[0-3][0-9]|[0-9]{3}|2[1-9][0-9]{2})(?![0-9])|^[0-9]{4}$|三六七|七八九/;
const FALLBACK_REFERENCE = '2017-03-22';

function specPath(name) {
  for (const p of [join(dir, `${name}.json`), join(dir, 'Specs/DateTime/Chinese', `${name}.json`)]) if (existsSync(p)) return p;
  return null;
}

/** The dates an answer's Timex names ({ value, end }), or null when it is not a written calendar date. */
function expectedOf(result) {
  const timex = result.Value?.Timex;
  if (timex === undefined) return { value: null, end: null };
  const period = /^\(([^,]+),([^,]+),P\d+[DWMY]\)$/.exec(timex);
  const [value, end] = period ? [period[1], period[2]] : [timex, null];
  if (!DATE.test(value ?? '') || (end !== null && !DATE.test(end))) return null;
  const year = Number(value.slice(0, 4));
  if (!value.startsWith('XXXX') && (year < 1840 || year > 2100)) return null;
  return { value, end };
}

/** Whether a mention reads the answer: same fields, an unknown XXXX year taking ours, a year range's exclusive end taken as its year. */
function sameDate(expected, got) {
  if (expected.value === null) return true;
  const fill = (want, have) => (want.startsWith('XXXX') && have ? have.slice(0, 4) + want.slice(4) : want);
  const fits = (want, have) => have !== null && (fill(want, have) === have || (fill(want, have).startsWith(have) && /^\d{4}-01-01$/.test(want)));
  return fits(expected.value, got.value) && (expected.end === null || fits(expected.end, got.end));
}

/** The answer's words and the mention's overlap: one holds the other (从 before a range, ,星期一 after a date). */
function sameText(want, have) {
  const a = want.replace(/\s/g, '').replace(/，/g, ',');
  const b = have.replace(/\s/g, '');
  return b.length > 0 && (a.includes(b) || b.includes(a));
}

let total = 0;
let scoped = 0;
let passed = 0;
for (const name of FILES) {
  const path = specPath(name);
  if (!path) {
    console.error(`recognizers-dates: ${name}.json not found under ${dir}`);
    process.exit(2);
  }
  const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  let fileScoped = 0;
  let filePassed = 0;
  for (const c of cases) {
    total++;
    const results = c.Results ?? [];
    if (results.some((r) => OUT_OF_SCOPE.test(r.Text) || NOT_A_YEAR.test(r.Text.trim()))) continue;
    const expected = results.map(expectedOf);
    if (expected.some((e) => e === null)) continue;
    fileScoped++;
    const reference = (c.Context?.ReferenceDateTime ?? '').slice(0, 10) || FALLBACK_REFERENCE;
    const [record] = extractText(c.Input, { vagueDates: false, referenceDate: reference });
    const dates = record?.dates ?? [];
    const ok =
      results.length === 0
        ? dates.length === 0
        : results.every((r, i) => dates.some((d) => sameText(r.Text, d.text) && sameDate(expected[i] ?? { value: null, end: null }, d)));
    if (ok) filePassed++;
    else if (verbose) console.log(`  ${name}: ${c.Input} → want ${results.map((r) => `${r.Text} ${r.Value?.Timex ?? ''}`).join(' | ') || 'nothing'}; got ${dates.map((d) => `${d.text} ${d.value}${d.end ? `..${d.end}` : ''}`).join(' | ') || 'nothing'}`);
  }
  console.log(`${name.padEnd(20)} ${filePassed}/${fileScoped} in scope (${cases.length} cases)`);
  scoped += fileScoped;
  passed += filePassed;
}
console.log(`in scope ${passed}/${scoped} = ${((100 * passed) / Math.max(1, scoped)).toFixed(1)}%   (${total} cases, ${total - scoped} out of scope)`);
