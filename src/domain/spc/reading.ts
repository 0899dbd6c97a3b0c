// What SPC says about one quarter's figure: the variation of that point and the assurance of the process.
import type { PeriodId } from '../types.ts';
import type { SpcAnalysis } from './analysis.ts';
import type { SpcAssurance, SpcVariation } from './assurance.ts';
import type { SpcRule } from './rules.ts';

export type SpcReading =
  | { kind: 'too_few'; values: number; needed: number }
  /** The quarter has no published figure, so it has no point of its own; the assurance still stands. */
  | { kind: 'no_value'; assurance: SpcAssurance | null; processChanged: boolean }
  /** `processChanged`: the latest values show a change in the process (process-change.ts), so the assurance is not shown. */
  | { kind: 'spc'; variation: SpcVariation; rule: SpcRule | null; assurance: SpcAssurance | null; processChanged: boolean };

export function spcReading(analysis: SpcAnalysis, period: PeriodId): SpcReading {
  if (analysis.kind === 'too_few') return analysis;
  const point = analysis.points.find((p) => p.period === period);
  const processChanged = analysis.processChange.changed;
  if (!point) return { kind: 'no_value', assurance: analysis.assurance, processChanged };
  return { kind: 'spc', variation: point.variation, rule: point.rule, assurance: analysis.assurance, processChanged };
}

/** A special-cause signal: anything but common cause. */
export function isSpecialCause(reading: SpcReading): boolean {
  return reading.kind === 'spc' && reading.variation !== 'common_cause';
}
