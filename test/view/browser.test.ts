/// <reference lib="dom" />
// The review site in a real headless Chromium (Debian's, driven by playwright-core): the index of
// samples/, filtering, a metric's popover, the outline's links, keyboard, phone width, no console
// errors, and a 50,000-character report. Screenshots go to test-artifacts/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test-artifacts');
const executable = findChromium();
const expected = readFileSync(join(root, 'test/e2e/expected/samples.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; title: string | null });

if (!executable) console.warn('browser tests skipped: no Chromium found (install Debian\'s chromium, or set PLAN_EXTRACT_CHROMIUM to a Chromium binary)');

function viewSite(args: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'plan-extract-view-'));
  const r = spawnSync(process.execPath, [join(root, 'bin/plan-extract'), 'view', '--quiet', '--jobs', '2', '--out', out, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`view failed (${r.status}): ${r.stderr}`);
  return out;
}

/** A report of about 50,000 characters: the sample report's sections repeated and numbered on. */
function bigReport(): string {
  const base = readFileSync(join(root, 'samples/summary-report-simplified.txt'), 'utf8');
  const numerals = '一二三四五六七八九十';
  const parts = ['某县教育局2023年度工作总结'];
  for (let i = 0; parts.join('\n').length < 50_000; i++) {
    const n = i < 10 ? numerals[i] : `十${numerals[(i % 10) - 1] ?? ''}`.replace(/十$/, '二十');
    parts.push(`${n}、第${i + 1}项工作情况`, base.split('\n').slice(2).join('\n'));
  }
  return parts.join('\n');
}

describe.skipIf(!executable)('review site in Chromium', () => {
  let site = '';
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    site = viewSite(['samples/']);
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: executable as string, args: ['--no-sandbox', '--disable-gpu'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${path}: request failed: ${r.url()}`));
    await page.goto(pathToFileURL(join(site, path)).href);
    return page;
  }

  const documentPage = (): string => `docs/${readdirSync(join(site, 'docs')).find((n) => n.startsWith('work-plan-simplified-')) as string}`;

  it('lists every sample on the index, with totals', async () => {
    const page = await open('index.html');
    const rows = page.locator('table.index-table tbody tr');
    expect(await rows.count()).toBe(expected.length);
    const titles = await page.locator('table.index-table tbody th a').allTextContents();
    for (const r of expected) expect(titles).toContain(r.title);
    await expect.poll(() => page.locator('dl.totals dd').first().textContent()).toBe(String(expected.length));
    await page.screenshot({ path: join(artifacts, 'view-index.png'), fullPage: true });
    await page.close();
  });

  it('filters by type', async () => {
    const page = await open('index.html');
    await page.selectOption('#f-type', 'summary_report');
    const visible = page.locator('table.index-table tbody tr:not([hidden])');
    const reports = expected.filter((r) => r.type === 'summary_report').length;
    expect(await visible.count()).toBe(reports);
    expect(await visible.evaluateAll((rows) => rows.every((r) => r.getAttribute('data-type') === 'summary_report'))).toBe(true);
    expect(await page.locator('#shown').textContent()).toBe(`${reports} / ${expected.length}`);
    await page.selectOption('#f-type', '');
    expect(await visible.count()).toBe(expected.length);
    await page.close();
  });

  it('sorts the index by a column', async () => {
    const page = await open('index.html');
    await page.getByRole('button', { name: '指标 Metrics' }).click();
    const counts = (await page.locator('table.index-table tbody tr td:nth-child(9)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await page.close();
  });

  it('shows a metric\'s value and label when its highlight is clicked', async () => {
    const page = await open(documentPage());
    const mark = page.locator('mark.m[data-m]').filter({ hasText: '约6500万元' }).first();
    await mark.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await mark.click();
    const pop = page.locator('#pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    const text = (await pop.textContent()) ?? '';
    expect(text).toContain('6500');
    expect(text).toContain('万元');
    expect(text).toContain('65000000 元');
    expect(text).toMatch(/名称 label.+/);
    expect(text).toContain('approx');
    await page.screenshot({ path: join(artifacts, 'view-document.png') });
    await page.keyboard.press('Escape');
    expect(await pop.isHidden()).toBe(true);
    await page.close();
  });

  it('scrolls to a section when it is clicked in the outline', async () => {
    const page = await open(documentPage());
    const link = page.locator('.outline a[href="#sec-5"]');
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sec-5');
    await expect
      .poll(() => page.evaluate(() => {
        const r = (document.getElementById('sec-5') as HTMLElement).getBoundingClientRect();
        return r.top >= -2 && r.top < window.innerHeight / 2;
      }))
      .toBe(true);
    expect(await link.getAttribute('aria-current')).toBe('location');
    await page.close();
  });

  it('shows a mark\'s details on keyboard focus', async () => {
    const page = await open(documentPage());
    await page.locator('mark[data-d]').first().focus();
    await expect.poll(() => page.locator('#pop').isVisible()).toBe(true);
    expect(await page.locator('#pop').textContent()).toContain('日期');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('pop');
    await page.close();
  });

  it('sorts the metrics table', async () => {
    const page = await open(documentPage());
    await page.locator('table.metrics').getByRole('button', { name: 'value' }).click();
    const values = (await page.locator('table.metrics tbody td:nth-child(2)').allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.close();
  });

  it('fits a phone-width window', async () => {
    for (const path of ['index.html', documentPage()]) {
      const page = await open(path, 375, 740);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      if (path !== 'index.html') await page.screenshot({ path: join(artifacts, 'view-document-phone.png') });
      await page.close();
    }
  });

  it('opens a 50,000-character report quickly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-big-'));
    const text = bigReport();
    writeFileSync(join(dir, 'big-report.txt'), text);
    const began = Date.now();
    const big = viewSite([join(dir, 'big-report.txt')]);
    const built = Date.now() - began;
    const name = readdirSync(join(big, 'docs'))[0] as string;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => problems.push(`big: ${e.message}`));
    const t0 = Date.now();
    await page.goto(pathToFileURL(join(big, 'docs', name)).href, { waitUntil: 'load' });
    const loaded = Date.now() - t0;
    const marks = await page.locator('mark').count();
    const bytes = readFileSync(join(big, 'docs', name)).length;
    writeFileSync(join(artifacts, 'view-50k.json'), `${JSON.stringify({ characters: text.length, marks, pageBytes: bytes, buildMs: built, loadMs: loaded }, null, 2)}\n`);
    expect(marks).toBeGreaterThan(500);
    expect(loaded).toBeLessThan(5_000);
    await page.locator('mark.m').nth(400).click();
    await expect.poll(() => page.locator('#pop').isVisible()).toBe(true);
    await page.close();
  }, 180_000);

  it('logs no console errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
