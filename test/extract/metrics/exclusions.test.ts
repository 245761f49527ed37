import { describe, expect, it } from 'vitest';
import { metrics } from './helpers.js';

const texts = (s: string): string[] => metrics(s).map((m) => m.text);

// Sentences with no metric at all.
const NONE: readonly string[] = [
  '2014年全县教育工作要点。',
  '二〇一四年全县教育工作要点。',
  '2013-2015年教育发展规划。',
  '2014—2015学年度第一学期。',
  '2014-2015学年工作安排。',
  '12月底前完成验收。',
  '3月8日前报送材料。',
  '根据〔2014〕21号文件精神。',
  '印发灞校发〔2014〕05号通知。',
  '第二小学和第十四中学。',
  '召开第十四届运动会。',
  '第3批名单已公布。',
  '学习贯彻十八大精神。',
  '十八届三中全会精神。',
  '县委十五届三次全委会。',
  '开展“三个一”系列活动。',
  '认真落实《关于进一步加强作风建设的九项措施》。',
  '制定《学生社团三年建设发展规划》。',
  '印发《“十三五”规划16个未完成指标原因分析》报告。',
  '落实“两个确保”要求。',
  '形成一校一品格局。',
  '十三五期间重点工作。',
  '实现两基目标。',
  '三年级学生参加竞赛。',
  '1——6年级开设课程。',
  '联系电话:0851-86543210。',
  '一次性补助发放到位。',
  '推进九年制学校建设。',
  '干与不干一个样。',
  '十分重要。',
  '千方百计抓落实。',
  '走进千家万户。',
  '努力办好每一所学校。',
  '打造一支学习型、研究型的队伍。',
  '成为一个有道德的人。',
  '是一所全日制寄宿制完全小学。',
  '素质教育的一个窗口。',
  '形成一种良好风气。',
  '涌现出一批年轻的教学新秀。',
  '一、总体思路',
  '(三)主要措施',
  '1.加强领导。2.完善制度。',
  '建校60周年庆典。',
  '二本以上达线率稳居前列。',
  '位居全市前三名。',
  '按5:2:3分担经费。',
  '开展体育、艺术2+1项目。',
  'XX年工作总结。',
  '上世纪90年代建校。',
  '数十所学校参加。',
  '几百人到场。',
  '若干个问题。',
  '上千名教师参加。',
  '实行九年一贯制。',
  '一年一度评比。',
  '两年一次考核。',
  '2019年度考核。',
  '3月份完成。',
  '5G网络全覆盖。',
  '推行1+X证书制度。',
  '14年3月开工。',
  '一四年十月完工。',
  '提供一条龙服务。',
  '全县一张网管理。',
  '上午8点30分开会。',
  '坚持五位一体总体布局。',
  // a postal code before the place it addresses
  '会址:10617台北市罗斯福路4段。',
  '通讯地址:200030上海市徐汇区。',
];

describe('not metrics', () => {
  it.each(NONE)('%s', (s) => {
    expect(texts(s)).toEqual([]);
  });
});

// Sentences where only some numbers are metrics.
const SOME: readonly (readonly [string, readonly string[]])[] = [
  ['2014年新建学校3所。', ['3所']],
  ['第二小学新建食堂1间。', ['1间']],
  ['三年级学生45名。', ['45名']],
  ['〔2014〕21号文件要求培训教师200人。', ['200人']],
  ['2013年至2015年,用三年时间完成改造。', ['三年']],
  ['十八大以来新建学校12所。', ['12所']],
  ['“三个一”活动覆盖学生3000人。', ['3000人']],
  ['按照《十项措施》,新建项目12个。', ['12个']],
  ['《方案》印发后,3个月内完成。', ['3个月内']],
  ['1.新建幼儿园5所。', ['5所']],
  ['(2)配备教师2名。', ['2名']],
  ['百余所学校参加。', ['百余所']],
  ['上线人数365人。', ['365人']],
  ['每月一次,共三次。', ['一次', '三次']],
  ['建设一个特教资源教室。', ['一个']],
  ['服务满3年,每年培训2月。', ['3年']],
  ['考试成绩平均85分。', ['85分']],
  ['新修道路一条。', ['一条']],
];

describe('metrics beside non-metrics', () => {
  it.each(SOME)('%s', (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
});

// Families of numbers that are no metrics, each beside one that is.
const FAMILIES: readonly (readonly [string, string, readonly string[]])[] = [
  ['a ROC year before what it names', '本院112年灾害防救演习纲要计划。', []],
  ['a ROC school year', '111学年度健康识能竞赛。', []],
  ['a number of years is still one', '学校建校112年。', ['112年']],
  ['期限 is no 期', '报告于9期限前函报。', []],
  ['a tonnage class', '新增5万吨级以上泊位。', []],
  ['a tonnage', '年吞吐量5万吨。', ['5万吨']],
  ['中央八项规定', '严格落实中央八项规定精神。', []],
  ['a plenary session', '按照十届三次、四次全会部署。', []],
  ['the three sectors', '三次产业结构持续优化。', []],
  ['the four leading bodies', '县四套班子领导带头。', []],
  ['the two teams', '狠抓两支队伍建设。', []],
  ['二次 is a second time', '做好墓地二次发掘。', []],
  ['两次 is a count', '全年两次降低存款准备金率。', ['两次']],
  ['一个 after a verb of shaping', '设计一个桌面笔筒。', []],
  ['一条 after 走出', '探索走出一条新路。', []],
  ['一张蓝图', '确保一张蓝图绘到底。', []],
  ['办成一件事', '推进高效办成一件事。', []],
  ['a capital digit alone in a word', '大陆首个海外仓启用。', []],
  ['a clock time with 点', '下午2至4点召开会议。', []],
  ['points', '每100点积分兑换一次。', ['100点', '一次']],
  ['a field and its value after a colon', '建议学时:32学时。', ['32学时']],
  ['a ratio with colons', '按5:2:3分担。', []],
];

describe('families that are no metrics', () => {
  it.each(FAMILIES)('%s', (_name, s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
  it('a scale alone is one of it (超亿元 → 1 亿元)', () => {
    const m = metrics('销售收入超亿元的企业达到20家。')[0];
    expect([m?.text, m?.value, m?.unit, m?.qualifier]).toEqual(['超亿元', 1, '亿元', 'more_than']);
  });
});
