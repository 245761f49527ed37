import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/normalize/mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['合理配臵教育资源', '合理配置教育资源', 1],
    ['设臵岗位,臵换校舍', '设置岗位,置换校舍', 2],
    ['树立一面旗臶', '树立一面旗帜', 1],
    ['⼀年来,⼯作', '一年来,工作', 2],
    ['⽇常管理', '日常管理', 1],
    ['⻓期坚持', '长期坚持', 1],
    ['⻔卫室', '门卫室', 1],
    ['教育⻅成效', '教育见成效', 1],
  ])('%j → %j', (input, expected, count) => {
    expect(repairMojibake(input)).toEqual({ text: expected, count });
  });

  it.each([['位置'], ['一年来工作'], ['日常管理'], ['长期坚持']])('leaves %j alone', (input) => {
    expect(repairMojibake(input)).toEqual({ text: input, count: 0 });
  });
});
