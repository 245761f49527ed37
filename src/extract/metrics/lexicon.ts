// Lexicons of the metrics extractor: units, qualifiers and cue words, as small typed tables.
import type { Dimension, MetricRole, Qualifier } from '../../schema/document.js';

export interface UnitEntry {
  /** The characters as they stand after the number. */
  readonly form: string;
  /** The unit reported in `Metric.unit` ("个百分点" is reported as 百分点). */
  readonly unit: string;
  readonly dimension: Dimension;
  /** Multiplier to `base`; null when there is no base unit worth converting to. */
  readonly factor: number | null;
  readonly base: string | null;
  /** Only after Arabic digits: after Chinese numerals these are words (十分 = very, 三期 = a name). */
  readonly arabicOnly?: boolean;
  /** Characters right after the unit that make a word of it, not a measure word (5部门, 3起来). */
  readonly notBefore?: string;
  /** Characters right before the number that make the whole no count (自2020起 = from 2020 on). */
  readonly notAfter?: string;
}

/** Letters after a Latin unit make it a word (5G, 3MB, 2m2): no Latin unit is followed by one. */
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const money = (form: string, factor: number): UnitEntry => ({ form, unit: form, dimension: 'money', factor, base: '元' });
/** A currency other than the yuan: normalized in itself (1363亿美元 → 136300000000 美元). */
const currency = (form: string, base = form): UnitEntry => ({ form, unit: form, dimension: 'money', factor: 1, base });
/** A unit written in Latin letters (25km, 168cm): after Arabic digits only, never before a letter or digit. */
const latin = (entry: UnitEntry): UnitEntry => ({ ...entry, arabicOnly: true, notBefore: LATIN });
const other = (form: string, factor: number | null = 1, base: string | null = form): UnitEntry => ({ form, unit: form, dimension: 'other', factor, base: factor === null ? null : base });
const area = (form: string, factor: number): UnitEntry => ({ form, unit: form, dimension: 'area', factor, base: '平方米' });
const length = (form: string, factor: number): UnitEntry => ({ form, unit: form, dimension: 'length', factor, base: '米' });
const weight = (form: string, factor: number): UnitEntry => ({ form, unit: form, dimension: 'weight', factor, base: '千克' });
const duration = (form: string, factor: number | null): UnitEntry => ({ form, unit: form, dimension: 'duration', factor, base: factor === null ? null : '天' });
const count = (form: string, arabicOnly = false): UnitEntry => ({ form, unit: form, dimension: 'count', factor: 1, base: form, ...(arabicOnly ? { arabicOnly } : {}) });
/** A measure word that also starts common words: the characters after it that make those words. */
const countNot = (form: string, notBefore: string, arabicOnly = false): UnitEntry => ({ ...count(form, arabicOnly), notBefore });

/** Measure words that take 次 for "times counted" (580家次 = 580 visits to firms, 架次 = sorties). */
export const PER_TIME_MEASURES: readonly string[] = ['户', '家', '架', '车', '辆', '艘', '台', '批', '件', '场', '班', '趟', '项', '航'];

/** Units written after a number (scale 万/亿 is read separately and kept in the reported unit). */
export const UNITS: readonly UnitEntry[] = [
  money('元', 1),
  money('块钱', 1),
  // 圓 (圆), the yuan's formal name in Taiwan and on the mainland's capital-numeral amounts
  money('圆', 1),
  // 8亿元人民币: the yuan, with its name written after
  { ...money('元人民币', 1), unit: '元' },
  { ...money('人民币', 1), unit: '元' },
  currency('美元'),
  currency('美金', '美元'),
  currency('港元'),
  currency('港币', '港元'),
  currency('澳门元'),
  currency('澳元'),
  currency('新台币'),
  currency('台币', '新台币'),
  currency('日元'),
  currency('韩元'),
  currency('欧元'),
  currency('英镑'),
  currency('卢布'),
  currency('瑞士法郎'),
  area('平方米', 1),
  area('平米', 1),
  area('㎡', 1),
  area('平方公里', 1e6),
  area('平方千米', 1e6),
  area('公顷', 1e4),
  area('亩', 2000 / 3),
  { form: '立方米', unit: '立方米', dimension: 'other', factor: 1, base: '立方米' },
  length('米', 1),
  length('千米', 1000),
  length('公里', 1000),
  length('厘米', 0.01),
  length('公分', 0.01),
  length('毫米', 0.001),
  latin(length('km', 1000)),
  latin(length('KM', 1000)),
  latin(length('cm', 0.01)),
  latin(length('CM', 0.01)),
  latin(length('mm', 0.001)),
  latin(length('m', 1)),
  { ...weight('吨', 1000), notBefore: '级位' },
  weight('公斤', 1),
  weight('千克', 1),
  weight('克', 0.001),
  weight('毫克', 1e-6),
  weight('微克', 1e-9),
  weight('斤', 0.5),
  latin(weight('kg', 1)),
  // power, energy, voltage, volume, bandwidth, freight and passenger turnover (万吨公里)
  other('千瓦'),
  { ...other('兆瓦', 1000, '千瓦') },
  latin(other('kW', 1, '千瓦')),
  latin(other('KW', 1, '千瓦')),
  other('千瓦时'),
  // an engine's horsepower (100马力以上)
  other('马力', 0.7355, '千瓦'),
  other('千伏'),
  latin(other('kV', 1, '千伏')),
  latin(other('KV', 1, '千伏')),
  { ...other('升'), notBefore: '至级学格为高到值华温' },
  other('千升', 1000, '升'),
  other('毫升', 0.001, '升'),
  latin(other('Mbps')),
  latin(other('Gbps', 1000, 'Mbps')),
  other('人公里'),
  other('吨公里'),
  { form: '个百分点', unit: '百分点', dimension: 'percent', factor: 1, base: '百分点' },
  // tenths (三成, 六点五成 → 30%, 65%); 成为, 成员, 成果, 一成不变 are words
  { form: '成', unit: '成', dimension: 'percent', factor: 10, base: '%', notBefore: '为员立功果绩本熟长效型交就都品才全规片批群套风败活家年人不' },
  { form: '百分点', unit: '百分点', dimension: 'percent', factor: 1, base: '百分点' },
  duration('年', 365),
  duration('个月', 30),
  duration('周', 7),
  duration('星期', 7),
  duration('天', 1),
  duration('小时', 1 / 24),
  { ...duration('个小时', 1 / 24), unit: '小时' },
  // working days (5个工作日内): no fixed number of calendar days
  duration('个工作日', null),
  duration('工作日', null),
  duration('分钟', 1 / 1440),
  duration('秒', 1 / 86400),
  // timed results (19.41s, 4.07s): seconds after Arabic digits, never before a letter (5s管理, 4s店)
  { ...latin(duration('s', 1 / 86400)), notBefore: `${LATIN}店` },
  latin({ ...duration('min', 1 / 1440), unit: '分钟' }),
  duration('学年', null),
  duration('学时', null),
  duration('课时', null),
  { form: '周岁', unit: '周岁', dimension: 'other', factor: null, base: null },
  { form: '岁', unit: '岁', dimension: 'other', factor: null, base: null },
  { form: '倍', unit: '倍', dimension: 'ratio', factor: null, base: null },
  // points of a score (90分); 3分之1 is a fraction
  { form: '分', unit: '分', dimension: 'other', factor: null, base: null, arabicOnly: true, notBefore: '之' },
  // measure words of counted things
  count('人次'),
  // person-times written with a slash or a dot (超50人/次, 160多人·次): the same count as 人次
  count('人/次'),
  count('人·次'),
  // categories of a catalogue (21大类, 5类): 一类 alone is a rank (一类学校), so 类 after Arabic digits only
  count('大类'),
  count('类', true),
  // class periods counted (176节次), aspects counted (6方面: Arabic only; 一方面…另一方面 is a connective)
  count('节次'),
  count('方面', true),
  ...PER_TIME_MEASURES.map((m) => count(`${m}次`)),
  count('人'),
  count('名'),
  count('位'),
  count('个'),
  count('所'),
  count('间'),
  count('套'),
  count('册'),
  count('台'),
  count('幢'),
  count('栋'),
  count('座'),
  count('处'),
  count('次'),
  count('项'),
  count('辆'),
  count('本', true),
  count('件'),
  count('张'),
  count('种'),
  count('条'),
  count('支'),
  count('家'),
  count('篇'),
  count('部分'),
  count('份'),
  count('批'),
  count('场'),
  count('户'),
  count('门'),
  count('节'),
  count('块'),
  count('架'),
  count('盏'),
  count('学期'),
  countNot('期', '限间末中待望盼许货刊', true),
  count('届', true),
  // livestock and poultry (14万头只, 123万只, 143万羽), containers (14万标箱, 1575万箱), files (6万卷),
  // votes and shipments (42万票), teams and classes (10队, 50班), staff (10至15员)
  count('头只'),
  countNot('只', '是有要能需会在用好可许要怕'),
  countNot('羽', '毛绒球翼'),
  count('标箱'),
  countNot('箱', '包体'),
  countNot('卷', '宗烟入起'),
  countNot('票', '据价房务选数决证'),
  countNot('队', '伍员长列'),
  countNot('班', '级子长主车组会委底务'),
  countNot('员', '工额会级', true),
  // points of a game or a score sheet (100点积分); hours of the clock are dropped by value
  countNot('点', '钟半整分前后多左起至到过以', true),
  // cases and incidents (1236起案件, 12宗, 3例), works and volumes (5部), plants, animals, ships, pictures
  { ...countNot('起', '来点步草始航飞码止'), notAfter: '自从' },
  countNot('部', '门署委长级位队属件'),
  countNot('宗', '旨教族'),
  countNot('例', '如外行会'),
  count('棵'),
  count('株'),
  count('艘'),
  countNot('幅', '度员'),
  count('枚'),
  countNot('首', '次批届位家长府都创'),
  countNot('头', '等号脑条部衔', true),
  // wells, ponds, pools (三十五口): 口 only counts right after a numeral; 口径, 一口气 are words
  countNot('口', '气径号子令味罩岸语头碑述价咬清'),
  // degrees of slope or temperature (坡度5度以内); 年度, 季度 never follow a numeral directly, 一度/两度 are adverbs (NUMERAL_WORDS)
  { form: '度', unit: '度', dimension: 'other', factor: null, base: null, notBefore: '假过' },
  // temperatures in degrees Celsius (室温不低于18℃)
  other('摄氏度', 1, '摄氏度'),
  other('℃', 1, '摄氏度'),
  other('°C', 1, '摄氏度'),
];

/** A numeral and measure word that together are a word, not a count (一起 = together, 一部分 = a part). */
export const NUMERAL_WORDS: readonly string[] = ['一起', '一部分', '一度', '两度'];

/** Measure words that also follow a year written without 年 (2019起 = from 2019 on): a year-like number is no count. */
export const YEAR_SUFFIX_UNITS: readonly string[] = ['起'];

/** Words that look like a unit after a number but make the whole a name or a date: 三年级, 90年代, 111学年度. */
export const EXCLUDED_UNITS: readonly string[] = ['年级', '年代', '年度', '学年度', '周年', '月份'];

/** A measure word and what follows that name one thing with its numeral (中央八项规定, 四次全会, 三次产业, 四套班子, 两支队伍). */
export const NAME_PHRASES: readonly string[] = ['项规定', '次全会', '次党代会', '次产业', '套班子', '支队伍'];

/**
 * Verbs of shaping after which 一 + measure word introduces the thing shaped (设计一个笔筒, 走出一条新路,
 * 打造一座…城): an article. 建设一个教室 and 建立一个小组 count what is built, so 建设 and 建立 are not here.
 */
export const ARTICLE_VERBS: readonly string[] = ['设计', '创建', '打造', '构建', '搭建', '形成', '走出', '执行', '营造', '树立', '开辟'];

/** Number scales kept in the reported unit (3.12万平方米 → 3.12 万平方米, 54万亿元 → 54 万亿元). */
export const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/**
 * Scales written after Arabic digits only (3千元, 5百万元, 2千亿元): after a Chinese numeral 千 and
 * 百 are part of it (三千元).
 */
export const ARABIC_SCALES: Readonly<Record<string, number>> = { 千: 1e3, 十万: 1e5, 百万: 1e6, 千万: 1e7, 百亿: 1e10, 千亿: 1e11 };

export interface QualifierWord {
  readonly word: string;
  /** null: part of the mention's text but no qualifier of its own (各1间). */
  readonly qualifier: Qualifier | null;
  /** Only after units of these dimensions (3个月内, 伍仟元整); any when absent. */
  readonly dimensions?: readonly Dimension[];
}

/** Words written before the number that qualify it. */
export const QUALIFIER_PREFIXES: readonly QualifierWord[] = [
  { word: '大约', qualifier: 'approx' },
  { word: '约', qualifier: 'approx' },
  { word: '将近', qualifier: 'approx' },
  { word: '接近', qualifier: 'approx' },
  { word: '近', qualifier: 'approx' },
  { word: '不少于', qualifier: 'at_least' },
  // rules: 不得低于3%, 不应少于, 不得超过 (a bound, not the comparison 低于 alone)
  { word: '不得低于', qualifier: 'at_least' },
  { word: '不应低于', qualifier: 'at_least' },
  { word: '不得少于', qualifier: 'at_least' },
  { word: '不应少于', qualifier: 'at_least' },
  { word: '不得超过', qualifier: 'at_most' },
  { word: '不应超过', qualifier: 'at_most' },
  { word: '不得高于', qualifier: 'at_most' },
  { word: '不得多于', qualifier: 'at_most' },
  { word: '不低于', qualifier: 'at_least' },
  { word: '至少', qualifier: 'at_least' },
  { word: '最少', qualifier: 'at_least' },
  { word: '不超过', qualifier: 'at_most' },
  { word: '不高于', qualifier: 'at_most' },
  { word: '不多于', qualifier: 'at_most' },
  { word: '最多', qualifier: 'at_most' },
  { word: '至多', qualifier: 'at_most' },
  // ceilings and floors of a grant or fee (最高补助2万元, 每校最高15万元, 最低收费50元)
  { word: '最高', qualifier: 'at_most' },
  { word: '最低', qualifier: 'at_least' },
  { word: '不大于', qualifier: 'at_most' },
  { word: '小于等于', qualifier: 'at_most' },
  { word: '不小于', qualifier: 'at_least' },
  { word: '大于等于', qualifier: 'at_least' },
  { word: '超过', qualifier: 'more_than' },
  { word: '超', qualifier: 'more_than' },
  { word: '大于', qualifier: 'more_than' },
  { word: '多于', qualifier: 'more_than' },
  { word: '小于', qualifier: 'less_than' },
  { word: '少于', qualifier: 'less_than' },
  { word: '逾', qualifier: 'more_than' },
  { word: '突破', qualifier: 'more_than' },
  { word: '不足', qualifier: 'less_than' },
  { word: '不到', qualifier: 'less_than' },
  // comparisons with a bound (收入低于10万元) qualify the figure like 不足 and 超过
  { word: '低于', qualifier: 'less_than' },
  { word: '高于', qualifier: 'more_than' },
  { word: '各', qualifier: null },
  // the signs indicator tables and targets write (≥25, ＞1.5 once folded to >, ≤0.5%)
  { word: '≥', qualifier: 'at_least' },
  { word: '≧', qualifier: 'at_least' },
  { word: '⩾', qualifier: 'at_least' },
  { word: '>=', qualifier: 'at_least' },
  { word: '≤', qualifier: 'at_most' },
  { word: '≦', qualifier: 'at_most' },
  { word: '⩽', qualifier: 'at_most' },
  { word: '<=', qualifier: 'at_most' },
  { word: '>', qualifier: 'more_than' },
  { word: '＞', qualifier: 'more_than' },
  { word: '<', qualifier: 'less_than' },
  { word: '＜', qualifier: 'less_than' },
];

/** Words written after the unit that qualify the number. */
export const QUALIFIER_SUFFIXES: readonly QualifierWord[] = [
  { word: '以上', qualifier: 'at_least' },
  { word: '及以上', qualifier: 'at_least' },
  { word: '或以上', qualifier: 'at_least' },
  // 50班(含)以上: the bound included
  { word: '(含)以上', qualifier: 'at_least' },
  { word: '(含)以下', qualifier: 'at_most' },
  { word: '以下', qualifier: 'at_most' },
  { word: '及以下', qualifier: 'at_most' },
  { word: '内', qualifier: 'at_most', dimensions: ['duration', 'length'] },
  { word: '整', qualifier: null, dimensions: ['money'] },
  { word: '以内', qualifier: 'at_most' },
  { word: '之内', qualifier: 'at_most' },
  { word: '左右', qualifier: 'approx' },
  { word: '上下', qualifier: 'approx' },
];

/** Written between the number and its unit: 30多人, 409万余元 (more than). */
export const MORE_WORDS: readonly string[] = ['多', '余'];

/** Separators of a range: 3-4处, 1000——1500元, 3至5年. */
export const RANGE_SEPARATORS: readonly string[] = ['——', '—', '--', '-', '–', '~', '～', '至', '到'];

/** Bare 万/亿 is money after these words (投资300万). */
export const MONEY_CUES: readonly string[] = ['投资', '资金', '经费', '拨款', '拨付', '补助', '资助', '金额', '投入', '筹集', '筹措', '捐资', '捐款', '捐赠', '奖金', '费用', '预算', '收入', '支出', '元'];

/** Right before the number, these make the metric a change: 比去年增加19人, 提高2个百分点. */
export const CHANGE_CUES: readonly string[] = ['增加', '增长', '提高', '提升', '减少', '下降', '降低', '上升', '净增', '增产', '减产', '增收', '减收', '增支', '减支', '增幅', '降幅', '缩小', '扩大', '增', '减'];

/** Words of the metric's sentence that mark a target in any document (达到 alone does not: reports use it too). */
export const TARGET_CUES: readonly string[] = ['力争', '确保', '争取', '计划', '预计', '目标', '拟'];

/** Words that mark a target only where the document is not a report (reports say 将…列入 of done things). */
export const WEAK_TARGET_CUES: readonly string[] = ['将', '要', '努力', '保证', '控制', '进一步'];

/**
 * A clause that only sets its figure (资产负债率,一般控制在65%以内): adverbs of manner or intent, then
 * at most one setting verb. Such a clause names nothing; its figure measures the clause before.
 */
export const SETTING_ADVERBS: readonly string[] = ['一般', '原则上', '力争', '确保', '争取', '基本', '总体上', '总体', '平均', '均', '要', '应', '须', '必须', '逐步', '进一步', '努力'];
export const SETTING_VERBS: readonly string[] = ['控制在', '保持在', '稳定在', '维持在', '达到', '提高到', '提升到', '提高至', '提升至', '降至', '降到', '下降到', '下降至', '不超过', '不低于', '不少于', '不高于'];

/** Words of the metric's sentence that mark a fact already achieved. */
export const ACTUAL_CUES: readonly string[] = ['已', '了', '完成', '共有', '现有', '累计', '目前', '截至', '全年', '共计', '合计', '今年', '去年'];

/** Verbs and function words between a label and its number that are not part of the label (覆盖率达95%). */
export const LABEL_SKIP_WORDS: readonly string[] = ['达', '达到', '为', '是', '有', '共', '共有', '现有', '计', '共计', '合计', '约', '分别', '分别为', '分别是', '各', '占', '在', '近', '超过', '已', '已达', '均', '都', '总计', '增加', '增长', '提高', '减少', '下降', '新增', '净增', '增产', '减产', '增收', '减收', '增支', '减支', '达到了', '只有', '仅', '仅有', '累计', '总共', '一共', '还有', '只', '新建', '改建', '扩建', '建成', '完成', '实现', '开展', '同比', '环比', '比上年', '比去年', '较上年', '从原', '由原'];

/**
 * Words right before a duration that place events in time instead of measuring something
 * (过去一年, 今后五年, 经历三年, 新的一年, 关键一年, 一年接着一年): such a duration is no metric.
 * 前 counts only when it is not 提前 (提前一个月 measures how early) or 学前 (学前三年 names a stage).
 */
export const PLACING_BEFORE: readonly string[] = [
  '过去', '过去的', '今后', '未来', '此后', '之后', '最近', '经历', '经历了', '历经', '走过', '经过', '回顾', '新的', '这',
  '那', '头', '关键', '的', '接着', '今明', '今、明', '明',
];

/**
 * Words right after a duration that place events in time (一年来, 五年以来, 三年中, 1周前, 三年后) or
 * make it part of a name (三年行动, 十年规划, 三年疫情, 长江十年禁渔).
 */
export const PLACING_AFTER: readonly string[] = [
  '来', '以来', '多来', '余来', '里', '中', '当中', '之中', '间', '之间', '前', '以前', '之前', '后', '以后', '之后', '接着',
  '行动', '规划', '计划', '攻坚', '疫情', '禁渔', '奋斗', '方案', '提升计划',
];

/** Words bounding a figure that may stand before a verb of it (至多得推派10队, 至少召开1次, 最高补助2万元). */
const BOUNDS_BEFORE_VERBS: readonly string[] = ['至少', '最少', '不少于', '不低于', '至多', '最多', '不超过', '不多于', '最高', '最低'];
export const BOUND_WORDS: readonly QualifierWord[] = QUALIFIER_PREFIXES.filter((q) => BOUNDS_BEFORE_VERBS.includes(q.word));

/** Currency names written before an amount in 元 (新台币伍仟元, 人民币50元), and the currency they mean. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = { 新台币: '新台币', 台币: '新台币', 人民币: '元', 港币: '港元', 美金: '美元' };

/** Names of measured things jieba cuts in pieces (可/支配/收入, 在/岗, 一本 as a numeral): one noun in labels. */
export const LABEL_TERMS: readonly string[] = [
  '可支配收入', '规模以上', '限额以上', '在岗', '在校', '在编', '在职', '在建', '在园', '在读', '在册', '建档立卡', '离退休',
  '增加值', '总产值', '生产总值', '一本', '二本', '本级', '公租房', '常住居民', '常住人口', '一般公共预算', '一般公共财政预算',
  '年终结余', '滚存结余',
];

/** Words jieba tags as verbs that name measured things in statistics (收入7%, 就业1244万人, 羊出栏): nouns in labels. */
export const MEASURED_NOUNS: readonly string[] = ['收入', '支出', '就业', '举措', '考生', '本科', '专科', '预算', '出栏', '存栏', '出笼', '产量', '低保', '结余', '盈余', '赤字'];

/**
 * Words jieba tags as nouns (or 既有 as a conjunction) that only select, pace or date what follows
 * (全部611名, 有序推进, 94万平方米既有公共建筑): never the thing measured.
 */
export const DETERMINER_WORDS: readonly string[] = ['全部', '所有', '全体', '有序', '各类', '各种', '既有', '原有'];

/**
 * Words naming the whole area or year a figure covers (全市生猪出栏量, 全年全省生产总值): they open
 * the sentence, not the name of what is measured, so a label drops them.
 */
export const SCOPE_WORDS: readonly string[] = ['全国', '全省', '全区', '全市', '全州', '全盟', '全县', '全旗', '全镇', '全乡', '全街道', '全校', '全院', '全系统', '全行业', '全年', '全年度'];

/** Words jieba tags as nouns that are adverbs before a verb (项目基本完工): they end a noun phrase there. */
export const ADVERB_NOUNS: readonly string[] = ['基本', '全部', '全面'];

/** Adverbs between a label and its number (占比首次突破60%, 收入实际增长6.1%): cut off before labelling. */
export const TRAILING_ADVERBS: readonly string[] = ['首次', '再次', '首度', '实际', '持续', '稳定', '继续', '连续', '再'];

/** Creation verbs that may stand inside a label between two nouns (城镇新增就业). */
export const INNER_VERBS: readonly string[] = ['新增', '净增', '新建'];

/** Verbs of winning after a count of people: what was won is the label (8人获作文大赛一等奖 → 作文大赛一等奖). */
export const WINNING_VERBS: readonly string[] = ['荣获', '获得', '斩获', '获评', '获'];

/** Verbs of reaching after a count of people: the verb and where it led are the label (11人考入清华大学). */
export const REACHING_VERBS: readonly string[] = ['进入', '考入', '升入', '考取', '被评为', '评为', '入选', '当选', '晋级', '被录取', '录取'];

/** Measure words counting people, whose achievements a report lists (8人获…, 3名考入…). */
export const PERSON_UNITS: readonly string[] = ['人', '名', '位', '人次'];
