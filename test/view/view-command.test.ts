// `plan-extract view` in-process: records in every form, inputs extracted on the way, usage errors.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { fakeIo, handRecord, PLAN, tempTree } from '../cli/helpers.js';

const line = (r: unknown): string => `${JSON.stringify(r)}\n`;
const ERROR = { schema: 'plan-extract/error@1', source: { path: 'bad.pdf', sha256: null, format: 'pdf' }, error: { code: 'PDF_ENCRYPTED', message: 'locked' } };

async function view(args: string[], stdin?: string) {
  const io = fakeIo(stdin !== undefined ? { stdin } : {});
  const code = await cli(['node', 'plan-extract', 'view', ...args], io);
  return { code, stderr: io.stderrText(), stdout: io.stdoutText() };
}

describe('plan-extract view', () => {
  it('builds the site from an NDJSON file: an index, one page per document, an error row', async () => {
    const dir = tempTree({ 'records.ndjson': line(handRecord('a.txt')) + line(handRecord('b.txt')) + line(ERROR) });
    const out = join(dir, 'site');
    const r = await view([join(dir, 'records.ndjson'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`plan-extract view: 2 documents, 1 error → ${join(out, 'index.html')}`);
    expect(readdirSync(join(out, 'docs'))).toHaveLength(2);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['view.css', 'view.js']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('PDF_ENCRYPTED');
    expect(index.match(/<tr /g)).toHaveLength(3);
  });

  it('reads records from standard input, a JSON array and an --out folder', async () => {
    const dir = tempTree({
      'arr.json': JSON.stringify([handRecord('x.txt')]),
      'results/manifest.json': JSON.stringify({ inputs: [{ path: 'gone.pdf', status: 'error', sha256: null, error: { code: 'PDF_CORRUPT', message: 'bad' } }] }),
      'results/y.json': JSON.stringify(handRecord('y.txt')),
    });
    const out = join(dir, 'site');
    const r = await view(['-', join(dir, 'arr.json'), join(dir, 'results'), '--out', out], line(handRecord('z.txt')));
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, 'docs'))).toHaveLength(3);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('PDF_CORRUPT');
  });

  it('extracts inputs that are not records', async () => {
    const dir = tempTree({ 'plan.txt': PLAN });
    const out = join(dir, 'site');
    const r = await view([join(dir, 'plan.txt'), '--out', out]);
    expect(r.code).toBe(0);
    const [page] = readdirSync(join(out, 'docs'));
    expect(page).toMatch(/^plan-[0-9a-f]{8}\.html$/);
    expect(readFileSync(join(out, 'docs', page as string), 'utf8')).toContain('青石镇中心小学2015年工作计划');
  });

  it('names the file and line of a bad record, shows the rest, exit 1', async () => {
    const dir = tempTree({ 'r.ndjson': `${line(handRecord())}{not json\n${line({ schema: 'plan-extract/document@1', type: 'work_plan' })}` });
    const r = await view([join(dir, 'r.ndjson'), '--out', join(dir, 'site')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'r.ndjson')}:2: not JSON`);
    expect(r.stderr).toContain(`${join(dir, 'r.ndjson')}:3: not a valid plan-extract record`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, 'site', 'docs'))).toHaveLength(1);
  });

  it('refuses a folder that holds something else (exit 2), and replaces its own earlier site', async () => {
    const dir = tempTree({ 'busy/notes.txt': 'x', 'r.ndjson': line(handRecord('a.txt')) });
    const refused = await view([join(dir, 'r.ndjson'), '--out', join(dir, 'busy')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty');
    const out = join(dir, 'site');
    expect((await view([join(dir, 'r.ndjson'), '--out', out])).code).toBe(0);
    const first = readdirSync(join(out, 'docs'));
    writeFileSync(join(dir, 'r.ndjson'), line(handRecord('b.txt')));
    expect((await view([join(dir, 'r.ndjson'), '--out', out])).code).toBe(0);
    const second = readdirSync(join(out, 'docs'));
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
  });

  it('is a usage error without arguments', async () => {
    const r = await view([]);
    expect(r.code).toBe(2);
  });

  it('writes nothing outside --out whatever the record paths', async () => {
    const dir = tempTree({ 'r.ndjson': line(handRecord('../../../../etc/evil.txt')) });
    mkdirSync(join(dir, 'nest'));
    const out = join(dir, 'nest', 'site');
    expect((await view([join(dir, 'r.ndjson'), '--out', out])).code).toBe(0);
    expect(readdirSync(join(out, 'docs'))[0]).toMatch(/^evil-[0-9a-f]{8}\.html$/);
    expect(existsSync(join(dir, 'etc'))).toBe(false);
  });
});
