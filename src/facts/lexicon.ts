// Word tables of the facts stage (title, issuer, dates of the document). Every table says what
// belongs in it; rules read them, never inline their own word lists.
import type { DocumentType } from '../schema/document.js';

export type DocKind = 'plan' | 'report';

/** Head nouns a plan or report title ends with, and the kind of document each names. */
export const DOC_KIND_WORDS: readonly { readonly word: string; readonly kind: DocKind }[] = [
  { word: '计划', kind: 'plan' },
  { word: '要点', kind: 'plan' },
  { word: '方案', kind: 'plan' },
  { word: '规划', kind: 'plan' },
  { word: '安排', kind: 'plan' },
  { word: '思路', kind: 'plan' },
  { word: '打算', kind: 'plan' },
  { word: '设想', kind: 'plan' },
  { word: '意见', kind: 'plan' },
  { word: '纲要', kind: 'plan' },
  // rules a body sets itself (管理办法, 实施细则): they say what will be done, as plans do
  { word: '办法', kind: 'plan' },
  { word: '细则', kind: 'plan' },
  // a task list set out as a table (机关党支部2023年工作任务清单, 重点工作责任分解表) plans the year's work
  { word: '任务清单', kind: 'plan' },
  { word: '工作清单', kind: 'plan' },
  { word: '责任清单', kind: 'plan' },
  { word: '任务分解表', kind: 'plan' },
  { word: '责任分解表', kind: 'plan' },
  { word: '总结', kind: 'report' },
  { word: '报告', kind: 'report' },
  { word: '汇报', kind: 'report' },
  { word: '自查', kind: 'report' },
  { word: '述职', kind: 'report' },
  { word: '小结', kind: 'report' },
  { word: '汇报材料', kind: 'report' },
  { word: '总结材料', kind: 'report' },
  { word: '汇报提纲', kind: 'report' },
  // minutes record what a meeting did and decided: a report of it
  { word: '会议纪要', kind: 'report' },
  { word: '会议纪录', kind: 'report' },
  { word: '会议记录', kind: 'report' },
  // statistical bulletins and annual reports review a year too
  { word: '公报', kind: 'report' },
  { word: '年报', kind: 'report' },
];

export const KIND_TYPE: Readonly<Record<DocKind, DocumentType>> = { plan: 'work_plan', report: 'summary_report' };

/** Parenthesized qualifiers allowed after a title's head noun: 方案(试行). */
export const TITLE_SUFFIXES: readonly string[] = ['试行', '草案', '征求意见稿', '讨论稿', '修订稿', '修订', '初稿', '送审稿'];

/** Words that open the body of a document; in flattened text they mark where a title stops. */
export const BODY_START_WORDS: readonly string[] = [
  '为了', '为', '根据', '按照', '依据', '遵照', '结合', '围绕', '在', '一年来', '近年来', '多年来', '今年', '去年', '本年',
  '全年', '上半年', '下半年', '年初', '本学期', '新学期', '本学年', '过去', '当前', '目前', '随着', '我校', '本校', '我局',
  '我镇', '我县', '我区', '我市', '我们', '经', '自', '截至', '现将', '尊敬',
];

/** Words a title never starts with: they open a sentence (为了加强…,特制定本方案). */
export const SENTENCE_START_WORDS: readonly string[] = [
  '为了', '为', '根据', '按照', '依据', '遵照', '结合', '围绕', '一年来', '近年来', '今年以来', '现将', '尊敬', '我们', '截至', '特制定', '制定',
  '我校', '我局', '我镇', '我县', '我区', '我市', '本校',
];

/** Joiners between a report word and a plan word in a mixed title: 工作总结和2018年工作思路. */
export const KIND_JOINERS: readonly string[] = ['和', '及', '与', '暨', '并', '、', '兼'];

/** Part labels that introduce a document inside a collection; their line is not a title. */
export const PART_LABEL = /^(?:第[一二三四五六七八九十\d]{1,3}[篇部分]|篇[一二三四五六七八九十\d]{1,3}|附件\s*\d{0,2})/;

/** Words in a title line that name the kind of document (the year before them is its year). */
export const TITLE_WORDS: readonly string[] = [
  '工作要点', '要点', '计划', '规划', '方案', '总结', '报告', '汇报', '思路', '安排', '打算', '意见', '通知', '纲要', '公报', '年报', '办法', '细则',
  '清单', '分解表',
];

/** Words in a title that name a plan part (after a summary: 2017年工作总结和2018年工作计划). */
export const PLAN_TITLE_WORDS: readonly string[] = ['计划', '思路', '打算', '要点', '安排', '规划'];

/** Words in a title that name a review part. */
export const SUMMARY_TITLE_WORDS: readonly string[] = ['总结', '报告', '汇报'];

/**
 * Kind words of a section title that plans or reviews one year (2024年工作打算, 明年重点工作):
 * the year before them is the year of the section's year-less mentions.
 */
export const SECTION_YEAR_WORDS: readonly string[] = [
  '打算', '计划', '思路', '安排', '要点', '重点工作', '工作重点', '主要任务', '工作任务', '目标任务', '工作目标', '设想',
  '展望', '总结', '回顾', '部署', '总体要求', '主要目标', '预期目标', '发展目标', '政府工作任务',
];

/** Words opening a section title that name the year after the document's own (明年工作打算), with their offset. */
export const SECTION_NEXT_YEAR_WORDS: readonly string[] = ['明年', '来年', '下一年', '下年', '新的一年'];

/** Words of a section title that reviews the year it names (2023年工作回顾): the document speaks from the year after. */
export const SECTION_REVIEW_WORDS: readonly string[] = ['回顾', '总结', '工作情况', '完成情况', '主要成绩', '主要工作', '取得的成绩'];

/** Endings of an organ's name that signs or issues a plan or report (schools, bureaus, committees, offices). */
export const ORGAN_SUFFIXES: readonly string[] = [
  '中心学校', '学校', '小学', '中学', '完小', '幼儿园', '学区', '教育局', '教体局', '教育厅', '委员会', '人民政府', '政府',
  '办公室', '办公厅', '领导小组', '中心', '学院', '大学', '党委', '党组', '党工委', '党支部', '支部', '党总支', '工会', '团委',
  '协会', '学会', '研究院', '研究所', '常委会', '管委会', '法院', '检察院', '局', '厅', '委', '部', '处', '科', '所', '站',
  '院', '校', '园', '会', '署',
  // enterprises, hospitals and community organs sign plans and reports too
  '公司', '集团', '医院', '卫生院', '银行', '社区', '居委会', '村委会', '街道', '办事处', '村', '镇', '乡',
];

/**
 * Organs whose full name is shorter than a place name plus a suffix (国务院, 教育部): complete
 * issuers on their own. Longer central names (中共中央办公厅) pass the suffix rule anyway.
 */
export const NAMED_ORGANS: readonly string[] = [
  '国务院', '中共中央', '中央军委', '全国人大', '全国政协', '中办', '国办', '教育部', '科技部', '公安部', '民政部', '司法部',
  '财政部', '水利部', '商务部', '外交部', '国防部', '审计署', '中宣部', '中组部', '统战部', '国资委', '发改委', '卫健委',
  '工信部', '人社部', '住建部', '农业部', '文化部', '卫生部', '团中央', '全国妇联', '全国总工会', '中国科协',
];

/**
 * Posts named in a report's byline after the organ (海拉尔区人民政府代区长 张某, 国务院总理 李某); 代 and 副
 * may precede them. Longest first, so 副总理 is read before 总理.
 */
export const BYLINE_POSTS: readonly string[] = [
  '委员长', '副总理', '总理', '检察长', '省长', '市长', '区长', '县长', '州长', '旗长', '盟长', '镇长', '乡长', '主席', '主任',
  '书记', '局长', '厅长', '校长', '院长', '部长', '社长', '董事长', '总经理', '行长', '理事长', '所长',
];

/** Document-number codes of central organs (国发〔2018〕1号 → 国务院), longest first. */
export const CENTRAL_NUMBER_CODES: readonly { readonly code: string; readonly organ: string }[] = [
  { code: '国办发', organ: '国务院办公厅' },
  { code: '国办函', organ: '国务院办公厅' },
  { code: '中办发', organ: '中共中央办公厅' },
  { code: '国发', organ: '国务院' },
  { code: '国函', organ: '国务院' },
  { code: '中发', organ: '中共中央' },
  // Taiwan: the Executive Yuan (院台忠字第1125000424号) and the Presidential Office, simplified as the text is
  { code: '院台', organ: '行政院' },
  { code: '华总', organ: '总统府' },
  ...['教基', '教高', '教职成', '教师', '教体艺', '教督', '教研', '教社科', '教技', '教党', '教办', '教政法', '教财', '教发'].map((code) => ({ code, organ: '教育部' })),
];

/** Province codes in document numbers (苏政发 → 江苏省人民政府) and the province each names. */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 内: '内蒙古自治区', 辽: '辽宁省',
  吉: '吉林省', 黑: '黑龙江省', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省',
  豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省', 川: '四川省', 黔: '贵州省',
  云: '云南省', 滇: '云南省', 藏: '西藏自治区', 陕: '陕西省', 甘: '甘肃省', 青: '青海省', 宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};

/** What a province's document code says after its letter: 政发/府发 the government, 政办发 its general office, 教 the education department. */
export const PROVINCE_ORGAN_CODES: readonly { readonly code: string; readonly organ: string }[] = [
  { code: '政办发', organ: '人民政府办公厅' },
  { code: '府办发', organ: '人民政府办公厅' },
  { code: '政发', organ: '人民政府' },
  { code: '府发', organ: '人民政府' },
  { code: '教', organ: '教育厅' },
];

/** Separators that web pages and exports put between a document's title and the site's name. */
export const SITE_TITLE_SEPARATORS: readonly string[] = ['->', '—>', '>>', '»', ' | ', '|', '｜', '_', ' - ', ' – ', ' — ', '--', '——'];
