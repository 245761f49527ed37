import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { chromeRule, removeSiteNoise } from '../../src/normalize/site-noise.js';

describe('chromeRule: site chrome lines', () => {
  it.each([
    ['- 2019-06-21 发布 |', 'meta'],
    ['- 52.3 KB |', 'meta'],
    ['- 8页', 'meta'],
    ['2020-01-05 上传 | 1.2 MB | 共6页', 'meta'],
    ['1234次浏览 | 56次下载', 'meta'],
    ['浏览量:4521', 'meta'],
    ['上传者:教育园地', 'meta'],
    ['发布时间:2021-09-01 10:22', 'meta'],
    ['时间:2020-11-12 14:03:55', 'meta'],
    ['您好,欢迎访问某某文库', 'opening'],
    ['欢迎来到范文网!', 'opening'],
    ['当前位置:首页 > 工作计划', 'breadcrumb'],
    ['首页 > 教育 > 学校工作 > 计划', 'breadcrumb'],
    ['https://www.example.com/doc-123.html', 'url'],
    ['文档介绍', 'action'],
    ['查看更多>>', 'action'],
    ['本文标题:某校工作计划', 'footer'],
    ['链接地址:https://www.example.com/a.html', 'footer'],
    ['下一篇:学校安全工作总结', 'footer'],
    ['申明敬告: 本站不保证文档的完整性,请自行甄别。', 'disclaimer'],
    ['导语:本文来源于网友上传,不代表本站观点,欢迎参考。', 'disclaimer'],
    ['如有侵权请联系删除。', 'disclaimer'],
  ])('%j is chrome (%s)', (line, rule) => {
    expect(chromeRule(line, false)).toBe(rule);
  });

  it.each([
    ['时间:2021-03-04', true, 'meta'],
    ['时间:2021-03-04', false, null],
  ])('%j in header=%s → %s', (line, header, rule) => {
    expect(chromeRule(line, header)).toBe(rule);
  });

  it.each([
    ['整改时间:2016.5.10'],
    ['2014年3月2日印发'],
    ['第一阶段:宣传发动阶段(2012年11月—2013年3月)'],
    ['一、指导思想'],
    ['12页'.padStart(30, '共有教案')],
    ['及时上传下载教学资源,丰富课堂内容。'],
    ['加强客服中心建设,提高服务水平。'],
    ['以上意见仅供参考。'],
    ['成绩比较:甲校>乙校>丙校,差距明显。'],
    ['欢迎各位领导莅临指导!'],
    ['2019年工作总结'],
    ['责任人:张三'],
    ['数据来源于县统计局,2014年全县投入资金5000万元,新建校舍12所。'],
  ])('%j is content', (line) => {
    expect(chromeRule(line, true)).toBeNull();
  });
});

describe('removeSiteNoise', () => {
  it('drops chrome lines and keeps the rest', () => {
    const input = '您好,欢迎访问某某文库\n当前位置:首页 > 计划\n某校工作计划\n为做好工作,特制定本计划。\n本文标题:某校工作计划';
    expect(removeSiteNoise(input)).toEqual({ text: '某校工作计划\n为做好工作,特制定本计划。', removed: 3 });
  });

  it('strips a trailing "more" link from a body line', () => {
    expect(removeSiteNoise('全力做好安全工作。 查看更多').text).toBe('全力做好安全工作。');
  });

  it('keeps "阅读全文" inside a sentence', () => {
    expect(removeSiteNoise('组织学生阅读全文').text).toBe('组织学生阅读全文');
  });

  it('keeps page breaks of dropped lines', () => {
    expect(removeSiteNoise(`甲\n${P}- 12页\n乙`).text).toBe(`甲\n${P}\n乙`);
  });

  it('keeps blank lines', () => {
    expect(removeSiteNoise('甲\n\n乙').text).toBe('甲\n\n乙');
  });
});
