// Feedback from children, young people, parents and carers: how many of those asked agreed with each
// statement, grouped by who was asked and how, and the same question's answers across quarters.
// The numbers asked are small (14 children interviewed), so disclosure control applies the indicators' rule.
import { isSmallCount, type DisclosureRule } from '../disclosure.ts';
import { formatPercentOf, formatShareOf } from '../format.ts';
import { comparePeriods, periodShortLabel } from '../period.ts';
import type { PeriodId } from '../types.ts';
import type { FeedbackRow } from './types.ts';

export interface FeedbackAnswer {
  question: string;
  /** null when withheld by disclosure control. */
  agreed: number | null;
  asked: number | null;
  /** Unrounded 0-100; null when withheld. */
  percent: number | null;
  /** True when disclosure control withholds the counts: shown as `c`. */
  withheld: boolean;
}

/** The questions put to one group of people in one way (e.g. Children, Interview), in the file's order. */
export interface FeedbackGroup {
  source: string;
  method: string;
  answers: FeedbackAnswer[];
}

/**
 * Whether the counts could identify a child: the same test as a percentage indicator, applied to the
 * number who agreed, the number asked, and the number who did not agree. null rule: every figure is published.
 */
export function isFeedbackWithheld(row: Pick<FeedbackRow, 'agreed' | 'asked'>, rule: DisclosureRule | null): boolean {
  if (rule === null) return false;
  return isSmallCount(row.agreed, rule) || isSmallCount(row.asked, rule) || isSmallCount(row.asked - row.agreed, rule);
}

export function feedbackAnswer(row: FeedbackRow, rule: DisclosureRule | null): FeedbackAnswer {
  if (isFeedbackWithheld(row, rule)) return { question: row.question, agreed: null, asked: null, percent: null, withheld: true };
  return { question: row.question, agreed: row.agreed, asked: row.asked, percent: (row.agreed / row.asked) * 100, withheld: false };
}

/** One quarter's feedback by source and method, each group where it first appears in the file. */
export function feedbackGroups(rows: readonly FeedbackRow[], period: PeriodId, rule: DisclosureRule | null): FeedbackGroup[] {
  const groups = new Map<string, FeedbackGroup>();
  for (const row of rows) {
    if (row.period !== period) continue;
    const key = JSON.stringify([row.source, row.method]);
    let group = groups.get(key);
    if (!group) {
      group = { source: row.source, method: row.method, answers: [] };
      groups.set(key, group);
    }
    group.answers.push(feedbackAnswer(row, rule));
  }
  return [...groups.values()];
}

export function feedbackPeriods(rows: readonly FeedbackRow[]): PeriodId[] {
  return [...new Set(rows.map((row) => row.period))].sort(comparePeriods);
}

export interface FeedbackTrendPoint extends FeedbackAnswer {
  period: PeriodId;
}

/** The same question put to the same people in the same way, in more than one quarter. */
export interface FeedbackTrend {
  source: string;
  method: string;
  question: string;
  /** Oldest first, up to and including the quarter asked about. */
  points: FeedbackTrendPoint[];
}

/**
 * Each question asked in `period` that was also asked in an earlier quarter, with its answers from every
 * quarter up to `period`. Questions are matched on source, method and wording: a reworded question is a new one.
 */
export function feedbackTrends(rows: readonly FeedbackRow[], period: PeriodId, rule: DisclosureRule | null): FeedbackTrend[] {
  const key = (row: FeedbackRow) => JSON.stringify([row.source, row.method, row.question]);
  const trends: FeedbackTrend[] = [];
  for (const current of rows.filter((row) => row.period === period)) {
    const points = rows
      .filter((row) => key(row) === key(current) && comparePeriods(row.period, period) <= 0)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((row) => ({ period: row.period, ...feedbackAnswer(row, rule) }));
    if (points.length > 1) trends.push({ source: current.source, method: current.method, question: current.question, points });
  }
  return trends;
}

/** One quarter's feedback as pages, the pack and the API show it; null when the quarter has none. */
export interface FeedbackView {
  period: PeriodId;
  groups: FeedbackGroup[];
  trends: FeedbackTrend[];
  /** True when any figure this quarter, or in its trends, is withheld, so the page explains `c`. */
  withheld: boolean;
}

export function feedbackView(rows: readonly FeedbackRow[], period: PeriodId, rule: DisclosureRule | null): FeedbackView | null {
  const groups = feedbackGroups(rows, period, rule);
  if (groups.length === 0) return null;
  const trends = feedbackTrends(rows, period, rule);
  const withheld = groups.some((g) => g.answers.some((a) => a.withheld)) || trends.some((t) => t.points.some((p) => p.withheld));
  return { period, groups, trends, withheld };
}

/** "12 of 14 (86%)"; null when withheld (shown as `c`). */
export function answerText(answer: Pick<FeedbackAnswer, 'agreed' | 'asked' | 'withheld'>): string | null {
  return answer.withheld || answer.agreed === null || answer.asked === null ? null : formatShareOf(answer.agreed, answer.asked);
}

/** "14 questions put to 3 groups." for the section's opening sentence. */
export function feedbackSentence(view: FeedbackView): string {
  const questions = view.groups.reduce((sum, g) => sum + g.answers.length, 0);
  const groups = view.groups.length;
  return `${questions} ${questions === 1 ? 'question' : 'questions'} put to ${groups === 1 ? 'one group' : `${groups} groups`} of children, young people, parents or carers. ` +
    'Each figure is how many of those asked agreed, out of the number asked that question.';
}

/** "My social worker listens to me: 78% agreed in Q3 2024/25 and 85% in Q3 2025/26 (47 of 55)." for a trend chart. */
export function feedbackTrendSentence(trend: FeedbackTrend): string {
  const shown = trend.points.filter((p) => p.percent !== null);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return `${trend.question}: every figure is withheld to protect the privacy of a small number of children or families.`;
  // Rounded as every other share (formatPercentOf), so the sentence matches the table beside it.
  const pct = (p: FeedbackTrendPoint) => formatPercentOf(p.agreed!, p.asked!) ?? '–';
  if (first === last) return `${trend.question}: ${answerText(last)} agreed in ${periodShortLabel(last.period)}; the other quarters are withheld.`;
  return `${trend.question}: ${pct(first)} agreed in ${periodShortLabel(first.period)} and ${pct(last)} in ${periodShortLabel(last.period)} (${last.agreed} of ${last.asked}).`;
}
