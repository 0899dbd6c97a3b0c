// What a marked point means for this indicator, and whether the process can be relied on to meet its target.
import type { Polarity } from '../types.ts';
import type { ProcessLimits } from './limits.ts';
import type { SpcSide } from './rules.ts';

export type SpcVariation = 'common_cause' | 'improvement' | 'concern' | 'neutral_high' | 'neutral_low';
export type SpcAssurance = 'consistent_pass' | 'consistent_fail' | 'inconsistent';

export function variation(side: SpcSide | null, polarity: Polarity): SpcVariation {
  if (side === null) return 'common_cause';
  if (polarity === 'neutral') return side === 'high' ? 'neutral_high' : 'neutral_low';
  const good = polarity === 'higher_is_better' ? 'high' : 'low';
  return side === good ? 'improvement' : 'concern';
}

/**
 * Where the target lies against the process limits. A target beyond the limit the process would have to pass
 * cannot be met without a change to the service; one beyond the other limit is met every time. A target exactly
 * on a limit counts as between them (hit and miss). No assurance without a target or for neutral indicators.
 */
export function assurance(target: number | null, limits: Pick<ProcessLimits, 'upperLimit' | 'lowerLimit'>, polarity: Polarity): SpcAssurance | null {
  if (target === null || polarity === 'neutral') return null;
  const above = target > limits.upperLimit;
  const below = target < limits.lowerLimit;
  if (!above && !below) return 'inconsistent';
  const higherBetter = polarity === 'higher_is_better';
  return above === higherBetter ? 'consistent_fail' : 'consistent_pass';
}

/** What pages say of a process's assurance: the assurance, or that the process has changed since its limits were set. */
export type AssuranceShown = SpcAssurance | 'process_changed';

/**
 * A process that has changed lately (process-change.ts) has limits that describe an earlier process, so no page
 * states its pass or fail: a figure can be red while limits set by the old process say "consistently passes".
 * Null when there is no assurance to state (no target, or neither direction is better).
 */
export function assuranceShown(assurance: SpcAssurance | null, processChanged: boolean): AssuranceShown | null {
  if (assurance === null) return null;
  return processChanged ? 'process_changed' : assurance;
}
