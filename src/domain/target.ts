// Which target is in force for an indicator in a given quarter. targets.csv is a change log, not a
// table per quarter: a row applies from its period until a later row replaces or ends it.
import { comparePeriods } from './period.ts';
import type { Indicator, Operator, PeriodId, Polarity, ResolvedTarget, TargetRow } from './types.ts';

/** The operator a row implies when it leaves it blank; neutral indicators have no natural direction. */
export function defaultOperator(polarity: Polarity): Operator | null {
  if (polarity === 'higher_is_better') return '>=';
  if (polarity === 'lower_is_better') return '<=';
  return null;
}

/** The targets.csv row in force at `period` (the latest at or before it), whether it sets or ends a target. */
export function targetRowInForce(rows: readonly TargetRow[], period: PeriodId): TargetRow | null {
  let latest: TargetRow | null = null;
  for (const row of rows) {
    if (comparePeriods(row.period, period) > 0) continue;
    if (latest === null) {
      latest = row;
      continue;
    }
    const order = comparePeriods(row.period, latest.period);
    // Two rows for one period leave the target ambiguous; the loader should have refused them.
    if (order === 0) throw new Error(`Indicator "${row.indicatorId}" has two target rows for ${row.period}`);
    if (order > 0) latest = row;
  }
  return latest;
}

/**
 * The target for one indicator in one period with every default filled in, or null when none applies.
 * `rows` are all targets.csv rows for this indicator, in any order.
 */
export function resolveTarget(
  rows: readonly TargetRow[],
  indicator: Indicator,
  siteAmber: number | null,
  period: PeriodId,
): ResolvedTarget | null {
  const row = targetRowInForce(rows, period);
  if (row === null || row.target === null) return null;
  const operator = row.operator ?? defaultOperator(indicator.polarity);
  if (operator === null) {
    throw new Error(`Target for neutral indicator "${indicator.id}" from ${row.period} must state an operator`);
  }
  return {
    value: row.target,
    operator,
    amber: row.amber ?? indicator.amber ?? siteAmber ?? null,
    from: row.period,
  };
}
