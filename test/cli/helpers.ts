// Shared fixtures for the CLI tests: small documents written for these tests, temp trees, a fake terminal.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/main.js';

export const PLAN = [
  '青石镇中心小学2015年工作计划',
  '一、指导思想',
  '以提高教育质量为中心，全面推进素质教育。',
  '二、工作目标',
  '全年培训教师不少于120人次，校舍维修投资约35万元。',
  '三、主要措施',
  '(一)加强教师队伍建设',
  '3月底前完成教师信息登记。',
  '(二)规范学校管理',
  '2015年9月1日起实行新的作息时间。',
  '',
].join('\n');

export const REPORT = [
  '河湾社区2014年度工作总结',
  '一、主要成绩',
  '全年新增就业岗位86个，完成道路硬化1.2公里。',
  '二、存在问题',
  '部分居民参与度不高。',
  '三、下一步打算',
  '2015年6月底前建成活动中心。',
  '',
].join('\n');

/** A fresh temp folder holding `files` (relative path → content). */
export function tempTree(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-extract-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** Every file under `dir`, hidden ones included: relative, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

export interface FakeIo extends CliIo {
  readonly stdoutText: () => string;
  readonly stderrText: () => string;
}

/** An in-memory CliIo: collects stdout/stderr, serves `stdin` as standard input. */
export function fakeIo(options: { stdin?: string; tty?: boolean; env?: Record<string, string>; cpus?: number } = {}): FakeIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  return {
    stdout,
    stderr,
    stderrIsTTY: options.tty ?? false,
    stderrColumns: 80,
    env: options.env ?? {},
    // one core, no worker module: extraction in-process, so these tests load nodejieba once per
    // test file, not per worker (the limits that need workers are tested on the built command)
    cpus: options.cpus ?? 1,
    ...(options.cpus === undefined || options.cpus <= 1 ? { workerUrl: null } : {}),
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    stdoutText: () => Buffer.concat(outChunks).toString('utf8'),
    stderrText: () => Buffer.concat(errChunks).toString('utf8'),
  };
}

/** stderr without the closing summary line (`plan-extract: N files, … s`). */
export function withoutSummary(stderr: string): string {
  return stderr.replace(/^plan-extract: \d+ files?, \d+ documents?, \d+ errors?, \d+ cached, [\d.]+ s( → .*)?\n/m, '');
}

/** The non-empty lines of an NDJSON text, parsed. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A hand-written record that satisfies the contract (spans slice to their texts). */
export function handRecord(path = 'plans/a.txt'): import('../../src/schema/document.js').WorkPlanRecord {
  const text = '东坡乡2016年工作要点\n一、目标\n新建校舍约1200平方米,6月底前完工。';
  return {
    schema: 'plan-extract/document@1',
    type: 'work_plan',
    title: '东坡乡2016年工作要点',
    source: { path, sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8', pages: null, part: 1, parts: 1 },
    script: 'simplified',
    issuer: '东坡乡',
    docNumber: null,
    issued: null,
    period: { start: '2016', end: '2016' },
    text,
    sections: [{ id: '1', number: '一、', level: 1, title: '目标', role: 'goals', span: [13, 38], children: [] }],
    metrics: [
      {
        text: '约1200平方米',
        value: 1200,
        max: null,
        unit: '平方米',
        normalized: { value: 1200, unit: '平方米' },
        dimension: 'area',
        qualifier: 'approx',
        label: '新建校舍',
        role: 'target',
        sectionId: '1',
        span: [22, 30],
      },
    ],
    dates: [
      { text: '6月底前', value: '2016-06', end: null, kind: 'deadline', modifier: 'end', yearInferred: true, sectionId: '1', span: [31, 35] },
    ],
    tables: [],
    keywords: [{ word: '校舍', weight: 1 }],
    warnings: [],
    goals: [{ sectionId: '1', title: '目标' }],
    tasks: [],
    timeline: [],
  };
}
