// The plain-English headlines that open each quarter's scorecard, generated from the rules so they are never
// out of step with the figures: ratings (newly red, still red, no longer red), then special-cause signals from
// SPC (spc/), then indicators without a figure. A figure that moved within its normal variation is not news, so
// quarter-on-quarter movements are not headlines; a red that stays red is, however long it lasts. Every red and
// every special cause concern is named; improvements are named up to IMPROVEMENTS and the rest counted, so good
// news does not crowd out bad. Special causes on context measures (neither better nor worse) are left out: they
// show on the indicator's row and chart, and in the validate report.
//
// Each headline is the indicator's name (the link to its page) and a few words after it, at most
// HEADLINE_WORDS: the answer (red, the figure and the target; better or worse than usual), not the method. Which
// rule found a signal is on the indicator's page. Where a rating and a signal seem to disagree (red, but better
// than usual; out of red, but worse than usual), the words say why both are true.
import { formatValue, operatorWords } from './format.ts';
import { periodShortLabel } from './period.ts';
import { redRun, type RagAt } from './red-run.ts';
import type { Scorecard, ScorecardRow } from './scorecard.ts';
import type { SpcVariation } from './spc/assurance.ts';
import { SPC_RULES } from './spc/rules.ts';
import { ruleOnSide, SIGNAL_MEANING, SIGNAL_SHORT, variationSide } from './spc/wording.ts';

export type HeadlineKind = 'new_red' | 'still_red' | 'recovered' | 'concern' | 'improvement' | 'no_data';

/** How many special cause improvements to name; the rest are counted. */
export const IMPROVEMENTS = 2;

/** The most words a headline says after the indicator's name (figures count as one word each). */
export const HEADLINE_WORDS = 17;

export type Signal = Exclude<SpcVariation, 'common_cause'>;

export interface Headline {
  kind: HeadlineKind;
  indicatorId: string;
  /** The indicator's name, which the headline links to its page. */
  name: string;
  /** What is news, after the name: "now red at 84.2% against at least 90.0%, from 94.7%." */
  text: string;
  /** The quarter's special-cause signal when the text names one (a rating headline may carry one too). */
  signal: Signal | null;
  /** Quarters running rated red, ending this quarter; 0 when not red. */
  redRun: number;
}

/** The whole headline as one sentence: "Re-referrals: red for 3 quarters running, at 24.5% against at most 21.0%." */
export function headlineSentence(headline: Pick<Headline, 'name' | 'text'>): string {
  return `${headline.name}: ${headline.text}`;
}

export interface Headlines {
  /** Red now, not red the quarter before. */
  newReds: Headline[];
  /** Red this quarter and the one before, longest run first. */
  stillReds: Headline[];
  /** Red the quarter before, amber or green now. */
  recovered: Headline[];
  /** Special cause concern, for every indicator not already named above. */
  concerns: Headline[];
  /** Special cause improvement, up to IMPROVEMENTS of them, those marked by the strongest rule first. */
  improvements: Headline[];
  /** Improvements beyond those named. */
  moreImprovements: number;
  noData: Headline[];
}

const fmt = (row: ScorecardRow, value: number | null) => formatValue(value, row.indicator.unit, row.indicator.decimals);

/** " against at least 90.0%", or nothing without a target. */
function against(row: ScorecardRow): string {
  return row.target ? ` against ${operatorWords(row.target.operator)} ${fmt(row, row.target.value)}` : '';
}

/** Which side of its target a figure that misses it lies: below an "at least" target, above an "at most" one. */
function missSide(row: ScorecardRow): 'below' | 'above' {
  return row.target?.operator === '<=' || row.target?.operator === '<' ? 'above' : 'below';
}

/** The quarter's special cause, if any. A suppressed or blank quarter has no point, so never a signal. */
function signalOf(row: ScorecardRow): { variation: Signal; rule: string } | null {
  const { spc } = row;
  if (spc.kind !== 'spc' || spc.variation === 'common_cause' || spc.rule === null) return null;
  const side = variationSide(spc.variation, row.indicator.polarity === 'higher_is_better');
  if (side === null) return null;
  return { variation: spc.variation, rule: ruleOnSide(spc.rule, side) };
}

/**
 * The signal a rating headline carries, after its rating and figures, so an indicator is named once. A red that
 * is better than usual is so because the target lies beyond even its better figures; an amber or green just out
 * of red that is worse than usual has improved on last quarter without yet returning to its usual level.
 */
function signalClause(row: ScorecardRow, signal: Signal): string {
  if (signal === 'improvement' && row.rag === 'red') return `; ${SIGNAL_SHORT.improvement}, but ${missSide(row)} target`;
  if (signal === 'concern' && row.rag !== 'red') return `, but still ${SIGNAL_SHORT.concern}`;
  return `; ${SIGNAL_SHORT[signal]}`;
}

/** The quarter's signal as the validate report gives it, with the rule: "Re-referrals: above the upper process limit — … (31.0%).", or null. */
export function signalSentence(row: ScorecardRow): { variation: Signal; text: string } | null {
  const signal = signalOf(row);
  if (!signal) return null;
  return { variation: signal.variation, text: `${row.indicator.title}: ${signal.rule} — ${SIGNAL_MEANING[signal.variation]} (${fmt(row, row.value)}).` };
}

function ruleRank(rows: readonly ScorecardRow[], headline: Headline): number {
  const spc = rows.find((row) => row.indicator.id === headline.indicatorId)!.spc;
  // SPC_RULES is in the order the rules are applied: a point outside the limits is the strongest signal.
  return spc.kind === 'spc' && spc.rule !== null ? SPC_RULES.indexOf(spc.rule) : SPC_RULES.length;
}

/**
 * `rating`: the words before any signal, e.g. "now red at 84.2% against at least 90.0%"; `context` follows them
 * where there is no signal, which says more in the few words a headline has.
 */
function ratingHeadline(kind: HeadlineKind, row: ScorecardRow, run: number, rating: string, context = ''): Headline {
  const signal = signalOf(row)?.variation ?? null;
  const text = `${rating}${signal === null ? context : signalClause(row, signal)}.`;
  return { kind, indicatorId: row.indicator.id, name: row.indicator.title, text, signal, redRun: run };
}

/**
 * `ragAt` gives an indicator's rating in an earlier quarter (red-run.ts), so a red that has lasted several quarters
 * can be counted.
 */
export function headlines(scorecard: Scorecard, ragAt: RagAt): Headlines {
  const { rows } = scorecard;
  const reds = rows.filter((row) => row.rag === 'red').map((row) => ({ row, run: redRun(ragAt, row.indicator.id, row.period) }));

  // Split by the run itself, so "for N quarters running" always has N of at least 2.
  const newReds = reds
    .filter(({ run }) => run === 1)
    .map(({ row, run }) =>
      ratingHeadline('new_red', row, run, `now red at ${fmt(row, row.value)}${against(row)}`, row.previous.value === null ? '' : `, from ${fmt(row, row.previous.value)}`),
    );
  const stillReds = reds
    .filter(({ run }) => run >= 2)
    // Longest first: the reds that have lasted longest are the ones most in need of an answer. Stable, so ties keep file order.
    .sort((a, b) => b.run - a.run)
    .map(({ row, run }) => ratingHeadline('still_red', row, run, `red for ${run} quarters running, at ${fmt(row, row.value)}${against(row)}`));
  const recovered = rows
    .filter((row) => row.previous.rag === 'red' && (row.rag === 'green' || row.rag === 'amber'))
    // The group's heading says it was red: "now amber at 89.0% against at least 90.0%".
    .map((row) => ratingHeadline('recovered', row, 0, `now ${row.rag} at ${fmt(row, row.value)}${against(row)}`));

  // An indicator named for its rating already carries its signal, so it is not named again below.
  const named = new Set([...newReds, ...stillReds, ...recovered].map((h) => h.indicatorId));
  const signalled = (variation: 'concern' | 'improvement'): Headline[] =>
    rows.flatMap((row) => {
      if (signalOf(row)?.variation !== variation || named.has(row.indicator.id)) return [];
      // A green that is worse than usual still meets its target: said, so the row's "Green" does not seem to contradict it.
      const onTarget = variation === 'concern' && row.rag === 'green' ? ', but still on target' : '';
      const text = `${SIGNAL_SHORT[variation]}, at ${fmt(row, row.value)}${against(row)}${onTarget}.`;
      return [{ kind: variation, indicatorId: row.indicator.id, name: row.indicator.title, text, signal: variation, redRun: 0 }];
    });
  const improvements = signalled('improvement')
    // Stable, so within a rule indicators keep file order.
    .sort((a, b) => ruleRank(rows, a) - ruleRank(rows, b));

  return {
    newReds,
    stillReds,
    recovered,
    concerns: signalled('concern'),
    improvements: improvements.slice(0, IMPROVEMENTS),
    moreImprovements: Math.max(0, improvements.length - IMPROVEMENTS),
    noData: rows
      // A suppressed figure is not missing: the scorecard shows it as c with its footnote.
      .filter((row) => row.rag === 'no_data' && !row.suppressed)
      .map((row) => ({ kind: 'no_data', indicatorId: row.indicator.id, name: row.indicator.title, signal: null, redRun: 0, text: `no figure for ${periodShortLabel(scorecard.period)}.` })),
  };
}

/** Said when no group has anything in it; true under these rules, since every red, concern and improvement is named or counted. */
export const NO_HEADLINES =
  'No indicator is red or has just come out of red, none shows a change for better or worse beyond normal variation, and every indicator has a figure.';

/** The line after the named improvements: "and 13 more indicators with a special cause improvement." */
export function moreImprovementsText(count: number): string {
  return `And ${count} more ${count === 1 ? 'indicator' : 'indicators'} with a special cause improvement.`;
}
