import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { chromeRule, isRelatedHeading, removeSiteNoise, removeInlineChrome } from '../../src/normalize/site-noise.js';

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
    ['【打印正文】', 'action'],
    ['【打印本页】【关闭窗口】', 'action'],
    ['查看更多>>', 'action'],
    ['本文标题:某校工作计划', 'footer'],
    ['链接地址:https://www.example.com/a.html', 'footer'],
    ['下一篇:学校安全工作总结', 'footer'],
    ['申明敬告: 本站不保证文档的完整性,请自行甄别。', 'disclaimer'],
    ['导语:本文来源于网友上传,不代表本站观点,欢迎参考。', 'disclaimer'],
    ['如有侵权请联系删除。', 'disclaimer'],
    // a sidebar's cut-off links closed by their posting dates, alone or run together
    ['启航新征程:追梦报国,奋进拼搏!—2022学年第一学期开…[08-31]', 'dated-links'],
    ['乘风破浪——在2020学年第二学期开学典礼上的…[02-27]十八而志…[05-04]校长专栏', 'dated-links'],
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
    ['会议于8月31日[08-31]召开'],
    ['【打印正文】一、工作目标'],
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

describe('copyright and registration footers', () => {
  it.each([
    ['Copyright © 2010-2023 某某范文网 All Rights Reserved', 'copyright'],
    ['copyright 2019 example.com', 'copyright'],
    ['© 2021 教育资源网', 'copyright'],
    ['某某文库 版权所有 联系邮箱:abc@example.com', 'copyright'],
    ['备案号:浙ICP备12345678号-2', 'icp'],
    ['京ICP证040000号', 'icp'],
    ['苏公网安备 32010202000000号', 'icp'],
  ])('%j is chrome (%s)', (line, rule) => {
    expect(chromeRule(line, false)).toBe(rule);
  });

  it.each([
    ['依法保护版权所有者的合法权益'],
    ['版权所有人登记作品数量增加'],
    ['加强知识产权保护,全年查处版权案件12起。'],
    ['开展“版权所有、盗版必究”宣传活动,印发宣传材料5000份,引导群众自觉抵制盗版。'.repeat(2)],
  ])('%j is content', (line) => {
    expect(chromeRule(line, false)).toBeNull();
  });
});

describe('isRelatedHeading', () => {
  it.each([['相关文档'], ['猜你喜欢'], ['【热门推荐】'], ['相关阅读:'], ['推荐阅读 更多>>'], ['为您推荐 换一换']])('%j is a heading', (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
  it.each([['推荐优秀教师参加评选'], ['三、推荐阅读书目'], ['相关文件'], ['热门推荐产品销量增长']])('%j is not', (line) => {
    expect(isRelatedHeading(line)).toBe(false);
  });
});

describe('related-documents lists', () => {
  const body = '某镇2023年工作总结\n全年完成任务。\n某镇人民政府\n2024年1月3日';

  it('drops a bottom list of titles and the copyright line', () => {
    const input = `${body}\n\n猜你喜欢\n· 某镇2021年工作总结\n· 2022年乡镇工作计划(精选8篇)\n热门推荐\n· 个人年度述职报告\nCopyright © 2015-2023 某某文库`;
    expect(removeSiteNoise(input)).toEqual({ text: `${body}\n`, removed: 6 });
  });

  it('drops unbulleted titles that run to the end', () => {
    const input = `${body}\n相关阅读\n村委会工作计划范文\n2020年党建工作要点`;
    expect(removeSiteNoise(input).text).toBe(body);
  });

  it('keeps body text that resumes after a bulleted list', () => {
    const input = `某校工作计划\n相关推荐\n· 某校安全工作方案\n· 某校德育工作总结\n为做好本学年工作,特制定本计划。\n一、指导思想`;
    expect(removeSiteNoise(input).text).toBe('某校工作计划\n为做好本学年工作,特制定本计划。\n一、指导思想');
  });

  it('keeps a reading list at the end that is not made of document titles', () => {
    const input = `${body}\n推荐阅读\n《乡土中国》\n《平凡的世界》`;
    expect(removeSiteNoise(input).text).toBe(input);
  });

  it('keeps a 推荐 heading followed by body text', () => {
    const input = `二、重点工作\n热门推荐\n各村推荐优秀党员3名,于5月底前报镇党委。`;
    expect(removeSiteNoise(input).text).toBe(input);
  });

  it('keeps lines after a list that ends in a paragraph', () => {
    const input = `猜你喜欢\n某县工作总结\n全年接待游客10万人次,同比增长5%。`;
    expect(removeSiteNoise(input).text).toBe(input);
  });

  it('keeps page breaks of dropped list lines', () => {
    expect(removeSiteNoise(`甲。\n相关文档\n${P}· 某校工作总结`).text).toBe(`甲。\n${P}`);
  });
});

describe('related-documents lists: limits', () => {
  it('keeps a long run of short lines after a heading (a document of its own)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i + 1}.某项工作方案`).join('\n');
    const input = `相关阅读\n${rows}`;
    expect(removeSiteNoise(input).text).toBe(input);
  });
});

describe('inline chrome of a flattened government page', () => {
  // the whole page body on one line (a short line opening with 当前位置 is dropped whole, as chrome)
  const body = '各位代表:现在,我代表县人民政府向大会报告工作,请予审议。'.repeat(4);
  const flat = `当前位置: 首页政务公开政府工作报告 政府工作报告(2018) 时间:2018-01-03 15:15 微信 微博 QQ空间 ——2018年1月3日在县人民代表大会上 ${body} 来源:某县人民政府办公室 附件下载`;
  const { text, removed } = removeSiteNoise(flat);
  it('the breadcrumb path goes, the title stays', () => expect(text.startsWith('政府工作报告(2018)')).toBe(true));
  it('the stamp and the share buttons become a line break', () => expect(text).toContain('政府工作报告(2018)\n——2018年1月3日'));
  it('the 来源 trailer goes', () => expect(text.endsWith('请予审议。')).toBe(true));
  it('counts what went', () => expect(removed).toBe(3));
  it('a field with a date but no clock time stays', () => expect(removeSiteNoise('活动时间:2023-05-01,地点另行通知。').text).toBe('活动时间:2023-05-01,地点另行通知。'));
  it('来源 inside a sentence stays', () => expect(removeSiteNoise('数据来源:县统计局年报,经核实无误。').text).toBe('数据来源:县统计局年报,经核实无误。'));
  it.each([
    ['breadcrumb-path', '您的位置: 首页>通知公告 关于某事的通知'],
    ['stamp-and-share', '关于某事的通知 发布时间:2024-01-02 08:00 【字号:大 中 小】 正文。'],
    ['source-trailer', '正文结束。 来源:某县教育局 打印本页 关闭窗口'],
  ])('%s alone', (_id, line) => expect(removeInlineChrome(line).removed).toBe(1));
});

describe('a school or department site menu at the top of the page', () => {
  const page = ['今天是', '信息公开|校园邮箱|办公平台|图书馆', '学校概况', '党建工作', '教学科研', '德育天地', '校园文化', '招生信息', '关于印发2024学年工作要点的通知', '各处室、年级组:', '现将工作要点印发给你们,请认真贯彻落实。'].join('\n');
  const out = removeSiteNoise(page).text.split('\n').filter((l) => l !== '');
  it('drops the menu lines, the bar menu and the 今天是 line', () => expect(out[0]).toBe('关于印发2024学年工作要点的通知'));
  it('keeps the body', () => expect(out).toHaveLength(3));
  it('the top bar: the day with its weekday and the version switches', () => {
    const text = '| 2023年10月11日星期三\n繁体版网站无障碍关怀版✖\n某县2015年国民经济和社会发展统计公报\n2015年,全县生产总值增长9.3%。';
    expect(removeSiteNoise(text).text.split('\n').filter((l) => l !== '')[0]).toBe('某县2015年国民经济和社会发展统计公报');
  });
  it('four one-word lines are no menu (a short title block)', () => {
    const text = '政府工作报告\n区长\n张某\n某某区\n一、过去一年工作回顾\n去年全区生产总值增长5%。';
    expect(removeSiteNoise(text).text).toBe(text);
  });
  it('one-word lines after the first sentence stay (a list in the body)', () => {
    const text = '关于开展读书月活动的通知\n各年级要组织好以下活动。\n朗读\n演讲\n征文\n书画\n摄影\n展览';
    expect(removeSiteNoise(text).text).toBe(text);
  });
});

describe('related lists whose items end in their posting date', () => {
  it('推荐阅读 with [MM-DD] items goes, the body after it stays', () => {
    const text = '推荐阅读\n教学楼办公室调整公告[08-12]\n开学工作行事历[08-19]\n关于开展主题党日活动的通知(2024-06-29)\n关于公布2019学年工作要点的通知\n现将工作要点印发给你们。';
    expect(removeSiteNoise(text).text.split('\n').filter((l) => l !== '')).toEqual(['关于公布2019学年工作要点的通知', '现将工作要点印发给你们。']);
  });
});

describe('buttons written over three lines', () => {
  it('【 / 打印本页 / 】 goes whole, brackets and all', () =>
    expect(removeSiteNoise('为建设美丽家园而奋斗!\n扫一扫在手机打开当前页\n【\n打印本页\n】\n【\n关闭窗口\n】').text).toBe('为建设美丽家园而奋斗!\n扫一扫在手机打开当前页'));
  it('a bracket line beside content stays', () => expect(removeSiteNoise('【字体:\n小中大】\n政府工作报告').text).toBe('【字体:\n小中大】\n政府工作报告'));
});
