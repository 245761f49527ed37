import { describe, expect, it } from 'vitest';
import { metrics } from './helpers.js';
import { changePhrase, labelBefore } from '../../../src/extract/metrics/label.js';

// [sentence, mention text, label]
const CASES: readonly (readonly [string, string, string])[] = [
  ['项目总投资2173万元。', '2173万元', '项目总投资'],
  ['塑胶跑道覆盖率达95.3%。', '95.3%', '塑胶跑道覆盖率'],
  ['总用地43.32亩。', '43.32亩', '总用地'],
  ['完成6所学校的改造。', '6所', '学校'],
  ['一个学前班41名学生。', '41名', '学生'],
  ['共有学生213人。', '213人', '学生'],
  ['幼儿教师持证率88%。', '88%', '幼儿教师持证率'],
  ['新建5个乡镇公办中心幼儿园。', '5个', '乡镇公办中心幼儿园'],
  ['筹集资金1024万元。', '1024万元', '筹集资金'],
  ['捐资44万元。', '44万元', '捐资'],
  ['图书6000册。', '6000册', '图书'],
  ['学校占地面积5000多平方米。', '5000多平方米', '学校占地面积'],
  ['改造3所B级食堂。', '3所', 'B级食堂'],
  ['在16所规模较大的中小学新建教学楼。', '16所', '中小学'],
  ['对80名长期不在岗教师进行了处理。', '80名', '长期不在岗教师'],
  ['捐助了价值30万元的图书。', '30万元', '图书'],
  ['明确3-5年的服务期限。', '3-5年', '服务期限'],
  ['职业中学(职教中心)1所。', '1所', '职业中学'],
  // a figure opening a parenthesis belongs to the name before it
  ['理事当选人:王明(48票,天文所),李红(41票,清大)。', '48票', '王明'],
  ['各队指导老师(1名)。', '1名', '各队指导老师'],
  // a quoted name alone is the label without its quotes
  ['「月亮奖」贰名,每名奖金肆佰圆。', '贰名', '月亮奖'],
  ['学生受教育率达100%。', '100%', '教育率'],
  ['辍学率控制在0.5%以内。', '0.5%以内', '辍学率'],
  ['每周进行50分钟的国学经典学习。', '50分钟', '国学经典'],
];

describe('labels', () => {
  it.each(CASES)('%s', (sentence, text, label) => {
    const m = metrics(sentence).find((x) => x.text === text);
    expect(m?.label).toBe(label);
  });

  it('a list shares the label of its first figure (5%、6%、7%)', () => {
    const ms = metrics('经费比例分别达到5%、6%、7%。');
    expect(ms.map((m) => m.label)).toEqual(['经费比例', '经费比例', '经费比例']);
  });

  it('a clause made of a change phrase is the label of its figure', () => {
    const ms = metrics('文化上线人数282人,比去年增加19人。');
    expect(ms.map((m) => m.label)).toEqual(['文化上线人数', '文化上线人数']);
  });

  it('a clause giving only a year borrows the phrase of the clause before', () => {
    const ms = metrics('提高学前教育经费比例,2017年达到5%。');
    expect(ms[0]?.label).toBe('学前教育经费比例');
  });

  it('two figures in a row (59种643件) share a label', () => {
    const ms = metrics('体育器材59种643件。');
    expect(ms.map((m) => m.label)).toEqual(['体育器材', '体育器材']);
  });

  it('no label when nothing names the figure', () => {
    expect(metrics('达到100%。')[0]?.label).toBeNull();
  });

  // [sentence, mention text, label] for the families fixed after the held-out sets
  const FAMILIES: readonly (readonly [string, string, string])[] = [
    // a bound head (率, 比, 亭) takes the verb or skip word before it
    ['排查隐患50处,整改率达到98%。', '98%', '整改率'],
    ['全镇儿童体检率达到96%。', '96%', '儿童体检率'],
    ['纠纷调解率稳定在90%以上。', '90%以上', '纠纷调解率'],
    ['外地游客占比不足20%。', '不足20%', '外地游客占比'],
    ['新建公共自行车停放亭40个。', '40个', '公共自行车停放亭'],
    // a change phrase labels its figure, after the label of the figure that moved
    ['实现销售收入3.2亿元,同比增长6.1%。', '6.1%', '销售收入'],
    ['受理投诉230件,环比下降4.5%。', '4.5%', '投诉'],
    ['财政教育支出2.1亿元,较上年增加近800万元。', '近800万元', '财政教育支出'],
    ['在校生达到2100人,比2019年净增150人。', '150人', '在校生'],
    ['同比增长6.1%。', '6.1%', '同比增长'],
    ['收入3.2亿元。同比增长6.1%。', '6.1%', '同比增长'],
    ['学生人数增长5%。', '5%', '学生人数'],
    // comparison words are qualifiers; the label is the noun before them
    ['仍有2个社区年服务收入低于5万元。', '低于5万元', '社区年服务收入'],
    ['合格率高于90%。', '高于90%', '合格率'],
    // an event count after a verb is counted by that verb; after it, by the verb's object
    ['新入职教师每月听课不少于8节。', '不少于8节', '听课'],
    ['受理案件40起,办结36起。', '36起', '办结'],
    ['党委先后3次召开专题会议研究部署。', '3次', '专题会议研究部署'],
    ['各村每季度对台账进行一次检查。', '一次', '检查'],
    // a duration right after a verb is how long that activity lasts
    ['申报材料须提前一个月报送。', '一个月', '申报材料'],
    ['村级统计员平均任职不足3年。', '不足3年', '任职'],
    // an age before the counted noun is skipped
    ['为辖区2000名70岁以上老年人建立档案。', '2000名', '老年人'],
    // a rate named before the figure beats the noun after it
    ['关停排放达标率长期低于60%的企业。', '低于60%', '达标率'],
    ['停办就业率连续两年低于70%的专业。', '低于70%', '就业率'],
    ['优良率从80%提高到92%的学校。', '92%', '优良率'],
    ['合格率90%、优秀率60%。', '60%', '优秀率'],
    // a share of a whole is labelled by its subject
    ['科研经费达到销售收入的3%。', '3%', '科研经费'],
    // money named by a money noun keeps the noun over the verb
    ['县级专项资金安排不少于2亿元。', '不少于2亿元', '县级专项资金'],
    ['单位捐资20万元。', '20万元', '捐资'],
    // 控制 says how a figure is set, not what it pays for
    ['补助标准控制在800元。', '800元', '标准'],
  ];

  it.each(FAMILIES)('%s', (sentence, text, label) => {
    const m = metrics(sentence).find((x) => x.text === text);
    expect(m).toBeDefined();
    expect(m?.label).toBe(label);
  });

  it('比 before other words is a preposition, not a rate suffix', () => {
    expect(labelBefore('学生人数比去年')?.label).toBe('学生人数');
  });

  it('changePhrase accepts a comparison and a change verb only', () => {
    expect(changePhrase('同比增长')).toBe('同比增长');
    expect(changePhrase('较上年同期下降了')).toBe('较上年同期下降');
    expect(changePhrase('净增')).toBe('净增');
    expect(changePhrase('增长')).toBeNull();
    expect(changePhrase('收入同比增长')).toBeNull();
    expect(changePhrase('比例提高')).toBeNull();
  });
});

// [sentence, mention text, label]: the label is the noun phrase the number measures, not a nearby
// verb or adverb; in achievement sentences, what was won or reached.
const MEASURED: readonly (readonly [string, string, string])[] = [
  // nouns joined by 及/和/与 name the thing together; an area joined to an area names none
  ['蔬菜及食用菌产量1186.96万吨。', '1186.96万吨', '蔬菜及食用菌产量'],
  ['中小学和幼儿园数量达到120所。', '120所', '中小学和幼儿园数量'],
  ['全市和全省投入100万元。', '100万元', '投入'],
  // the whole name of an indicator, across jieba's pieces and the words linking it to its figure
  ['全县城镇新增就业3520人。', '3520人', '城镇新增就业'],
  ['农村居民人均可支配收入实际增长7.2%。', '7.2%', '农村居民人均可支配收入'],
  ['城镇常住居民人均可支配收入41200元。', '41200元', '城镇常住居民人均可支配收入'],
  ['全县在岗职工年平均工资68200元。', '68200元', '在岗职工年平均工资'],
  ['规模以上工业增加值同比增长6.5%。', '6.5%', '规模以上工业增加值'],
  ['一般公共预算收入按可比口径增长8%。', '8%', '一般公共预算收入'],
  ['旅游接待总人数比2020年增长35%。', '35%', '旅游接待总人数'],
  ['第三产业占比首次突破55%。', '突破55%', '第三产业占比'],
  ['基本医疗保险参保率达到98%。', '98%', '基本医疗保险参保率'],
  ['羊出栏8.6万只,比上年增长3.1%。', '8.6万只', '羊出栏'],
  // the counted noun after the number, also behind a determiner or verbs describing it
  ['全部326名建档立卡贫困人口实现脱贫。', '326名', '建档立卡贫困人口'],
  ['全年新增5200名受益离退休人员。', '5200名', '受益离退休人员'],
  ['推出15项便民举措。', '15项', '便民举措'],
  ['完成120套结转公租房建设任务。', '120套', '结转公租房建设任务'],
  ['共完成36个各类检测工作。', '36个', '各类检测工作'],
  ['全年新增30个5G基站。', '30个', '5G基站'],
  ['评选出5个“最美家庭”示范户。', '5个', '最美家庭示范户'],
  ['用好“金种子”“银种子”两只基金。', '两只', '基金'],
  ['项目投资836万元,550万元文体馆项目基本完工。', '550万元', '文体馆项目'],
  // sizes name the thing after them, as counts do
  ['开工建设8万平方米保障性住房。', '8万平方米', '保障性住房'],
  ['新建12公里城市绿道。', '12公里', '城市绿道'],
  ['学校占地面积3.5万平方米。', '3.5万平方米', '学校占地面积'],
  // with no noun at all, the verb touching the figure
  ['拆迁2300户。', '2300户', '拆迁'],
  ['全年授权86件。', '86件', '授权'],
  ['全校师生为灾区捐款14万元。', '14万元', '为灾区捐款'],
  // money right before the name of a fund or payment is that fund, not the verb setting it up
  ['政府将成立1亿元的奖学金,资助优秀学生。', '1亿元', '奖学金'],
  ['设立10亿元的资历架构基金。', '10亿元', '资历架构基金'],
  ['学生可获每年最高15,000元补助金。', '最高15,000元', '补助金'],
  ['安排4亿元资金用于校舍改造。', '4亿元', '资金'],
  // …but not a noun that is no fund
  ['投入500万元建设教学楼。', '500万元', '投入'],
  ['捐资100万元设立奖学金。', '100万元', '捐资'],
  // achievements: what was won, or the verb and where it led
  ['学生6人获全国青少年科技创新大赛一等奖。', '6人', '全国青少年科技创新大赛一等奖'],
  ['有583人上第一批分数线。', '583人', '上第一批分数线'],
  ['150人超过重点大学分数线。', '150人', '超过重点大学分数线'],
  ['3人分别被北京大学、复旦大学提前录取。', '3人', '被北京大学、复旦大学提前录取'],
  ['今年共有9人考入复旦大学、浙江大学。', '9人', '考入复旦大学、浙江大学'],
  ['3名教师荣获市级优秀教师称号。', '3名', '教师'],
  ['学生8人参加培训。', '8人', '学生'],
  ['招聘教师20名充实一线。', '20名', '教师'],
  // fields: a name before a colon, a name with its share in parentheses, a quoted name before
  ['建议学时:36学时', '36学时', '建议学时'],
  ['满意: 640人次(82.1%)', '640人次', '满意'],
  ['满意: 640人次(82.1%)', '82.1%', '满意'],
  ['过程性评价(50%):考查平时表现。', '50%', '过程性评价'],
  ['各班班主任(1名),负责组织。', '1名', '各班班主任'],
  ['本次共回收有效问卷 512份。', '512份', '问卷'],
  ['依法拆除“两违”320宗,面积2万平方米。', '320宗', '依法拆除“两违”'],
];

describe('labels: the noun phrase measured', () => {
  it.each(MEASURED)('%s → %s', (sentence, text, label) => {
    const m = metrics(sentence).find((x) => x.text === text);
    expect(m).toBeDefined();
    expect(m?.label).toBe(label);
  });
});

describe('labels of changes', () => {
  it('a change in tonnes after the figure that moved (减产)', () => {
    expect(metrics('早稻5.2万吨,比上年减产1200吨。').map((m) => m.label)).toEqual(['早稻', '早稻']);
  });
  it('a note on the method between them is transparent', () => {
    expect(metrics('工业总产值85亿元,按可比价格计算,比上年增长9.1%。').map((m) => m.label)).toEqual(['工业总产值', '工业总产值']);
  });
  it('a note inside the clause too', () => {
    expect(metrics('工业总产值85亿元,按可比价计算比上年增长9.1%。')[1]?.label).toBe('工业总产值');
  });
  it('a share between the amount and its change is not what moved (完成年度预算的109.04%)', () => {
    expect(metrics('地方财政收入29.6亿元,完成年度预算的109.04%,比上年增加3.2亿元,增长12.15%。').map((m) => m.label)).toEqual(['地方财政收入', '年度预算', '地方财政收入', '地方财政收入']);
  });
  it('an amount\'s change reaches back over a note in parentheses (减支, 增收)', () => {
    expect(metrics('一般公共预算支出88.6亿元(含中央专款和上年项目结转等支出),比上年减支3.3亿元,下降3.56%。').map((m) => [m.label, m.role])).toEqual([
      ['一般公共预算支出', null], ['一般公共预算支出', 'change'], ['一般公共预算支出', 'change'],
    ]);
  });
  it('but not into the sentence before', () => {
    expect(metrics('税收收入20亿元。比上年增收3亿元。')[1]?.label).not.toBe('税收收入');
  });
  it('a balance jieba cuts in pieces (年终结余) names itself', () => {
    expect(metrics('上述收支相抵,年终结余5.8亿元。')[0]?.label).toBe('年终结余');
  });
});

describe('labels of figures given respectively (分别)', () => {
  it('each takes the label of the matching figure before, with the change', () => {
    const ms = metrics('全年接待游客420万人次、旅游收入38亿元,分别增长12%、15%。');
    expect(ms.map((m) => m.label)).toEqual(['游客', '旅游收入', '游客', '旅游收入']);
  });
  it('three figures after a note on the method', () => {
    const ms = metrics('第一产业增加值9亿元,第二产业增加值30亿元,第三产业增加值25亿元,按可比价格计算,分别比上年增长3.1%、7.5%、8.2%。');
    expect(ms.slice(3).map((m) => m.label)).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值']);
  });
  it('or the matching name of a list of names', () => {
    const ms = metrics('企业退休人员养老金、城乡低保标准和高龄津贴再次提高,月人均分别提高130元、60元、50元。');
    expect(ms.map((m) => m.label)).toEqual(['企业退休人员养老金', '城乡低保标准', '高龄津贴']);
  });
  it('names joined by 和 in the same clause', () => {
    const ms = metrics('城镇和农村居民人均可支配收入分别增长5.8%、7.1%。');
    expect(ms.map((m) => m.label)).toEqual(['城镇', '农村居民人均可支配收入']);
  });
  it('a list without 分别 keeps its own labels', () => {
    expect(metrics('新建学校3所、幼儿园5所。').map((m) => m.label)).toEqual(['学校', '幼儿园']);
  });
  it('分别 in another clause does not reach the list', () => {
    expect(metrics('各校分别自查,新建教室3间、厕所5座。').map((m) => m.label)).toEqual(['教室', '厕所']);
  });
});

/** The label of the figure written `text` in `sentence`. */
const labelOf = (sentence: string, text: string): string | null | undefined => metrics(sentence).find((m) => m.text === text)?.label;
/** One test per [sentence, figure, label]: the figure's label. */
const labelCases = (cases: readonly (readonly [string, string, string])[]): void =>
  it.each(cases)('%s → %s', (sentence, text, label) => expect(labelOf(sentence, text)).toBe(label));

describe('labels drop the area or year a sentence covers (全市, 全年全省)', () => {
  labelCases([
    ['全年全市生产总值3605.25亿元。', '3605.25亿元', '生产总值'],
    ['全省城镇职工医保参保人数60.68万人。', '60.68万人', '城镇职工医保参保人数'],
    ['全国粮食总产量6.9亿吨。', '6.9亿吨', '粮食总产量'],
    ['全校教职工286人。', '286人', '教职工'],
  ]);
  it('a scope word alone is no label', () => {
    expect(metrics('全市17个断面全部达标。')[0]?.label).not.toBe('全市');
  });
});

describe('a change names what moved; its role says it is a change', () => {
  it('收入12.6亿元,同比增长8.3%', () => {
    const ms = metrics('2023年全市社会消费品零售总额1520.3亿元,同比增长6.4%。');
    expect(ms.map((m) => m.label)).toEqual(['社会消费品零售总额', '社会消费品零售总额']);
    expect(ms[1]?.role).toBe('change');
  });
});

describe('a clause that only sets its figure borrows the name ending the clause before', () => {
  labelCases([
    ['设定合理的负债率,一般控制在60%以内。', '60%以内', '负债率'],
    ['设定合理的资产负债率,原则上不超过75%。', '不超过75%', '资产负债率'],
    ['生均公用经费逐年提高,力争达到1200元。', '1200元', '生均公用经费'],
    ['提高教师培训经费比例,2018年达到6%。', '6%', '教师培训经费比例'],
  ]);
  it('a clause with its own noun keeps it', () => {
    expect(labelOf('完善考核办法,优秀率控制在20%以内。', '20%以内')).toBe('优秀率');
  });
  it('a clause with a verb of its own that is no setting verb does not borrow', () => {
    expect(metrics('加强校园安全管理,组织演练4次。')[0]?.label).not.toBe('校园安全管理');
  });
});

describe('a count followed by a description closed by 的 counts the noun after 的', () => {
  labelCases([
    ['各企业打造1至2个有创新、有特色、可推广的党建品牌。', '1至2个', '党建品牌'],
    ['培育5个具有较强竞争力的龙头企业。', '5个', '龙头企业'],
    ['建成3个有规模、有效益的农业园区。', '3个', '农业园区'],
  ]);
  it('a noun right after the count is still what it counts', () => {
    expect(metrics('新建4所寄宿制学校的宿舍楼。')[0]?.label).toBe('寄宿制学校');
  });
});

describe('既有/原有 select what follows; a rank alone names what is counted', () => {
  labelCases([
    ['完成32万平方米既有建筑节能改造。', '32万平方米', '既有建筑节能'],
    ['推进4个原有园区的提质增效。', '4个', '原有园区'],
    ['新增一流专业建设点12个,其中国家级5个、省级7个。', '5个', '国家级'],
    ['新增一流专业建设点12个,其中国家级5个、省级7个。', '7个', '省级'],
  ]);
  it('a rank before a noun stays part of the noun phrase', () => {
    expect(metrics('创建省级示范校3所。')[0]?.label).toBe('省级示范校');
  });
});

describe('占比 before a verb, and grades written with 级', () => {
  labelCases([
    ['财政民生支出占比保持在80%以上。', '80%以上', '财政民生支出占比'],
    ['教育支出占比达到20%。', '20%', '教育支出占比'],
    ['学生人数比去年增加20人。', '20人', '学生人数'],
    ['打造10个数字企业、100个先进级智能工厂。', '100个', '先进级智能工厂'],
  ]);
});

describe('figures given respectively for a name that joins two things (城乡, 收支, 进出口)', () => {
  it('城乡…收入分别增长6%和7.4%: 城镇…, 农村…; the figures before are others', () => {
    const ms = metrics('一般公共预算收入增长14.7%,城乡居民人均可支配收入分别增长6%和7.4%。');
    expect(ms.map((m) => m.label)).toEqual(['一般公共预算收入', '城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
  it('a pair of figures before 分别', () => {
    const ms = metrics('城乡居民人均可支配收入从46503元和16935元分别提高到58794元和23184元。');
    expect(ms.map((m) => m.label)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入', '城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
  it('a list of names before 分别 in its own clause wins over figures before it', () => {
    const ms = metrics('生产总值增长6.3%,地方财政收入、支出分别突破300亿元和3000亿元。');
    expect(ms.map((m) => m.label)).toEqual(['生产总值', '地方财政收入', '支出']);
  });
  it('without 分别 a joined name is kept whole', () => expect(metrics('城乡居民人均可支配收入增长6%。')[0]?.label).toBe('城乡居民人均可支配收入'));
});

describe('a note in parentheses, idioms and one-character places in names', () => {
  labelCases([
    ['贸易区增至5个,开放县(区、市)增加至45个。', '45个', '开放县'],
    ['修复退化草原517万亩,治理水土流失23万亩。', '23万亩', '水土流失'],
    ['一级国企从原8家整合为4家。', '8家', '国企'],
    ['职业中学(职教中心)1所。', '1所', '职业中学'],
  ]);
  it('a note holding the name is not skipped when the clause names something itself', () =>
    expect(metrics('学校(含分校)在校生1200人。').find((m) => m.text === '1200人')?.label).toBe('在校生'));
});

describe('a figure in parentheses closing an agenda item labels the item', () => {
  labelCases([
    ['2.学生代表发言(3分钟)', '3分钟', '学生代表发言'],
    ['1.全体起立,奏唱国歌(放国歌)(3分钟)', '3分钟', '奏唱国歌'],
    ['8.颁奖仪式(颁奖曲集体奖获奖学生上台领奖,领导颁发)(10分钟)', '10分钟', '颁奖仪式'],
    ['5.王校长宣读获得市直及以上先进名单(2分钟)', '2分钟', '王校长宣读获得市直及以上先进名单'],
    ['(2)分组讨论(40分钟)', '40分钟', '分组讨论'],
    // a name as a field, as before
    ['各队指导老师(1名)', '1名', '各队指导老师'],
  ]);
});

describe('what a count is of, after a description', () => {
  labelCases([
    // a preposition after the count opens a description: the noun after its 的 is counted
    ['每年取录共约20名在体育、艺术等方面有卓越表现的本地学生。', '约20名', '本地学生'],
    // set phrases describe as adjectives do
    ['共有5所对外开放的学校。', '5所', '学校'],
    // 本地, 本市 before a noun belong to the name
    ['招收30名本地学生。', '30名', '本地学生'],
    // 为 after a figure is the copula, not a preposition
    ['在职科研人员在10人以上,60%为研究生以上学历。', '60%', '研究生以上学历'],
    ['新增3个在建项目。', '3个', '在建项目'],
  ]);
});

describe('a time limit names the task to be done within it', () => {
  labelCases([
    ['县级农业农村部门应于2个工作日内作出受理决定。', '2个工作日内', '作出受理决定'],
    ['应在13个工作日内完成核验工作。', '13个工作日内', '核验工作'],
    // a duration that is itself named keeps its name
    ['工期18个月内完成。', '18个月内', '工期'],
  ]);
});

describe('an item opening with a count keeps it in its name', () => {
  it('6个工位的网络搭建与应用实训室建设(16万元)', () =>
    expect(labelOf('其中,6个工位的网络搭建与应用实训室建设(16万元);', '16万元')).toBe('6个工位的网络搭建与应用实训室建设'));
});

describe('a locative after the counted noun ends its name', () => {
  labelCases([
    ['合共约33公顷土地上发展住宅的规划。', '约33公顷', '土地'],
    // 中心 is part of a name, not a locative
    ['新建3个乡镇中心学校。', '3个', '乡镇中心学校'],
  ]);
});

describe('上 and 下 opening a time word are no locatives', () => {
  it('顺延到下年度 keeps 下年度', () => expect(labelOf('答复3050件(另有103件顺延到下年度答复)。', '103件')).toBe('顺延到下年度'));
});
