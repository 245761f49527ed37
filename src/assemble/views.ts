// Typed views over the section tree: what a plan sets out (goals, tasks, timeline) and
// what a report says (achievements, problems, next steps). Items point at sections by id.
import type { DateMention, Item, Phase, Section, SectionRole } from '../schema/document.js';

export interface PlanViews {
  readonly goals: Item[];
  readonly tasks: Item[];
  readonly timeline: Phase[];
}

export interface ReportViews {
  readonly achievements: Item[];
  readonly problems: Item[];
  readonly nextSteps: Item[];
}

function item(s: Section): Item {
  return { sectionId: s.id, title: s.title };
}

function withRole(sections: readonly Section[], role: SectionRole): Section[] {
  return sections.filter((s) => s.role === role);
}

/** The direct children of each section, or the section itself when it has none. */
function childrenOrSelf(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => (s.children.length > 0 ? s.children : [s]));
}

/** The leaves under each section (the section itself when it has no children). */
export function leaves(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => (s.children.length > 0 ? leaves(s.children) : [s]));
}

/** The heading line of a section: up to the first line end or full stop (its date parenthesis included). */
function headingEnd(text: string, s: Section): number {
  const limit = Math.min(s.span[1], s.span[0] + s.title.length + 60);
  for (let i = s.span[0]; i < limit; i++) {
    if (text[i] === '\n' || text[i] === '。') return i;
  }
  return limit;
}

function bounds(dates: readonly DateMention[]): { start: string | null; end: string | null } {
  if (dates.length === 0) return { start: null, end: null };
  const starts = dates.map((d) => d.value).sort();
  const ends = dates.map((d) => d.end ?? d.value).sort();
  return { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null };
}

/** A phase's start and end: the dates on its heading line (动员部署阶段(3月3日—3月15日)), else all dates inside it. */
export function phaseOf(text: string, s: Section, dates: readonly DateMention[]): Phase {
  const inside = dates.filter((d) => d.span[0] >= s.span[0] && d.span[1] <= s.span[1]);
  const headEnd = headingEnd(text, s);
  const onHeading = inside.filter((d) => d.span[0] < headEnd);
  const { start, end } = bounds(onHeading.length > 0 ? onHeading : inside);
  return { sectionId: s.id, title: s.title, start, end };
}

/** `sections` is the tree with roles set; `dates` use the same offsets as the sections' spans. */
export function planViews(text: string, sections: readonly Section[], dates: readonly DateMention[]): PlanViews {
  return {
    goals: childrenOrSelf(withRole(sections, 'goals')).map(item),
    tasks: leaves(withRole(sections, 'tasks')).map(item),
    timeline: childrenOrSelf(withRole(sections, 'timeline')).map((s) => phaseOf(text, s, dates)),
  };
}

export function reportViews(sections: readonly Section[]): ReportViews {
  return {
    achievements: childrenOrSelf(withRole(sections, 'achievements')).map(item),
    problems: childrenOrSelf(withRole(sections, 'problems')).map(item),
    nextSteps: childrenOrSelf(withRole(sections, 'next_steps')).map(item),
  };
}
