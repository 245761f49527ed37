import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { dateFacts } from './helpers.js';
import type { Section } from '../../../src/schema/document.js';

const text = '2014年工作要点\n一、目标\n2014年完成。\n二、步骤\n(一)准备阶段(3月1日—3月15日)\n(二)实施阶段(4月—6月)';
const at = (s: string): number => text.indexOf(s);
const sections: Section[] = [
  { id: '1', number: '一', level: 1, title: '目标', role: 'goals', span: [at('一、'), at('二、')], children: [] },
  {
    id: '2', number: '二', level: 1, title: '步骤', role: 'timeline', span: [at('二、'), text.length],
    children: [
      { id: '2.1', number: '(一)', level: 2, title: '准备阶段', role: null, span: [at('(一)'), at('(二)')], children: [] },
      { id: '2.2', number: '(二)', level: 2, title: '实施阶段', role: null, span: [at('(二)'), text.length], children: [] },
    ],
  },
];

describe('dates: section ids', () => {
  const { dates } = extractDates(text, sections, dateFacts(text, null, sections));
  it('each mention carries the deepest section holding it', () =>
    expect(dates.map((d) => [d.text, d.sectionId])).toEqual([
      ['2014年', null],
      ['2014年', '1'],
      ['3月1日—3月15日', '2.1'],
      ['4月—6月', '2.2'],
    ]));
  it('yearless phases take the title year', () => expect(dates.slice(2).map((d) => [d.value, d.end])).toEqual([
    ['2014-03-01', '2014-03-15'],
    ['2014-04', '2014-06'],
  ]));
});
