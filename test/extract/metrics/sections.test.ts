import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/schema/document.js';
import { metrics } from './helpers.js';

const TEXT = '一、基本情况\n全县有学校118所。\n二、主要工作\n(一)办学条件\n新建校舍3.12万平方米。';
const at = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.length];
const sections: Section[] = [
  { id: '1', number: '一', level: 1, title: '基本情况', role: null, span: [0, TEXT.indexOf('二、')], children: [] },
  {
    id: '2', number: '二', level: 1, title: '主要工作', role: null, span: at('二、'),
    children: [{ id: '2.1', number: '(一)', level: 2, title: '办学条件', role: null, span: at('(一)'), children: [] }],
  },
];

describe('sections and spans', () => {
  it('each metric knows the deepest section holding it', () => {
    expect(metrics(TEXT, sections).map((m) => [m.text, m.sectionId])).toEqual([['118所', '1'], ['3.12万平方米', '2.1']]);
  });
  it('without sections the id is null', () => {
    expect(metrics(TEXT).map((m) => m.sectionId)).toEqual([null, null]);
  });
  it('spans slice back to the text, qualifiers included', () => {
    const s = '投资约1000万元,占地5000多平方米,学生不足20人,达标率85%以上。';
    expect(metrics(s).map((m) => s.slice(m.span[0], m.span[1]))).toEqual(['约1000万元', '5000多平方米', '不足20人', '85%以上']);
  });
  it('an empty text has no metrics', () => {
    expect(metrics('')).toEqual([]);
  });
  it('metrics come out in text order', () => {
    const ms = metrics('教师16人,学生213人,图书6000册。');
    expect(ms.map((m) => m.span[0])).toEqual([...ms.map((m) => m.span[0])].sort((a, b) => a - b));
  });
});

describe('a section number is no figure', () => {
  const text = '附件\n14.机械\n14.1种子初加工机械\n14.1.1种子清选机,每台补贴3.5万元。';
  const sec = (id: string, number: string, from: string, children: Section[] = []): Section => ({
    id, number, level: id.split('.').length, title: '', role: null, span: [text.indexOf(from), text.length], children,
  });
  const sections = [sec('1', '14.', '14.机械', [sec('1.1', '14.1', '14.1种', [sec('1.1.1', '14.1.1', '14.1.1')])])];
  it('14.1种子… at a section start is the marker, not 14.1种', () =>
    expect(metrics(text, sections).map((m) => m.text)).toEqual(['3.5万元']));
  it('without that section the figure is read as before', () => expect(metrics(text).map((m) => m.text)).toContain('14.1种'));
});
