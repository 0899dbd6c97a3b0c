// SPC for one indicator's series: blank quarters skipped, limits per rebase segment, every point marked.
import { comparePeriods } from '../period.ts';
import type { PeriodId, Polarity } from '../types.ts';
import { assurance, variation, type SpcAssurance } from './assurance.ts';
import { processLimits, type ProcessLimits } from './limits.ts';
import { processChange, type ProcessChange } from './process-change.ts';
import { markPoints } from './rules.ts';
import type { SpcPoint } from './types.ts';

/** Making Data Count asks for at least this many values before limits mean anything. */
export const MINIMUM_VALUES = 12;

/** A change to the service recorded in spc-rebase.csv: limits are recalculated from this quarter on. */
export interface SpcRebase {
  period: PeriodId;
  reason: string;
}

export interface SpcSegment extends ProcessLimits {
  /** The first quarter with a value in this segment. */
  from: PeriodId;
  /** The rebase that started it; null for the first segment. */
  rebase: SpcRebase | null;
}

export type SpcAnalysis =
  | { kind: 'too_few'; values: number; needed: number }
  | {
      kind: 'spc';
      segments: SpcSegment[];
      /** Only the quarters with a value, oldest first. */
      points: SpcPoint[];
      /** Against the latest segment's limits, as NHSRplotthedots reads it (published in the API as it is). */
      assurance: SpcAssurance | null;
      /** Whether the latest values show a change in the process, so the limits (and the assurance) are out of date. */
      processChange: ProcessChange;
    };

export interface SpcInput {
  period: PeriodId;
  value: number | null;
}

/**
 * `series` in time order; `target` the target in force for the latest quarter (null when none); `rebases` for this
 * indicator, any order. A rebase on a blank quarter starts its segment at the next quarter with a value; one after
 * the last value has no effect. The 12-value minimum applies to the whole series, not to each segment.
 */
export function analyseSpc(
  series: readonly SpcInput[],
  polarity: Polarity,
  target: number | null,
  rebases: readonly SpcRebase[] = [],
): SpcAnalysis {
  const present = series.filter((p): p is { period: PeriodId; value: number } => p.value !== null);
  if (present.length < MINIMUM_VALUES) return { kind: 'too_few', values: present.length, needed: MINIMUM_VALUES };

  const sortedRebases = [...rebases].sort((a, b) => comparePeriods(a.period, b.period));
  // Split the values where a rebase falls; each segment keeps the latest rebase at or before its first value.
  const groups: { rebase: SpcRebase | null; items: typeof present }[] = [];
  let next = 0;
  for (const item of present) {
    let started: SpcRebase | null = null;
    while (next < sortedRebases.length && comparePeriods(sortedRebases[next]!.period, item.period) <= 0) {
      started = sortedRebases[next]!;
      next++;
    }
    if (groups.length === 0) groups.push({ rebase: null, items: [] });
    else if (started !== null) groups.push({ rebase: started, items: [] });
    groups[groups.length - 1]!.items.push(item);
  }

  const segments: SpcSegment[] = [];
  const points: SpcPoint[] = [];
  groups.forEach((group, index) => {
    const values = group.items.map((p) => p.value);
    const limits = processLimits(values);
    segments.push({ ...limits, from: group.items[0]!.period, rebase: group.rebase });
    markPoints(values, limits).forEach((mark, k) => {
      points.push({
        period: group.items[k]!.period,
        value: values[k]!,
        variation: variation(mark?.side ?? null, polarity),
        rule: mark?.rule ?? null,
        segment: index,
      });
    });
  });
  return {
    kind: 'spc',
    segments,
    points,
    assurance: assurance(target, segments[segments.length - 1]!, polarity),
    processChange: processChange(points),
  };
}

/** The sentence a page shows when there are too few values, e.g. "SPC needs 12 quarters; this indicator has 9". */
export function tooFewWording(analysis: Extract<SpcAnalysis, { kind: 'too_few' }>): string {
  return `SPC needs ${analysis.needed} quarters; this indicator has ${analysis.values}`;
}
