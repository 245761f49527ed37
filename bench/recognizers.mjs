#!/usr/bin/env node
// How many cases of Microsoft Recognizers-Text's Chinese specs our metrics reproduce:
//   node bench/recognizers.mjs <Specs folder> [-v]
// <Specs folder> is a checkout's `Specs/` (or a `git show`-extracted copy of it) kept OUTSIDE this
// project: nothing of the spec data is stored here. Reads Number/Chinese/*.json and
// NumberWithUnit/Chinese/*.json below it and prints the pass rate per spec file. Needs dist/
// (npm run build).
//
// The mapping (plan-extract reads quantities, the specs test a general recognizer):
// - Each case's Input goes through `extractText` unchanged (the pipeline normalizes it, so the
//   traditional-character cases are read as simplified). A case passes when our metrics and the
//   expected results match one to one: no result missed, no metric extra. Spans and the exact
//   mention text are not compared; numbers and units are. A spec of one kind of quantity is held
//   only to our metrics of that kind (RELEVANT below): a currency case is not failed for a count
//   (15位股东) we also read, a percentage case not for a duration.
// - A metric's number is its value times the scale words written in its unit (1万亿日元 → 1e12,
//   1000万元 → 1e7; 千 only before 元). Values are equal within a relative 1e-9.
// - NumberWithUnit (currency, dimension, age, temperature): an expected result matches a metric with
//   that number whose unit, scale words aside, is one of the written forms of the result's unit in
//   UNIT_FORMS below (Chinese yuan → 元 块 …, Kilometer → 千米 公里 km). Units we do not read (bits,
//   hertz, calories, ￥/$ signs) have no forms, so those cases fail. A result without a value (a bare
//   currency name, 人民币) is not a quantity and is dropped from the expected list.
// - Number: every expected number must be some metric's number (any unit). By contract a bare
//   number without unit or measure word is no metric, so most of these cases fail by design; cases
//   expecting nothing pass when we report nothing.
// - Percent: an expected "65%" matches a metric of dimension percent whose normalized value is 65
//   (个百分点 counts as the spec counts it, 6个百分点 → 6%).
// - NumberRange: "[a,b]" and "(a,b)" match a range value a, max b; "(a,)" a figure a with
//   qualifier more_than, "[a,)" at_least, "(,b)" less_than, "(,b]" at_most; "[a,a]" an exact a.
// - Ordinal: ordinals are never metrics (CONTRACT.md), so a case passes when we report nothing.
// Two rates per file: over all cases, and over the cases the specs do not mark NotSupported for
// javascript (what Recognizers-Text's own JavaScript build is held to).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const root = args.find((a) => !a.startsWith('-'));
if (!root || !existsSync(root)) {
  console.error('usage: node bench/recognizers.mjs <path to Recognizers-Text Specs/> [-v]');
  process.exit(2);
}
let extractText;
try {
  ({ extractText } = await import('../dist/index.js'));
} catch {
  console.error('recognizers: dist/ is missing; run `npm run build`');
  process.exit(2);
}

/** Written forms of each Recognizers-Text unit that plan-extract reads. */
const UNIT_FORMS = {
  'Chinese yuan': ['元', '块', '块钱', '人民币', '元人民币'],
  'United States dollar': ['美元', '美圆', '美金'],
  Euro: ['欧元'],
  'British pound': ['英镑'],
  'Swiss franc': ['瑞士法郎'],
  'Hong Kong dollar': ['港元', '港币'],
  'New Taiwan dollar': ['台币', '新台币'],
  'Japanese yen': ['日元'],
  'Nigerian naira': ['奈拉'],
  Mu: ['亩'],
  Kilogram: ['公斤', '千克'],
  Gram: ['克'],
  Microgram: ['微克'],
  Ton: ['吨'],
  Jin: ['斤'],
  Liang: ['两'],
  Centimeter: ['厘米', '公分', 'cm', 'CM'],
  Meter: ['米', 'm'],
  Kilometer: ['千米', '公里', 'km'],
  Kilowatt: ['千瓦'],
  Degree: ['度'],
  C: ['摄氏度', '℃', '°C'],
  F: ['华氏度'],
  Year: ['岁', '周岁', '年'],
  Month: ['个月', '月'],
  Week: ['周', '星期'],
  Day: ['天', '日'],
};
/** Which of our metrics a spec of each kind is compared with (by dimension and unit). */
const RELEVANT = {
  Currency: (m) => m.dimension === 'money' || (m.dimension === 'ratio' && m.normalized?.unit.includes('元')),
  Dimension: (m) => ['length', 'area', 'weight', 'other'].includes(m.dimension) && !/^(?:周岁|岁|度)$/.test(m.unit),
  Age: (m) => m.dimension === 'duration' || /岁$/.test(m.unit),
  Temperature: (m) => /(?:度|℃|°C)$/.test(m.unit),
  Percent: (m) => m.dimension === 'percent',
};
const SCALE = { 万: 1e4, 亿: 1e8, 兆: 1e12, 千: 1e3 };

const same = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** The scale factor of a unit's leading scale words, and the unit without them (万亿元 → 1e12, 元). */
function splitUnit(unit) {
  let i = 0;
  let factor = 1;
  while (i < unit.length && unit[i] in SCALE && (unit[i] !== '千' || unit.slice(i + 1) === '元')) factor *= SCALE[unit[i++]];
  return { factor, rest: unit.slice(i) };
}

function numbersOf(m) {
  const { factor, rest } = splitUnit(m.unit);
  return { low: m.value * factor, high: m.max === null ? null : m.max * factor, rest };
}

/** Does metric m give expected result r of a spec of `kind`? */
function matches(kind, r, m) {
  const res = r.Resolution ?? {};
  if (kind === 'Percent') {
    const v = Number(String(res.value).replace('%', ''));
    return m.dimension === 'percent' && m.normalized !== null && same(m.normalized.value, v);
  }
  if (kind === 'NumberRange') {
    const range = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(String(res.value));
    if (!range) return false;
    const [, open, a, b, close] = range;
    const n = numbersOf(m);
    if (a !== '' && b !== '') {
      if (a === b) return n.high === null && same(n.low, Number(a)) && m.qualifier === 'exact';
      return n.high !== null && same(n.low, Number(a)) && same(n.high, Number(b));
    }
    if (n.high !== null) return false;
    if (a !== '') return same(n.low, Number(a)) && m.qualifier === (open === '(' ? 'more_than' : 'at_least');
    return same(n.low, Number(b)) && m.qualifier === (close === ')' ? 'less_than' : 'at_most');
  }
  const v = Number(res.value);
  const n = numbersOf(m);
  if (n.high !== null || !same(n.low, v)) return false;
  if (kind === 'Number') return true;
  return (UNIT_FORMS[res.unit] ?? []).includes(n.rest);
}

/** The expected results a case is scored on (see the header). */
function expectedOf(kind, c) {
  if (kind === 'Ordinal') return [];
  return (c.Results ?? []).filter((r) => r.Resolution && r.Resolution.value !== null && r.Resolution.value !== undefined);
}

function passes(kind, c) {
  const [record] = extractText(String(c.Input), { includeText: false });
  const relevant = RELEVANT[kind] ?? (() => true);
  const metrics = (record ? record.metrics : []).filter(relevant);
  const expected = expectedOf(kind, c);
  if (metrics.length !== expected.length) return { ok: false, metrics };
  const used = new Set();
  for (const r of expected) {
    const k = metrics.findIndex((m, i) => !used.has(i) && matches(kind, r, m));
    if (k < 0) return { ok: false, metrics };
    used.add(k);
  }
  return { ok: true, metrics };
}

const kindOf = (file) => file.replace(/Model.*$/, '').replace(/ExperimentalMode$/, '');
const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

const files = [];
for (const family of ['Number', 'NumberWithUnit']) {
  const dir = join(root, family, 'Chinese');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) files.push([family, f, join(dir, f)]);
}
if (files.length === 0) {
  console.error(`recognizers: no Number/Chinese or NumberWithUnit/Chinese specs under ${root}`);
  process.exit(2);
}

let total = 0;
let passed = 0;
let jsTotal = 0;
let jsPassed = 0;
console.log('spec file                                      all cases          without NotSupported:javascript');
for (const [family, f, path] of files) {
  const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const kind = kindOf(f);
  let ok = 0;
  let js = 0;
  let jsOk = 0;
  for (const c of cases) {
    const { ok: good, metrics } = passes(kind, c);
    const jsCase = !/javascript/i.test(String(c.NotSupported ?? '')) && !/javascript/i.test(String(c.NotSupportedByDesign ?? ''));
    if (good) ok++;
    if (jsCase) {
      js++;
      if (good) jsOk++;
    }
    if (verbose && !good) {
      const want = expectedOf(kind, c).map((r) => `${r.Text}=${r.Resolution.value}${r.Resolution.unit ? ` ${r.Resolution.unit}` : ''}`);
      const got = metrics.map((m) => `${m.text}=${m.value}${m.max === null ? '' : `-${m.max}`} ${m.unit} ${m.qualifier}`);
      console.log(`  FAIL ${f}: ${JSON.stringify(c.Input)}  want [${want.join(', ')}]  got [${got.join(', ')}]`);
    }
  }
  total += cases.length;
  passed += ok;
  jsTotal += js;
  jsPassed += jsOk;
  console.log(`${`${family}/Chinese/${f}`.padEnd(54)} ${pct(ok, cases.length)} (${ok}/${cases.length})`.padEnd(74) + `${pct(jsOk, js)} (${jsOk}/${js})`);
}
console.log(`${'all'.padEnd(54)} ${pct(passed, total)} (${passed}/${total})`.padEnd(74) + `${pct(jsPassed, jsTotal)} (${jsPassed}/${jsTotal})`);
