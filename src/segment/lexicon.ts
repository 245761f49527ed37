// Small word tables for finding where a section heading ends and its body begins.

/** Heading words that make a whole title on their own (一、总体思路以…: the title is 总体思路). */
export const HEADING_WORDS: readonly string[] = [
  '总体思路', '指导思想', '工作思路', '基本思路', '总体要求', '基本原则', '工作原则',
  '工作目标', '目标任务', '总体目标', '主要目标', '具体目标', '发展目标', '任务目标',
  '主要任务', '重点任务', '工作任务', '具体任务', '重点工作', '主要工作', '工作重点', '工作内容', '主要内容', '活动内容',
  '主要措施', '保障措施', '工作措施', '具体措施', '推进措施', '实施措施', '工作举措', '主要举措',
  '组织机构', '组织领导', '领导小组', '组织保障', '工作要求', '有关要求', '具体要求', '基本要求', '相关要求',
  // X保障 headings (四、资金保障|项目总投资…)
  '资金保障', '经费保障', '制度保障', '条件保障', '政策保障', '人才保障', '队伍保障', '技术保障', '后勤保障', '纪律保障',
  '工作机制', '保障机制', '运行机制', '工作职责', '职责分工', '任务分工', '责任分工',
  '时间安排', '工作步骤', '实施步骤', '实施阶段', '进度安排', '工作安排', '方法步骤', '步骤安排',
  '基本情况', '学校基本情况', '工作情况', '主要做法', '主要成绩', '工作成效', '取得成效', '主要成效', '工作回顾',
  '存在问题', '存在的问题', '存在的不足', '问题与不足', '存在的困难', '下步打算', '下一步打算', '下步工作打算', '今后打算',
  '下一步工作', '工作打算', '工作思路', '活动目的', '活动主题', '活动时间', '活动对象', '参加人员', '实施范围', '背景',
  // a report's plan part named by its year (二、2023年工作计划|2023年是…)
  '工作计划', '工作要点',
];

/** Words that open a clause, so a heading word right before them ends the title (总体思路|以…为目标). */
export const CLAUSE_STARTERS: readonly string[] = [
  '以', '按照', '根据', '依据', '为', '为了', '坚持', '围绕', '在', '通过', '结合', '针对', '着力', '紧紧', '深入', '认真',
  '全面', '进一步', '努力', '立足', '本着', '贯彻', '落实', '我校', '我们', '学校', '全县', '全区', '全镇', '今年', '本年',
  '本学期', '本学年', '近年来', '一年来', '几年来', '成立', '由', '经', '对', '从', '把', '将', '各', '全体', '通过', '到',
  '全年', '年内', '当年', '力争', '确保', '预计', '截止', '截至',
];

/**
 * Field labels that open a section's body in flattened text (开展党史学习教育活动|活动内容:…): a title
 * running into one ends before it.
 */
export const FIELD_LABELS: readonly string[] = [
  '活动内容', '活动时间', '活动地点', '活动对象', '活动形式', '参加对象', '参加人员', '牵头处室', '牵头单位', '责任单位', '责任处室',
  '责任部门', '完成时限', '完成时间', '具体内容', '主要内容', '工作内容', '实施内容', '目标任务', '工作目标', '具体措施',
];

/** Openers of an inline list (一是…二是…): the body has begun. */
export const INLINE_LIST_OPENERS: readonly string[] = ['一是', '一要', '首先'];

/** Characters allowed inside a parenthesis that holds only dates (3月3日—3月15日, 2012年11月一2013年3月). */
export const DATE_PAREN_CHARS = /^[0-9０-９\s年月日号上中下旬初底末前后至到—–\-~～一、,，.．]+$/;

/** Verbs and openers that begin a body sentence right after a two-clause heading (…进展通报制度|完善《…》). */
export const BODY_OPENERS: readonly string[] = [
  '完善', '针对', '启动', '开展', '建立', '实施', '落实', '组织', '制定', '健全', '结合', '按照', '根据', '围绕', '依托',
  '借助', '利用', '做好', '抓好', '成立', '召开', '举办', '定期', '严格', '贯彻', '着力', '发挥',
  // adverb + verb words as jieba cuts them
  '认真贯彻', '贯彻落实', '充分发挥', '认真落实', '积极开展', '深入开展', '全面落实', '切实加强', '认真开展', '扎实开展',
];

/** Verbs that open a body sentence after a heading word (保障措施|加强领导). */
export const ACTION_VERBS: readonly string[] = ['加强', '提高', '推进', '强化', '坚持', '确保', '实行', '提升', '促进', '深化', '狠抓', '明确'];

/** Words that begin with a one-character clause opener without opening a clause (基本情况对比, 工作目标以上). */
export const NOT_OPENERS: readonly string[] = ['对比', '以上', '以下', '以及', '以内', '为主', '为止', '在于', '在内', '对象', '将来', '由此', '到位', '到底', '到达'];

/** Coverbs that need a verb later in their clause (把…落实, 对…进行). */
export const COVERBS: readonly string[] = ['把', '将', '对', '向', '让', '使', '被', '在', '从', '给', '以', '为', '由', '与'];

/** Adverbs that may stand before a body opener (认真贯彻, 积极开展). */
export const SEAM_ADVERBS: readonly string[] = ['认真', '积极', '切实', '充分', '大力', '继续', '进一步', '全面', '努力', '深入', '不断'];

/** Nouns that close a heading phrase, so a verb right before them is no seam (落实情况, 开展工作). */
export const HEADING_FINALS: readonly string[] = ['情况', '方面', '工作', '问题', '要求', '措施', '成效', '经验', '计划', '方案'];

/** Nouns that head a heading's object phrase, so the body may start right after one (完善网格治理体系|将…, 强化经费保障|街道…). */
export const HEAD_NOUNS: readonly string[] = [
  '建设', '体系', '机制', '制度', '水平', '能力', '质量', '保障', '考核', '领导', '管理', '服务', '队伍', '环境', '责任',
  '宣传', '治理', '化解', '监督', '督导', '督查', '整治', '防控', '基础', '格局', '效能', '作风', '氛围', '合力', '意识',
  '素质', '力度', '实效', '成效', '改革', '创新', '发展', '培训', '教育', '评价', '监管', '投入', '协作', '联动', '落实',
  '行为', '结构', '模式', '秩序', '纪律', '特色', '品牌', '内涵', '平台', '阵地', '载体', '网络', '党建', '安全', '工程', '活动',
  '保护', '权益', '安全感', '获得感', '幸福感', '满意度', '工作', '任务',
];

/** Verbs that open a heading though jieba may tag them otherwise (规范/n, 深化/j, 全面/n). */
export const HEADING_VERBS: readonly string[] = [
  '规范', '优化', '深化', '落实', '全面', '健全', '完善', '严格', '扎实', '突出', '注重', '夯实', '聚焦', '创新', '拓展', '打造',
];

/** Words that may stand as the subject of a body sentence right after a heading (街道安排…, 各社区对照…). */
export const SUBJECT_TAGS: readonly string[] = ['r', 'n', 'ns', 'nt', 'nz', 'j'];

/** Starts of a title that is a sentence with its own subject or time, so no heading ends inside it (各学科每学期开展…). */
export const SENTENCE_OPENERS: readonly string[] = ['各', '每', '我校', '我们', '我局', '我院', '本学期', '本学年', '今年', '全体'];

/** Nouns that name an attribute of the noun before them (投入|强度, 覆盖|比例), so they continue its phrase instead of opening a body. */
export const ATTRIBUTE_NOUNS: readonly string[] = [
  '强度', '比例', '比重', '占比', '规模', '总量', '增速', '增幅', '幅度', '指数', '数量', '总额', '额度', '密度', '速度',
  '程度', '比率', '份额', '标准', '效率', '面积', '人数', '次数', '金额',
];

/** Heading verbs whose object may be a whole clause (推动…强度达到2.5%, 确保…率不低于95%): a subject + verb after them is that clause. */
export const PIVOT_VERBS: readonly string[] = ['推动', '促进', '确保', '保证', '力争', '争取', '带动', '促使', '使', '让', '实现'];

/** Verbs that take another verb as their object (计划|开展, 拟|组织): the opener after them is their object, not a body. */
export const VERB_TAKING_VERBS: readonly string[] = ['计划', '拟', '准备', '打算', '决定', '预计', '力争', '争取', '要', '需要', '应', '应当', '须', '必须'];

/** Negations and degree adverbs that make the verb after them a predicate (机制不够|健全), not a body opener. */
export const PREDICATE_ADVERBS: readonly string[] = ['不', '不够', '不太', '尚不', '尚未', '未', '没有', '仍不', '还不', '较为', '比较', '更加', '日益', '十分', '很'];
