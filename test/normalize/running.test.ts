import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { normalize } from '../../src/normalize/index.js';
import { removeRunningHeaders } from '../../src/normalize/running.js';

const run = (lines: readonly string[]): string => removeRunningHeaders(lines.join('\n')).text;

describe('removeRunningHeaders', () => {
  it('drops a header equal to the title after one break, keeps the title at the top', () => {
    expect(run(['某县2023年植树造林工作方案', '正文第一页', P, '某县2023年植树造林工作方案', '正文第二页'])).toBe(
      ['某县2023年植树造林工作方案', '正文第一页', P, '正文第二页'].join('\n'),
    );
  });

  it('drops a header repeated after two breaks even when it is not at the top', () => {
    expect(run(['标题', '正文一', P, '某县林业局', '正文二', P, '某县林业局', '正文三'])).toBe(
      ['标题', '正文一', P, '正文二', P, '正文三'].join('\n'),
    );
  });

  it('drops a footer repeated before two breaks', () => {
    expect(run(['标题', '正文一', '正文一续', '内部资料 注意保存', P, '正文二', '内部资料 注意保存', P, '正文三'])).toBe(
      ['标题', '正文一', '正文一续', P, '正文二', P, '正文三'].join('\n'),
    );
  });

  it('matches copies that differ only in spacing', () => {
    expect(run(['某县 植树方案', '正文一', P, '某县植树方案', '正文二'])).toBe(['某县 植树方案', '正文一', P, '正文二'].join('\n'));
  });

  it('takes the blank lines around a dropped header with it', () => {
    expect(run(['标题', '正文没有结束', '', P, '', '标题', '', '继续正文。'])).toBe(['标题', '正文没有结束', P, '继续正文。'].join('\n'));
  });

  it('counts removed headers', () => {
    expect(removeRunningHeaders(['标题', '一', P, '标题', '二', P, '标题', '三'].join('\n')).removed).toBe(2);
  });

  it('a short first page: the top lines stay even beside a break', () => {
    expect(run(['某县植树方案', P, '某县植树方案', '正文'])).toBe(['某县植树方案', P, '正文'].join('\n'));
  });

  it.each([
    // a line after a break once, equal to nothing at the top: real content
    [['某县植树方案', '正文一', P, '第二阶段工作安排', '正文二']],
    // a numbering heading repeated after breaks is content
    [['标题', '正文一', P, '一、工作目标', '正文二', P, '一、工作目标', '正文三']],
    // a sentence is not a header
    [['全面完成任务。', '正文一', P, '全面完成任务。', '正文二']],
    // a long line is not a header
    [['标题', '正文一', P, '这是一条很长很长的正文内容用于说明本县植树造林工作的总体安排和具体的实施步骤要求', '二']],
    // no page breaks at all
    [['标题', '正文一', '标题', '正文二']],
  ])('%j is left alone', (lines) => {
    expect(run(lines)).toBe(lines.join('\n'));
  });

  it('a line after a break once that equals the top only by being a footer is kept before the break', () => {
    // the organ name signing the last page stands before the break once: it is a signature, not a footer
    const lines = ['某县林业局', '某县植树方案', '正文。', '某县林业局', P];
    expect(run(lines)).toBe(lines.join('\n'));
  });

  it('a heading that opens a few parts of a long document is not a header', () => {
    const pages = ['标题', '正文一', P, '正文二', P, '某县林业局', '正文三', P, '正文四', P, '正文五', P, '某县林业局', '正文六', P, '正文七'];
    expect(run(pages)).toBe(pages.join('\n'));
  });
});

describe('removeRunningHeaders on odd and even pages', () => {
  it('drops headers that alternate between title and organ', () => {
    const pages = ['某县植树方案', '正文一', P, '某县林业局', '正文二', P, '某县植树方案', '正文三', P, '某县林业局', '正文四', P, '某县植树方案', '正文五'];
    expect(run(pages)).toBe(['某县植树方案', '正文一', P, '正文二', P, '正文三', P, '正文四', P, '正文五'].join('\n'));
  });
});

describe('normalize removes running headers', () => {
  it('page breaks stay where the pages meet', () => {
    const out = normalize('某县植树方案\n全县计划植树十二万株。\n— 1 —\n某县植树方案\n成活率达到百分之九十。');
    expect(out.text).toBe('某县植树方案\n全县计划植树十二万株。\n成活率达到百分之九十。');
    expect(out.pageBreaks).toEqual([out.text.indexOf('成活率')]);
  });


  it.each([
    [
      '某县2023年植树造林工作方案\n　　为改善生态，制定本方案。全县计划植树\n— 1 —\n某县2023年植树造林工作方案\n12万株，成活率达到90%。',
      '某县2023年植树造林工作方案\n为改善生态,制定本方案。全县计划植树12万株,成活率达到90%。',
    ],
    [
      '某县植树方案\n今年全县将在各乡镇统筹推进植树造林\n第1页 共3页\n某县林业局\n和森林防火等各项重点工作的落实\n第2页 共3页\n某县林业局\n确保完成任务。',
      '某县植树方案\n今年全县将在各乡镇统筹推进植树造林和森林防火等各项重点工作的落实确保完成任务。',
    ],
    [
      '某县植树方案\n今年全县将在各乡镇统筹推进植树造林，\n-1-\n春季义务植树活动将于三月中旬在各村\n同步开展。',
      '某县植树方案\n今年全县将在各乡镇统筹推进植树造林,春季义务植树活动将于三月中旬在各村同步开展。',
    ],
  ])('%j', (raw, text) => {
    expect(normalize(raw).text).toBe(text);
  });
});
