// Disclosure control: which figures are not published, so that no child can be identified from a small
// count. Opt-in through site.json ("disclosure": { "minimum_count": 6 }).
//
// Primary suppression: a count from 1 to minimum - 1; a figure whose numerator or denominator counts people
// (indicators.csv counts_of_people: by default both for percentages, rates and numbers, the denominator for
// days, as in an average over 3 children) and is in that range; a percentage or rate whose denominator minus
// numerator is in that range. 0 is a true zero and is published.
// Secondary suppression: where counts add up (a total and its parts, named by part_of in indicators.csv),
// a hidden figure alone in a sum could be worked out by subtraction, so the next smallest part (or the
// total) is hidden too, repeating until every sum with a hidden figure has at least two.
// A suppressed row is hidden whole (value, numerator, denominator and commentary), so the relations inside a
// percentage row (numerator + rest = denominator) never leave one figure hidden alone.
import type { CountsOfPeople, Indicator, PeriodId, QuarterValue } from './types.ts';

export interface DisclosureRule {
  /** The smallest count that is published; 1 to minimumCount - 1 are not. */
  minimumCount: number;
}

export type SuppressionKind = 'primary' | 'secondary';

export interface Suppression {
  indicatorId: string;
  period: PeriodId;
  kind: SuppressionKind;
  /** For officers (npm run validate), never published: it quotes the figure. */
  reason: string;
}

/** A count small enough to identify a child: 1 to minimum - 1 (0 is a true zero). */
export function isSmallCount(count: number | null, rule: DisclosureRule): boolean {
  return count !== null && count > 0 && count < rule.minimumCount;
}

/**
 * Which of the numerator and denominator count people: as indicators.csv says, or by the unit (an average in
 * days has total days over a number of children; a percentage, rate or number counts people in both).
 */
export function countsOfPeople(indicator: Pick<Indicator, 'unit' | 'countsOfPeople'>): CountsOfPeople {
  return indicator.countsOfPeople ?? (indicator.unit === 'days' ? 'denominator' : 'both');
}

/** Why a figure must not be published on its own account, or null when it may be. */
export function primaryReason(indicator: Indicator, value: QuarterValue, rule: DisclosureRule): string | null {
  const fewer = `fewer than ${rule.minimumCount}`;
  if (indicator.unit === 'count' && isSmallCount(value.value, rule)) return `the count is ${value.value}, ${fewer}`;
  const counted = countsOfPeople(indicator);
  const { numerator, denominator } = value;
  if ((counted === 'both' || counted === 'numerator') && isSmallCount(numerator, rule)) return `the numerator is ${numerator}, ${fewer}`;
  if ((counted === 'both' || counted === 'denominator') && isSmallCount(denominator, rule)) return `the denominator is ${denominator}, ${fewer}`;
  // The rest is people only where the numerator is a part of the denominator.
  if (counted === 'both' && (indicator.unit === 'percent' || indicator.unit === 'rate_per_10000')
    && numerator !== null && denominator !== null && isSmallCount(denominator - numerator, rule)) {
    return `the denominator minus the numerator is ${denominator - numerator}, ${fewer}`;
  }
  return null;
}

/** Every total with its parts, parts in indicators.csv order. */
export function partsByTotal(indicators: readonly Pick<Indicator, 'id' | 'partOf'>[]): Map<string, string[]> {
  const totals = new Map<string, string[]>();
  for (const indicator of indicators) {
    if (indicator.partOf === null) continue;
    const parts = totals.get(indicator.partOf);
    if (parts) parts.push(indicator.id);
    else totals.set(indicator.partOf, [indicator.id]);
  }
  return totals;
}

/**
 * The cell to hide beside a figure hidden alone in a sum: the smallest published part above zero (a true
 * zero protects little, as readers can see a part cannot be below it), else the total, else a zero part.
 */
function complement(total: string, parts: readonly string[], published: (id: string) => number | null): string | null {
  const order = (ids: readonly string[]) => ids
    .map((id, position) => ({ id, position, value: published(id) }))
    .filter((cell): cell is { id: string; position: number; value: number } => cell.value !== null)
    .sort((a, b) => a.value - b.value || a.position - b.position);
  const nonZero = order(parts).filter((cell) => cell.value > 0);
  if (nonZero[0]) return nonZero[0].id;
  if (published(total) !== null) return total;
  return order(parts)[0]?.id ?? null;
}

/** Every figure not to publish, in period then indicators.csv order. */
export function suppressions(indicators: readonly Indicator[], values: readonly QuarterValue[], rule: DisclosureRule): Suppression[] {
  const byPeriod = new Map<PeriodId, Map<string, QuarterValue>>();
  for (const value of values) {
    const quarter = byPeriod.get(value.period) ?? new Map<string, QuarterValue>();
    quarter.set(value.indicatorId, value);
    byPeriod.set(value.period, quarter);
  }
  const relations = [...partsByTotal(indicators)];
  const position = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  const result: Suppression[] = [];

  for (const [period, quarter] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const hidden = new Map<string, Suppression>();
    for (const indicator of indicators) {
      const value = quarter.get(indicator.id);
      const reason = value ? primaryReason(indicator, value, rule) : null;
      if (reason !== null) hidden.set(indicator.id, { indicatorId: indicator.id, period, kind: 'primary', reason });
    }
    const published = (id: string) => (hidden.has(id) ? null : quarter.get(id)?.value ?? null);
    // Each pass hides at most one more figure per sum; hiding only ever grows, so this ends.
    for (let changed = true; changed;) {
      changed = false;
      for (const [total, parts] of relations) {
        const cells = [total, ...parts];
        const unknown = cells.filter((id) => published(id) === null);
        const alone = unknown.length === 1 ? hidden.get(unknown[0]!) : undefined;
        if (alone === undefined) continue;
        const extra = complement(total, parts, published);
        if (extra === null) continue;
        hidden.set(extra, {
          indicatorId: extra,
          period,
          kind: 'secondary',
          reason: `so that "${alone.indicatorId}" cannot be worked out from "${total}" and its parts`,
        });
        changed = true;
      }
    }
    result.push(...[...hidden.values()].sort((a, b) => position.get(a.indicatorId)! - position.get(b.indicatorId)!));
  }
  return result;
}

/** The figure as published: a suppressed row keeps only its indicator and period. */
export function withheld(value: QuarterValue): QuarterValue {
  return { ...value, value: null, numerator: null, denominator: null, commentary: '' };
}
