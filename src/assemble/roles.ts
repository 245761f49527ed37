// Roles of top-level sections (CONTRACT.md § Section): heading words first, then a
// default by document type and, in reports, by the tense of the section's body.
import type { DocumentType, Section, SectionRole } from '../schema/document.js';
import { cut } from '../nlp/segmenter.js';
import { TENSE_WORDS } from './type.js';

export interface RoleRule {
  readonly id: string;
  readonly role: SectionRole;
  /** Heading words that give this role (see roleOfTitle for which word wins). */
  readonly words: readonly string[];
  /** Only in this kind of document (主要工作 is a task list in a plan, achievements in a report). */
  readonly only?: DocumentType;
}

/** Ordered: between equally placed words of the same length, the earlier rule wins. */
export const ROLE_RULES: readonly RoleRule[] = [
  { id: 'background', role: 'background', words: ['基本情况', '基本概况', '学校概况', '工作背景', '背景', '现状', '概况', '总体情况', '依据', '计划缘起', '缘起', '法源依据'] },
  { id: 'guiding', role: 'guiding_principles', words: ['指导思想', '总体思路', '总体要求', '基本原则', '指导原则', '工作原则', '原则', '指导方针', '构想', '设计理念'] },
  { id: 'guiding-plan', role: 'guiding_principles', words: ['工作思路', '思路'], only: 'work_plan' },
  { id: 'goals', role: 'goals', words: ['工作目标', '目标任务', '总体目标', '主要目标', '具体目标', '预期目标', '发展目标', '目标', '目的', '计划目的', '活动目的', '预期效益', '预期成效'] },
  { id: 'organization', role: 'organization', words: ['组织机构', '领导小组', '组织领导', '工作机构', '领导机构', '机构设置', '工作小组', '组织分工', '职责分工', '任务分工', '人员分工', '办理单位', '主办单位', '承办单位', '协办单位', '指导单位', '组织架构', '执行单位', '承办', '主办', '管理运营', '运营模式', '管理体制'] },
  { id: 'timeline', role: 'timeline', words: ['工作步骤', '实施步骤', '方法步骤', '时间安排', '进度安排', '日程安排', '时间节点', '工作进度', '实施阶段', '阶段安排', '活动时间', '实施时间', '实施期程', '办理期程', '期程', '实施日期', '办理日期', '步骤', '时限', '时间'] },
  { id: 'timeline-plan', role: 'timeline', words: ['阶段'], only: 'work_plan' },
  { id: 'measures', role: 'measures', words: ['保障措施', '工作措施', '推进措施', '具体措施', '主要措施', '整改措施', '工作保障', '组织保障', '工作要求', '有关要求', '几点要求', '具体要求', '考核评价', '督查考核', '检查验收', '考核奖惩', '经费来源', '经费预算', '经费', '成效评估', '实施方式', '评估方案', '课程资源', '措施', '保障', '要求'] },
  { id: 'problems', role: 'problems', words: ['存在的问题', '存在问题', '存在的不足', '不足之处', '问题和不足', '问题与不足', '困难和问题', '存在的困难', '主要问题', '薄弱环节', '问题', '不足', '困难'] },
  { id: 'next-report', role: 'next_steps', words: ['下一步', '下步', '今后', '明年', '来年', '工作打算', '工作思路', '工作计划', '工作设想', '努力方向', '主要任务', '重点任务', '工作任务', '打算', '设想', '思路', '计划', '展望'], only: 'summary_report' },
  { id: 'achievements', role: 'achievements', words: ['主要成绩', '工作成绩', '主要成效', '取得的成绩', '完成情况', '开展情况', '落实情况', '工作回顾', '主要做法', '成绩', '成效', '做法', '亮点'] },
  { id: 'achievements-report', role: 'achievements', words: ['主要工作', '工作情况', '重点工作'], only: 'summary_report' },
  { id: 'tasks', role: 'tasks', words: ['主要任务', '重点工作', '工作重点', '主要工作', '工作任务', '主要内容', '工作内容', '重点任务', '具体任务', '实施内容', '活动内容', '任务'], only: 'work_plan' },
  { id: 'other', role: 'other', words: ['附则', '总则', '其他', '其它', '体会', '启示', '说明', '参加对象', '参加人员', '活动对象', '实施对象', '实施范围', '适用范围', '附记', '未尽事宜', '附录', '联系方式', '基本信息', '注意事项', '奖励', '叙奖', '游戏规则', '竞赛内容'] },
];

/** Short words (措施 问题 目标) name a role only in a short heading or at its start, not inside a long task sentence. */
const SHORT_WORD = 2;
const SHORT_HEADING = 10;
/** Coordinators: in "存在的困难和今后努力方向" the first conjunct names the section. */
const COORDINATOR = /[和及与、暨并]/;

interface RoleHit {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  readonly role: SectionRole;
}

/** Every role word in `title` that may count, with its place. */
function roleHits(title: string, type: DocumentType, rules: readonly RoleRule[]): RoleHit[] {
  const hits: RoleHit[] = [];
  rules.forEach((rule, order) => {
    if (rule.only && rule.only !== type) return;
    for (const word of rule.words) {
      for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
        if (word.length <= SHORT_WORD && at > 0 && title.length > SHORT_HEADING) continue;
        hits.push({ start: at, end: at + word.length, order, role: rule.role });
      }
    }
  });
  return hits;
}

/**
 * The role a heading's words give, or null when none matches. A coordinated heading takes its
 * first conjunct's role; otherwise the head word (the last, as Chinese noun phrases end with
 * their head: 目标完成情况 → achievements) decides. Ties go to the longer word, then the earlier rule.
 */
export function roleOfTitle(title: string, type: DocumentType, rules: readonly RoleRule[] = ROLE_RULES): SectionRole | null {
  const hits = roleHits(title, type, rules);
  const first = COORDINATOR.test(title);
  const better = (a: RoleHit, b: RoleHit): boolean => {
    if (first ? a.start !== b.start : a.end !== b.end) return first ? a.start < b.start : a.end > b.end;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    return la !== lb ? la > lb : a.order < b.order;
  };
  let best: RoleHit | null = null;
  for (const h of hits) if (!best || better(h, best)) best = h;
  return best?.role ?? null;
}

/** Report sections without a role word: body written in the future tense is the next-steps part. */
function defaultRole(type: DocumentType, body: string): SectionRole {
  if (type === 'work_plan') return 'tasks';
  const words = cut(body);
  const count = (list: readonly string[]): number => words.filter((w) => list.includes(w)).length;
  return count(TENSE_WORDS.plan) > 2 * count(TENSE_WORDS.report) + 1 ? 'next_steps' : 'achievements';
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/** A report heading naming a year after the one reviewed (2017年重点工作 in a 2016 report) is its next steps. */
function namesLaterYear(title: string, refYear: number | null): boolean {
  const y = YEAR.exec(title)?.[1];
  return refYear !== null && y !== undefined && Number(y) > refYear;
}

/**
 * Top-level sections with `role` set; deeper sections keep theirs (null). `refYear` is the last
 * year a report reviews (decided by src/facts), when known.
 */
export function assignRoles(sections: readonly Section[], type: DocumentType, text: string, refYear: number | null = null): Section[] {
  // a report whose top level counts again from 一、 (展望2025…计划如下: 一、…): the second run is its plan part
  const restart = type === 'summary_report' ? sections.findIndex((s, i) => i > 0 && s.number === sections[0]?.number) : -1;
  return sections.map((s, i) => {
    if (type === 'summary_report' && namesLaterYear(s.title, refYear)) return { ...s, role: 'next_steps' as const };
    const planPart = restart > 0 && i >= restart;
    return { ...s, role: roleOfTitle(s.title, type) ?? (planPart ? 'next_steps' : defaultRole(type, text.slice(s.span[0], s.span[1]))) };
  });
}
