// Plain words for SPC readings, after the meanings of NHS England's Making Data Count icons, shared by every
// page, the pack, headlines and search so a signal reads the same everywhere.
import type { Polarity } from '../types.ts';
import type { SpcAssurance, SpcVariation } from './assurance.ts';
import { RECENT_VALUES } from './process-change.ts';
import type { SpcRule } from './rules.ts';

/** Short label, e.g. for a scorecard cell: "Improvement (higher)". */
export const VARIATION_LABEL: Record<SpcVariation, string> = {
  common_cause: 'Common cause',
  improvement: 'Improvement',
  concern: 'Concern',
  neutral_high: 'Unusually high',
  neutral_low: 'Unusually low',
};

/** What the variation means, in a sentence a councillor can read aloud. */
export const VARIATION_MEANING: Record<SpcVariation, string> = {
  common_cause: 'no significant change: the figure is within its usual range of variation',
  improvement: 'special cause improvement: a real change for the better, beyond normal variation',
  concern: 'special cause concern: a real change for the worse, beyond normal variation',
  neutral_high: 'special cause variation upwards, neither better nor worse for this indicator',
  neutral_low: 'special cause variation downwards, neither better nor worse for this indicator',
};

export const ASSURANCE_LABEL: Record<SpcAssurance, string> = {
  consistent_pass: 'Consistently passes',
  consistent_fail: 'Consistently fails',
  inconsistent: 'Hit and miss',
};

export const ASSURANCE_MEANING: Record<SpcAssurance, string> = {
  consistent_pass: 'the target lies outside the process limits on the good side, so it will be met every quarter unless something changes',
  consistent_fail: 'the target lies outside the process limits on the wrong side, so it will not be met without a change to the service',
  inconsistent: 'the target lies within the process limits, so it will be met in some quarters and missed in others by normal variation alone',
};

/**
 * Said instead of an assurance where the process has changed lately (process-change.ts): limits set over the old
 * and new process together cannot say whether the target will be met.
 */
export const PROCESS_CHANGED_LABEL = 'Process changed: limits need recalculating';

export const PROCESS_CHANGED_MEANING =
  `a real change in the last ${RECENT_VALUES} quarters means the process limits describe an earlier process, so they cannot say whether the target will be met; the limits need recalculating once the change has settled`;

/** Which rule marked a point, as a reader would put it. */
export const RULE_MEANING: Record<SpcRule, string> = {
  outside_limits: 'a point outside the process limits',
  trend: 'a run of 7 quarters each higher (or lower) than the one before',
  two_of_three: '2 of 3 quarters close to a process limit',
  shift: '7 quarters in a row on the same side of the average',
};

/** The rule that marked a point, on the side it marked it, for a headline: "7 quarters or more in a row above the average". */
export function ruleOnSide(rule: SpcRule, side: 'high' | 'low'): string {
  const high = side === 'high';
  switch (rule) {
    case 'outside_limits': return high ? 'above the upper process limit' : 'below the lower process limit';
    case 'trend': return `${high ? 'rising' : 'falling'} for 7 quarters or more in a row`;
    case 'two_of_three': return `2 of the last 3 quarters close to the ${high ? 'upper' : 'lower'} process limit`;
    case 'shift': return `7 quarters or more in a row ${high ? 'above' : 'below'} the average`;
  }
}

/** A special cause's name, as a headline group's heading. */
export const SIGNAL_LABEL: Record<Exclude<SpcVariation, 'common_cause'>, string> = {
  concern: 'Special cause concern',
  improvement: 'Special cause improvement',
  neutral_high: 'Unusual, neither better nor worse',
  neutral_low: 'Unusual, neither better nor worse',
};

/** What a special cause means, after the rule that found it, in the validate report's list of signals. */
export const SIGNAL_MEANING: Record<Exclude<SpcVariation, 'common_cause'>, string> = {
  concern: 'a real change for the worse, not normal variation',
  improvement: 'a real change for the better, not normal variation',
  neutral_high: 'unusually high, but neither better nor worse for this indicator',
  neutral_low: 'unusually low, but neither better nor worse for this indicator',
};

/**
 * A special cause in a headline's few words: "worse than usual" is beyond the figure's own normal variation, which
 * the indicator's page explains with the rule that found it.
 */
export const SIGNAL_SHORT: Record<Exclude<SpcVariation, 'common_cause'>, string> = {
  concern: 'worse than usual',
  improvement: 'better than usual',
  neutral_high: 'unusually high',
  neutral_low: 'unusually low',
};

/** The high or low direction of a marked point, for improvement and concern, whose label does not say it. */
export function variationSide(variation: SpcVariation, higherIsBetter: boolean): 'high' | 'low' | null {
  if (variation === 'common_cause') return null;
  if (variation === 'neutral_high') return 'high';
  if (variation === 'neutral_low') return 'low';
  return (variation === 'improvement') === higherIsBetter ? 'high' : 'low';
}

/**
 * A variation's words, with its direction where the word alone does not say it: "Concern (higher)",
 * "Improvement (lower)", "Unusually high", "Common cause". Used by scorecard cells, the grid, the chart and its table.
 */
export function variationWords(variation: SpcVariation, polarity: Polarity): string {
  const side = variation === 'improvement' || variation === 'concern' ? variationSide(variation, polarity === 'higher_is_better') : null;
  return side ? `${VARIATION_LABEL[variation]} (${side === 'high' ? 'higher' : 'lower'})` : VARIATION_LABEL[variation];
}

/** Why a quarter has no assurance: the process has no target to test, or neither direction is better. */
export const NO_ASSURANCE_LABEL = { no_target: 'No target', neutral: 'Not assessed' } as const;

/** A scorecard cell's words for a quarter too short of figures for SPC: "Too few quarters (9 of 12)". */
export function tooFewLabel(values: number, needed: number): string {
  return `Too few quarters (${values} of ${needed})`;
}

/** A quarter without a figure of its own has no variation to show. */
export const NO_VALUE_LABEL = 'No figure';
