// What a quarter's committee pack shows of its scorecard. A committee reads the whole scorecard of a borough
// (the demo's 31 indicators print on 17 A4 sheets); a county's 310 would print on well over a hundred, and
// nobody scrutinises that. So one rule, whatever the size: every indicator that asks for the committee's
// attention is shown in full (its row with the officers' commentary, and its ratings over the last quarters),
// and the rest are listed compactly (rating, figure, target) with a link to the full scorecard on the site.
// While every indicator fits the pack in full, the rest are shown in full too: the list would only save a few
// sheets, and members keep the one table they know.
import type { Scorecard, ScorecardRow, ThemeGroup } from './scorecard.ts';
import type { Indicator } from './types.ts';

/**
 * Up to this many indicators the whole scorecard is shown in full. An agenda pack is held to 20 A4 sheets
 * (tests/e2e/pdf.spec.ts); the demo's 31 indicators print on 17 with the cover, the headlines and the quality
 * assurance, each further indicator adding its scorecard row, commentary and RAG grid row, so about 40 fit.
 */
export const FULL_PACK_INDICATORS = 40;

/** Why an indicator is shown in full in a pack of exceptions. */
export type AttentionReason = 'red' | 'concern' | 'changed';

/** Each reason as the pack says it ("shows in full the 90 that ..."), in the order it lists them. */
export const ATTENTION_WORDS: Record<AttentionReason, string> = {
  red: 'are rated red',
  concern: 'show a special-cause concern in their SPC variation, a real change for the worse',
  changed: 'changed RAG rating since the quarter before',
};

/** The reasons with how many indicators each brought in: "are rated red (60), show … (10), or changed … (120)". */
export function attentionList(counts: Record<AttentionReason, number>): string {
  const reasons = Object.keys(ATTENTION_WORDS) as AttentionReason[];
  return reasons.map((reason, i) => `${i === reasons.length - 1 ? 'or ' : ''}${ATTENTION_WORDS[reason]} (${counts[reason]})`).join(', ');
}

/** Why `row` asks for the committee's attention; none when it does not. */
export function attentionReasons(row: ScorecardRow, changed: ReadonlySet<string>): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (row.rag === 'red') reasons.push('red');
  if (row.spc.kind === 'spc' && row.spc.variation === 'concern') reasons.push('concern');
  if (changed.has(row.indicator.id)) reasons.push('changed');
  return reasons;
}

export type PackLayout =
  /** Every indicator in full. */
  | { kind: 'full'; limit: number }
  | {
    kind: 'exceptions';
    limit: number;
    /** The indicators shown in full, by theme (themes and rows in scorecard order). */
    inFull: ThemeGroup[];
    /** The other indicators, listed compactly, by theme. */
    listed: ThemeGroup[];
    /** The indicators shown in full, for the RAG grid. */
    gridThemes: { theme: string; indicators: Indicator[] }[];
    /** How many indicators each reason brought into the full part (one indicator may have several). */
    counts: Record<AttentionReason, number>;
  };

const byTheme = (themes: readonly ThemeGroup[], keep: (row: ScorecardRow) => boolean): ThemeGroup[] =>
  themes.map((group) => ({ theme: group.theme, rows: group.rows.filter(keep) })).filter((group) => group.rows.length > 0);

/** The pack's layout for `scorecard`: in full while it has at most `limit` indicators, else exceptions first. */
export function packLayout(scorecard: Scorecard, limit: number = FULL_PACK_INDICATORS): PackLayout {
  if (scorecard.rows.length <= limit) return { kind: 'full', limit };
  const changed = new Set(scorecard.summary.changes.map((change) => change.indicator.id));
  const counts: Record<AttentionReason, number> = { red: 0, concern: 0, changed: 0 };
  const attention = new Set<string>();
  for (const row of scorecard.rows) {
    const reasons = attentionReasons(row, changed);
    for (const reason of reasons) counts[reason] += 1;
    if (reasons.length > 0) attention.add(row.indicator.id);
  }
  const inFull = byTheme(scorecard.themes, (row) => attention.has(row.indicator.id));
  return {
    kind: 'exceptions',
    limit,
    inFull,
    listed: byTheme(scorecard.themes, (row) => !attention.has(row.indicator.id)),
    gridThemes: inFull.map((group) => ({ theme: group.theme, indicators: group.rows.map((row) => row.indicator) })),
    counts,
  };
}
