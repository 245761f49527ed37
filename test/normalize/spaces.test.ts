import { describe, expect, it } from 'vitest';
import { joinLetterSpaced, tidySpaces } from '../../src/normalize/spaces.js';

describe('tidySpaces', () => {
  it.each([
    ['  为了做好工作  ', '为了做好工作'],
    ['甲   乙', '甲 乙'],
    ['甲 \n  乙', '甲\n乙'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(tidySpaces(input)).toBe(expected);
  });
});

describe('joinLetterSpaced', () => {
  it.each([
    ['报 告', '报告'],
    ['工 作 总 结', '工作总结'],
    ['某校基本情况 报 告', '某校基本情况报告'],
    ['报 告 某校基本情况', '报告某校基本情况'],
    ['组 长:张三', '组长:张三'],
    ['在会上作了 报 告,大家认真听取。', '在会上作了 报告,大家认真听取。'],
    // a spaced field name whose gap a PDF wrote as a tab
    ['一、时\t间:2017年5月21日', '一、时间:2017年5月21日'],
    ['四、主\t席:王明(理事长)\t记录:李红', '四、主席:王明(理事长)\t记录:李红'],
    ['地\t点:学校会议室', '地点:学校会议室'],
  ])('%j → %j', (input, expected) => {
    expect(joinLetterSpaced(input)).toBe(expected);
  });

  it.each([
    ['加大 对学校固定资产的管理'],
    ['某校工作总结 一年来,我们做了很多工作。'],
    ['副组长:李四 副校长'],
    ['XX小学 2016年5月'],
    ['一、 二、三'],
    ['在 学校里'],
    ['甲 12 乙'],
    // table cells: a lone character before a cell that is no field name
    ['甲\t乙\t丙'],
    ['计\t划:'.replace(':', '')],
    ['项目\t金额:万元'],
  ])('leaves %j alone', (input) => {
    expect(joinLetterSpaced(input)).toBe(input);
  });
});

describe('tidySpaces: table rows', () => {
  it('keeps the tabs between cells, spaces beside them go', () => expect(tidySpaces('规章 \t 0\t0 \t0')).toBe('规章\t0\t0\t0'));
  it('keeps empty cells', () => expect(tidySpaces('(三)不予公开\t\t\t')).toBe('(三)不予公开\t\t\t'));
  it('a line of tabs only is empty', () => expect(tidySpaces('\t \t')).toBe(''));
});
