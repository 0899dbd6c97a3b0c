// Disclosure control over the version history. A revision quotes the values a figure was published with
// before, and those must not undo what disclosure control hides: a small count first published before
// disclosure control was on, a percentage whose earlier numerator is not in the history (so its small counts
// cannot be checked), or a part of a total, whose earlier versions could be subtracted from each other.
// So, under disclosure control, an earlier value is shown only where it is safe on its own: a figure outside
// disclosure control (days, numbers), or a count outside any total that is 0 or at least the minimum. The
// current value is shown exactly as the scorecard shows it. Dates, versions and reasons are always shown.
import type { DatasetIndex } from './dataset-index.ts';
import { isSmallCount, partsByTotal, type DisclosureRule } from './disclosure.ts';
import { figureKey, type ChangeEvent, type FigureVersion, type Revisions } from './revisions.ts';
import type { Indicator, PeriodId } from './types.ts';

export function withholdRevisions(revisions: Revisions, index: DatasetIndex, indicators: readonly Indicator[], rule: DisclosureRule | null): Revisions {
  if (rule === null) return revisions;
  const inSums = new Set<string>();
  for (const [total, parts] of partsByTotal(indicators)) for (const id of [total, ...parts]) inSums.add(id);
  const earlierSafe = (indicatorId: string, value: number | null): boolean => {
    if (value === null) return true;
    const unit = index.indicator(indicatorId)?.unit;
    if (unit === 'count') return !inSums.has(indicatorId) && !isSmallCount(value, rule);
    return unit !== 'percent' && unit !== 'rate_per_10000';
  };
  const currentSafe = (indicatorId: string, period: PeriodId) => index.suppressionAt(indicatorId, period) === null;

  const versions = new Map<string, FigureVersion[]>();
  for (const [key, list] of revisions.versions) {
    const [period, indicatorId] = key.split('\u0000') as [PeriodId, string];
    versions.set(key, list.map((version, i) => {
      const safe = i === list.length - 1 ? currentSafe(indicatorId, period) : earlierSafe(indicatorId, version.value);
      return safe ? version : { ...version, value: null, withheld: true };
    }));
  }
  const events = revisions.events.map((event): ChangeEvent => {
    if (event.kind !== 'revision') return event;
    const list = revisions.versions.get(figureKey(event.period, event.indicatorId)) ?? [];
    const isCurrent = list.at(-1)?.commit.hash === event.commit.hash;
    const valueSafe = isCurrent ? currentSafe(event.indicatorId, event.period) : earlierSafe(event.indicatorId, event.value);
    const previousSafe = earlierSafe(event.indicatorId, event.previous);
    return {
      ...event,
      ...(previousSafe ? {} : { previous: null, previousWithheld: true }),
      ...(valueSafe ? {} : { value: null, valueWithheld: true }),
    };
  });
  return { events, versions };
}
