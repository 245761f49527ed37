import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetPath, writeManifest, writeRecordFiles } from '../../src/emit/files.js';
import { buildManifest } from '../../src/emit/manifest.js';
import { handRecord, tempTree } from '../cli/helpers.js';

describe('targetPath', () => {
  it('joins a name under the folder', () => expect(targetPath('/out', 'a/x.json')).toBe('/out/a/x.json'));
  it('refuses to climb out', () => expect(() => targetPath('/out', '../x.json')).toThrow('outside'));
  it('refuses the folder itself', () => expect(() => targetPath('/out', '.')).toThrow('outside'));
  it('an absolute name stays inside', () => expect(targetPath('/out', '/etc/x.json')).toBe('/out/etc/x.json'));
});

describe('writing', () => {
  it('writes records as indented JSON, creating folders', async () => {
    const out = join(tempTree({}), 'out');
    await writeRecordFiles(out, ['a/b/x.json'], [handRecord()]);
    const text = readFileSync(join(out, 'a/b/x.json'), 'utf8');
    expect(text.startsWith('{\n  "schema": "plan-extract/document@1"')).toBe(true);
    expect(JSON.parse(text)).toEqual(handRecord());
  });
  it('fails loudly when a name is missing (a bug)', async () => {
    const out = join(tempTree({}), 'out');
    await expect(writeRecordFiles(out, [], [handRecord()])).rejects.toThrow('no output name');
  });
  it('writes manifest.json at the top', async () => {
    const out = tempTree({});
    await writeManifest(out, buildManifest({ name: 'plan-extract', version: '1' }, []));
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });
});
