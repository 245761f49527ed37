// The kind of document a title names (计划 → plan, 总结 → report, 总结和…计划 → mixed), and the
// genre the opening words suggest when there is no title.
import { DOC_KIND_WORDS, type DocKind, KIND_JOINERS } from './lexicon.js';

export type TitleKind = DocKind | 'mixed' | null;

/** The kind a title names: its head noun (the last kind word outside 《》), or mixed for 总结和…计划. */
export function titleKind(title: string | null): TitleKind {
  if (!title) return null;
  const bare = title.replace(/《[^《》]*》/g, '《》');
  const hits: { at: number; kind: DocKind; word: string }[] = [];
  for (const { word, kind } of DOC_KIND_WORDS) {
    for (let at = bare.indexOf(word); at >= 0; at = bare.indexOf(word, at + 1)) hits.push({ at, kind, word });
  }
  hits.sort((a, b) => a.at - b.at);
  const last = hits[hits.length - 1];
  if (!last) return null;
  // 工作总结和2018年工作思路: a report word joined to a later plan word names both kinds
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a || !b || a.kind === b.kind) continue;
    const between = bare.slice(a.at + a.word.length, b.at);
    if (KIND_JOINERS.some((j) => between.startsWith(j))) return 'mixed';
  }
  return last.kind;
}

/** Words of the opening that suggest the genre of an untitled document, and the kind each suggests. */
const HEAD_GENRE_WORDS: readonly { readonly word: string; readonly kind: DocKind }[] = [
  { word: '总结', kind: 'report' },
  { word: '报告', kind: 'report' },
  { word: '汇报', kind: 'report' },
  { word: '情况', kind: 'report' },
  { word: '计划', kind: 'plan' },
  { word: '要点', kind: 'plan' },
  { word: '方案', kind: 'plan' },
  { word: '规划', kind: 'plan' },
  { word: '意见', kind: 'plan' },
  { word: '思路', kind: 'plan' },
];
/** How much of the opening names an untitled document's genre. */
const GENRE_REACH = 200;

/** The genre: the title's kind, else the first genre word of the opening (向大会报告政府工作 → report). */
export function documentGenre(kind: TitleKind, text: string): TitleKind {
  if (kind !== null) return kind;
  const head = text.slice(0, GENRE_REACH);
  let best: { at: number; kind: DocKind } | null = null;
  for (const g of HEAD_GENRE_WORDS) {
    const at = head.indexOf(g.word);
    if (at >= 0 && (!best || at < best.at)) best = { at, kind: g.kind };
  }
  return best?.kind ?? null;
}

/**
 * Formulas by which an untitled document says what it is: a government work report's
 * 我代表…向大会报告政府工作, a summary's 现将…总结如下, a plan's 特制定本方案.
 */
const OPENING_FORMULAS: readonly { readonly pattern: RegExp; readonly kind: DocKind }[] = [
  { pattern: /向(?:本次)?(?:大会|会议)(?:作)?(?:报告|汇报)|作(?:政府)?工作报告|(?:总结|汇报|报告|述职)如下/, kind: 'report' },
  { pattern: /(?:特|现)?制定本(?:方案|计划|规划|要点)|(?:计划|方案|要点|安排)如下/, kind: 'plan' },
];

/** The kind an untitled document's opening names by formula, or null. */
export function openingKind(text: string): DocKind | null {
  const head = text.slice(0, GENRE_REACH * 2);
  let best: { at: number; kind: DocKind } | null = null;
  for (const f of OPENING_FORMULAS) {
    const m = f.pattern.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, kind: f.kind };
  }
  return best?.kind ?? null;
}
