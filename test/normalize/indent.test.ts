import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { markIndentedParagraphs } from '../../src/normalize/indent.js';
import { normalize } from '../../src/normalize/index.js';

const mark = (lines: readonly string[]): string => markIndentedParagraphs(lines.join('\n'));

describe('markIndentedParagraphs', () => {
  it.each([
    [['某区教育工作要点', '　　为办好人民满意的教育'], ['某区教育工作要点', '', '　　为办好人民满意的教育']],
    [['某区教育工作要点', '    为办好人民满意的教育'], ['某区教育工作要点', '', '    为办好人民满意的教育']],
    [['某区教育工作要点', '  为办好人民满意的教育'], ['某区教育工作要点', '', '  为办好人民满意的教育']],
    [['全面完成任务。', '　　二是加强督查'], ['全面完成任务。', '', '　　二是加强督查']],
    [['一、工作目标', '\u3000\u3000到年底建成三所学校'], ['一、工作目标', '', '\u3000\u3000到年底建成三所学校']],
  ])('%j: an indented line starts a paragraph', (input, expected) => {
    expect(mark(input)).toBe(expected.join('\n'));
  });

  it.each([
    [['某区教育工作要点', '为办好人民满意的教育']], // no indent
    [['某区教育工作要点', ' 为办好人民满意的教育']], // one space is not an indent
    [['　　为办好人民满意的教育']], // a single line
    [['', '　　为办好人民满意的教育']], // nothing before it
    [['某区教育工作要点', '', '　　为办好人民满意的教育']], // already a paragraph
    [['坚持以人为本，', '　　推进教育公平']], // after a comma: a layout accident
    [['持续巩固整治成果', '　　— 2 —', '提升村容村貌。']], // a centred page marker
  ])('%j is left alone', (input) => {
    expect(mark(input)).toBe(input.join('\n'));
  });

  it('a margin shared by every line is not an indent', () => {
    const input = ['    某区教育工作要点', '    为办好人民满意的教育，', '    我们将继续努力。'];
    expect(mark(input)).toBe(input.join('\n'));
  });

  it('indentation beyond the shared margin still counts', () => {
    expect(mark(['  某区教育工作要点', '    为办好教育'])).toBe(['  某区教育工作要点', '', '    为办好教育'].join('\n'));
  });

  it('indented continuation lines everywhere mean the indent is layout', () => {
    const input = ['某区教育工作要点', '为办好人民满意的教育，', '　　我们将继续努力，', '　　推进教育公平，', '　　建成三所学校。'];
    expect(mark(input)).toBe(input.join('\n'));
  });

  it('a page-break sentinel line does not hide the line before', () => {
    expect(mark(['某区教育工作要点', P, '　　为办好教育'])).toBe(['某区教育工作要点', P, '', '　　为办好教育'].join('\n'));
  });
});

describe('normalize keeps indented paragraphs apart', () => {
  it.each([
    ['某镇2024年环境整治实施方案\n　　为深入推进环境整治，制定本方案。', '某镇2024年环境整治实施方案\n为深入推进环境整治,制定本方案。'],
    ['关于做好秋季防火工作的通知\n　　各村委会\n　　现将有关事项通知如下。', '关于做好秋季防火工作的通知\n各村委会\n现将有关事项通知如下。'],
    ['某校教学工作计划\n　　本学期我校将继续深化课堂改革\n　　加强教师队伍建设。', '某校教学工作计划\n本学期我校将继续深化课堂改革\n加强教师队伍建设。'],
  ])('%j', (raw, text) => {
    expect(normalize(raw).text).toBe(text);
  });

  it.each([
    // a non-indented continuation line is still joined
    ['某镇实施方案\n　　为深入推进环境整治，持续巩\n固整治成果，制定本方案。', '某镇实施方案\n为深入推进环境整治,持续巩固整治成果,制定本方案。'],
    // without indentation the wrap rules decide as before
    ['为深入推进环境整治工作和各项整治任务的全面落实，持续巩\n固整治成果。', '为深入推进环境整治工作和各项整治任务的全面落实,持续巩固整治成果。'],
  ])('%j joins continuation lines', (raw, text) => {
    expect(normalize(raw).text).toBe(text);
  });
});
