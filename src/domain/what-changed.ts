// What changed in the newest quarter against the one before: new reds, reds that persist, recoveries, SPC
// special-cause signals, processes that have changed (with the spc-rebase.csv line to add once the change has
// settled) and the largest movements, for the officer to read at the end of `npm run validate` before publishing. The scorecard and headline rules decide each row (scorecard.ts, headlines.ts), so this
// agrees with what the published headlines will say.
import type { DatasetIndex } from './dataset-index.ts';
import { formatNumber, formatTarget, formatValue, defaultDecimals } from './format.ts';
import { signalSentence, type Signal } from './headlines.ts';
import { ragAtFromIndex, redRun } from './red-run.ts';
import { ragLabel } from './labels.ts';
import { periodShortLabel } from './period.ts';
import { buildScorecard, type ScorecardRow } from './scorecard.ts';
import { spcAsAt } from './spc/as-at.ts';
import { RECENT_VALUES } from './spc/process-change.ts';
import type { PeriodId } from './types.ts';

/** How many movements to list: enough to catch the eye, few enough to read. */
export const MOVEMENT_COUNT = 5;
/** The usual movement is the average quarter-on-quarter change over up to two years before. */
export const USUAL_MOVEMENT_QUARTERS = 8;

export interface Movement {
  row: ScorecardRow;
  /** This quarter's value minus last quarter's, in the indicator's units (percentage points for percentages). */
  change: number;
  /** The change divided by the indicator's usual quarterly change; null when there is too little history. */
  timesUsual: number | null;
  usual: number | null;
}

export interface WhatChanged {
  period: PeriodId;
  previous: PeriodId | null;
  /** Whether the quarter has any figure at all (a quarter just made by new-quarter has none). */
  hasFigures: boolean;
  /** Red now, not red last quarter. */
  newReds: ScorecardRow[];
  /** Red this quarter and the one before, with the number of quarters running, longest first. */
  stillReds: { row: ScorecardRow; run: number }[];
  /** Red last quarter, amber or green now. */
  recoveries: ScorecardRow[];
  /** SPC special causes this quarter (concerns, then improvements, then neither), with the rule that found each (the headlines say only better or worse than usual). */
  signals: { row: ScorecardRow; variation: Signal; text: string }[];
  /**
   * Indicators whose process has changed in the latest values (spc/process-change.ts), in file order: the quarter
   * the change began, and whether a rebase there would start new limits (not when the change runs from the start of
   * the current limits, whether the first quarter or an earlier rebase).
   */
  processChanges: { row: ScorecardRow; since: PeriodId; canRebase: boolean }[];
  /** Largest first. */
  movements: Movement[];
  warnings: number;
}

function usualMovement(index: DatasetIndex, indicatorId: string, period: PeriodId): number | null {
  const earlier = index.periods.slice(0, index.periods.indexOf(period)).slice(-USUAL_MOVEMENT_QUARTERS - 1);
  const changes: number[] = [];
  for (let i = 1; i < earlier.length; i++) {
    const before = index.valueAt(indicatorId, earlier[i - 1]!)?.value ?? null;
    const after = index.valueAt(indicatorId, earlier[i]!)?.value ?? null;
    if (before !== null && after !== null) changes.push(Math.abs(after - before));
  }
  // Two changes are too few to say what is usual.
  if (changes.length < 3) return null;
  const mean = changes.reduce((sum, change) => sum + change, 0) / changes.length;
  return mean > 0 ? mean : null;
}

/**
 * Movements are ranked by how unusual they are for the indicator (a 3-point move in a figure that usually moves
 * by 1 comes before a 300-contact move in a figure that usually moves by 400), so that indicators in different
 * units can be compared. Indicators without enough history come after, by their change as a share of last quarter.
 */
function rankMovements(index: DatasetIndex, rows: readonly ScorecardRow[]): Movement[] {
  const movements = rows.flatMap((row): Movement[] => {
    if (row.value === null || row.previous.value === null || row.value === row.previous.value) return [];
    const change = row.value - row.previous.value;
    const usual = usualMovement(index, row.indicator.id, row.period);
    return [{ row, change, usual, timesUsual: usual === null ? null : Math.abs(change) / usual }];
  });
  const share = (movement: Movement) => (movement.row.previous.value ? Math.abs(movement.change / movement.row.previous.value) : 0);
  return movements
    .sort((a, b) => (a.timesUsual === null) !== (b.timesUsual === null)
      ? (a.timesUsual === null ? 1 : -1)
      : (b.timesUsual ?? share(b)) - (a.timesUsual ?? share(a)))
    .slice(0, MOVEMENT_COUNT);
}

const SIGNAL_ORDER: readonly Signal[] = ['concern', 'improvement', 'neutral_high', 'neutral_low'];

export function whatChanged(index: DatasetIndex, warnings: number, period: PeriodId | undefined = index.periods.at(-1)): WhatChanged | null {
  if (period === undefined || !index.hasPeriod(period)) return null;
  const scorecard = buildScorecard(index, period);
  const rows = scorecard.rows;
  const previous = rows[0]?.previous.period ?? null;
  const ragAt = ragAtFromIndex(index);
  return {
    period,
    previous: previous !== null && index.hasPeriod(previous) ? previous : null,
    hasFigures: rows.some((row) => row.value !== null),
    newReds: rows.filter((row) => row.rag === 'red' && row.previous.rag !== 'red'),
    stillReds: rows
      .map((row) => ({ row, run: redRun(ragAt, row.indicator.id, period) }))
      .filter(({ run }) => run >= 2)
      .sort((a, b) => b.run - a.run),
    recoveries: rows.filter((row) => row.previous.rag === 'red' && (row.rag === 'green' || row.rag === 'amber')),
    signals: rows
      .flatMap((row) => {
        const signal = signalSentence(row);
        return signal ? [{ row, ...signal }] : [];
      })
      .sort((a, b) => SIGNAL_ORDER.indexOf(a.variation) - SIGNAL_ORDER.indexOf(b.variation)),
    processChanges: rows.flatMap((row) => {
      if (row.spc.kind === 'too_few' || !row.spc.processChanged) return [];
      const analysis = spcAsAt(index, row.indicator, period);
      if (analysis.kind !== 'spc' || !analysis.processChange.changed) return [];
      const { since, segmentFrom } = analysis.processChange;
      return [{ row, since, canRebase: since !== segmentFrom }];
    }),
    movements: rankMovements(index, rows),
    warnings,
  };
}

/** What the officer writes in place of this in a suggested spc-rebase.csv line (no comma: it is a CSV cell). */
export const REBASE_REASON_PLACEHOLDER = '<why the process changed>';

/** The spc-rebase.csv line that starts new limits for an indicator from a quarter. */
export function rebaseLine(indicatorId: string, period: PeriodId): string {
  return `${indicatorId},${period},${REBASE_REASON_PLACEHOLDER}`;
}

/** How to decide whether to add a suggested line: the guidance docs/data-format.md gives too. */
export const REBASE_ADVICE =
  `Add a line only once the change has settled (the figures have held at their new level for several quarters, ` +
  `${RECENT_VALUES} is a good guide) and you know why it happened (a new team, a new way of working or counting); ` +
  `give that reason in place of ${REBASE_REASON_PLACEHOLDER}. While it is still settling, or if you cannot say why, wait: ` +
  `until then the site says the limits need recalculating instead of giving an assurance.`;

function value(row: ScorecardRow, figure: number | null): string {
  return formatValue(figure, row.indicator.unit, row.indicator.decimals);
}

function describeChange(movement: Movement): string {
  const { row, change } = movement;
  const decimals = row.indicator.decimals ?? defaultDecimals(row.indicator.unit);
  const points = row.indicator.unit === 'percent' ? ' percentage points' : '';
  const amount = `${formatNumber(Math.abs(change), decimals)}${points}`;
  const better = row.direction === 'improving' ? ', better' : row.direction === 'worsening' ? ', worse' : '';
  const usual = movement.usual === null ? '' : `; it usually moves about ${formatNumber(movement.usual, decimals)}${points} a quarter`;
  return `${row.indicator.title}: ${change > 0 ? 'up' : 'down'} ${amount}, from ${value(row, row.previous.value)} to ${value(row, row.value)}${better}${usual}`;
}

/** The report in plain words, one line each, for the end of `npm run validate`. */
export function describeWhatChanged(report: WhatChanged): string[] {
  const quarter = periodShortLabel(report.period);
  if (report.previous === null) return [`What changed in ${quarter}: there is no quarter before it to compare with.`];
  const against = periodShortLabel(report.previous);
  const lines = [`What changed in ${quarter}, against ${against}:`];
  if (!report.hasFigures) {
    lines.push(`- ${quarter} has no figures yet.`);
  } else {
    const rated = (row: ScorecardRow) => `${row.indicator.title}: ${value(row, row.value)} against a target of ${formatTarget(row.target, row.indicator.unit, row.indicator.decimals)}`;
    lines.push(report.newReds.length === 0 ? '- New reds: none.' : `- New reds (${report.newReds.length}):`);
    for (const row of report.newReds) lines.push(`  - ${rated(row)} (was ${ragLabel(row.previous.rag).word.toLowerCase()}, ${value(row, row.previous.value)})`);
    lines.push(report.stillReds.length === 0 ? '- Still red: none.' : `- Still red (${report.stillReds.length}):`);
    for (const { row, run } of report.stillReds) lines.push(`  - ${rated(row)}, red for ${run} quarters running`);
    lines.push(report.recoveries.length === 0 ? '- Recovered from red: none.' : `- Recovered from red (${report.recoveries.length}):`);
    for (const row of report.recoveries) lines.push(`  - ${rated(row)}, now ${ragLabel(row.rag).word.toLowerCase()}`);
    lines.push(report.signals.length === 0 ? '- Signals beyond normal variation (SPC): none.' : `- Signals beyond normal variation (SPC) (${report.signals.length}):`);
    for (const signal of report.signals) lines.push(`  - ${signal.text}`);
    lines.push(report.processChanges.length === 0
      ? '- Processes that have changed (SPC limits to recalculate): none.'
      : `- Processes that have changed (SPC limits to recalculate) (${report.processChanges.length}):`);
    if (report.processChanges.length > 0) {
      lines.push(`  A real change in the last ${RECENT_VALUES} quarters means their limits describe an earlier process. ${REBASE_ADVICE}`);
    }
    for (const { row, since, canRebase } of report.processChanges) {
      if (canRebase) lines.push(`  - ${row.indicator.title}: the change began in ${periodShortLabel(since)}. For spc-rebase.csv:`, `      ${rebaseLine(row.indicator.id, since)}`);
      else lines.push(`  - ${row.indicator.title}: the change runs from the start of its current limits (${periodShortLabel(since)}), so a rebase cannot separate it yet; look again next quarter.`);
    }
    lines.push(report.movements.length === 0 ? '- Largest movements: none.' : '- Largest movements, for their indicator:');
    for (const movement of report.movements) lines.push(`  - ${describeChange(movement)}`);
  }
  lines.push(report.warnings === 0 ? '- Warnings: none.' : `- Warnings: ${report.warnings}, listed above.`);
  return lines;
}
