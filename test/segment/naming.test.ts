import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/segment/locate.js';
import { scanMarkers } from '../../src/segment/markers.js';
import { buildSections } from '../../src/segment/sections.js';
import { titleAt } from '../../src/segment/titles.js';

/** style number of each candidate. */
function scan(text: string): string[] {
  return scanMarkers(text).map((c) => `${c.style} ${c.number}`);
}

/** id number title, one string per section in document order. */
function outline(text: string): string[] {
  return flattenSections(buildSections(text)).map((s) => `${s.id} ${s.number} ${s.title}`);
}

/** Title of the text after a marker of `markerLength` characters, up to the text end. */
function title(text: string, markerLength: number): string {
  return titleAt(text, markerLength, text.length).title;
}

describe('a 第X阶段 marker right after another marker names its section', () => {
  it('(一)第一阶段 is one marker', () => expect(scan('(一)第一阶段(2025年2月—3月)。摸底调查。')).toEqual(['cn-paren (一)']));
  it('1.第二部分 is one marker', () => expect(scan('1.第二部分:主要任务')).toEqual(['ar-dot 1.']));
  it('a space between them still names', () => expect(scan('一、 第一阶段 准备')).toEqual(['cn-dun 一、']));
  it('text between them keeps both', () => expect(scan('(一)准备。第一阶段:调查')).toEqual(['cn-paren (一)', 'di-阶段 第一阶段']));
  it('a lone 第一阶段 stays a marker', () => expect(scan('第一阶段:调查摸底')).toEqual(['di-阶段 第一阶段']));
  it('the outer title is the 阶段 name without its dates', () =>
    expect(outline('一、实施步骤\n(一)第一阶段(2025年2月1日—3月31日)。完成调查摸底。\n(二)第二阶段(2025年4月—9月)。全面推进。')).toEqual([
      '1 一、 实施步骤', '1.1 (一) 第一阶段', '1.2 (二) 第二阶段',
    ]));
  it('a colon after the dates ends the title', () =>
    expect(outline('二、步骤\n1.第一阶段(2025年5月—6月):宣传动员。召开会议。\n2.第二阶段(2025年7月—8月):整改落实。逐项销号。')).toEqual([
      '1 二、 步骤', '1.1 1. 第一阶段', '1.2 2. 第二阶段',
    ]));
  it('a name after a dash stays in the title', () =>
    expect(outline('(一)第一阶段——调查摸底(2025年3月)\n(二)第二阶段——集中整治(2025年4月)')).toEqual([
      '1 (一) 第一阶段——调查摸底', '2 (二) 第二阶段——集中整治',
    ]));
});

describe('run-on seams do not cut a sentence that reads on', () => {
  it('an attribute noun continues the heading noun (投入|强度)', () =>
    expect(title('(三)加大财政教育投入比例提高到全市第一,县级安排专项经费不少于2亿元。', 3)).toBe('加大财政教育投入比例提高到全市第一,县级安排专项经费不少于2亿元'));
  it('a 率 noun continues the heading noun (服务|覆盖率)', () =>
    expect(title('(二)加强家庭医生服务覆盖率提高到60%,重点人群签约服务全部落实到位。', 3)).toBe('加强家庭医生服务覆盖率提高到60%,重点人群签约服务全部落实到位'));
  it('after a pivot verb a subject + verb is its object (推动…达到)', () =>
    expect(title('(一)推动乡村产业发展农民收入增长8%以上,新建特色产业基地5个以上。', 3)).toBe('推动乡村产业发展农民收入增长8%以上,新建特色产业基地5个以上'));
  it('a subject with its verb still opens the body after other verbs', () =>
    expect(title('(二)强化经费保障区财政安排专项资金90万元,专款专用,确保按期完成。', 3)).toBe('强化经费保障'));
  it('time + 计划 + verb is one clause', () =>
    expect(title('2.强化安全监管,2025年计划组织隐患排查不少于80家次。', 2)).toBe('强化安全监管,2025年计划组织隐患排查不少于80家次'));
  it('拟 + verb is one clause', () =>
    expect(title('3.完善服务体系,全年拟建立志愿服务站点不少于20个。', 2)).toBe('完善服务体系,全年拟建立志愿服务站点不少于20个'));
  it('a two-clause heading before its body still splits', () =>
    expect(title('(二)加强调度考核,建立工作进展通报制度完善《考核办法》,加强督促检查。', 3)).toBe('加强调度考核,建立工作进展通报制度'));
});

describe('X保障-style heading words end the title before a noun-led body', () => {
  it('资金保障 + subject + amount', () => expect(title('五、资金保障全县共筹措资金3200万元,其中争取上级资金2000万元。', 2)).toBe('资金保障'));
  it('经费保障 + subject + verb', () => expect(title('三、经费保障市财政每年安排专项经费50万元,专款专用。', 2)).toBe('经费保障'));
  it('制度保障 + clause opener', () => expect(title('四、制度保障建立月调度、季通报工作制度,压实各方责任。', 2)).toBe('制度保障'));
  it('a head noun after it continues the heading (保障机制)', () => expect(title('二、资金保障机制不够健全,部分项目配套资金到位较慢。', 2)).toBe('资金保障机制不够健全,部分项目配套资金到位较慢'));
  it('a heading final after it continues the heading (保障工作)', () => expect(title('一、经费保障工作总体平稳,全年支出比上年有所增加。', 2)).toBe('经费保障工作总体平稳,全年支出比上年有所增加'));
  it('an attribute noun after it continues the heading (保障水平)', () => expect(title('三、经费保障标准提高到每生每年800元,按时足额拨付到校。', 2)).toBe('经费保障标准提高到每生每年800元,按时足额拨付到校'));
  it('…情况 closes the heading phrase', () => expect(title('四、资金保障项目推进情况', 2)).toBe('资金保障项目推进情况'));
  it('a negated opener is the predicate (不够健全)', () => expect(title('(三)监管机制不够健全,部分企业主体责任落实不到位。', 3)).toBe('监管机制不够健全,部分企业主体责任落实不到位'));
  it('a short body is left alone', () => expect(title('四、资金保障项目总投资9万元', 2)).toBe('资金保障项目总投资9万元'));
  it('only at the title start (强化资金保障 is a run-on heading)', () => expect(title('(二)强化资金保障区财政安排专项资金90万元,专款专用,确保按期完成。', 3)).toBe('强化资金保障'));
  it('span matches the title', () => {
    const text = '五、资金保障全县共筹措资金3200万元,其中争取上级资金2000万元。';
    const t = titleAt(text, 2, text.length);
    expect([t.start, t.end]).toEqual([2, 6]);
    expect(text.slice(t.start, t.end)).toBe(t.title);
  });
});

describe('a colon inside a clock time does not end a title', () => {
  it.each([
    ['5.各班班长于7:15前到达体育馆领取班牌,并坐在班级的第一位。', 2, '各班班长于7:15前到达体育馆领取班牌,并坐在班级的第一位'],
    // a colon after a heading still ends it
    ['3.时间:9月1日上午', 2, '时间'],
    ['4.第2:组织领导', 2, '第2'],
  ])('%s', (text, marker, expected) => expect(title(text, marker)).toBe(expected));
});
