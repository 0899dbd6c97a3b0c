// The plain-English reading of an indicator's SPC chart, for the indicator page and the chart's text
// alternative: what the latest figure is (normal variation or a signal), and what that means for the target.
import { formatValue, operatorWords } from '../format.ts';
import { periodShortLabel } from '../period.ts';
import type { Indicator, ResolvedTarget } from '../types.ts';
import { tooFewWording, type SpcAnalysis, type SpcSegment } from './analysis.ts';
import { assuranceShown } from './assurance.ts';
import { ASSURANCE_LABEL, ASSURANCE_MEANING, RULE_MEANING, VARIATION_MEANING } from './wording.ts';

/** "Limits start again from Q3 2024/25: <reason>" for each rebase that starts a segment (no full stop). */
export function rebaseSentences(analysis: SpcAnalysis): string[] {
  if (analysis.kind !== 'spc') return [];
  return analysis.segments.flatMap((segment: SpcSegment) =>
    segment.rebase === null ? [] : [`Limits start again from ${periodShortLabel(segment.from)}: ${segment.rebase.reason.replace(/[.\s]+$/, '')}`],
  );
}

/**
 * Where the process has changed lately (process-change.ts): "A real change began in Q1 2025/26, so these limits
 * describe an earlier process and cannot say whether the target of at least 90.0% will be met; they need
 * recalculating once the change has settled." No full stop at the end.
 */
export function processChangedSentence(since: string, target: string | null): string {
  const cannot = target === null ? '' : ` and cannot say whether the target of ${target} will be met`;
  return `A real change began in ${since}, so these limits describe an earlier process${cannot}; they need recalculating once the change has settled`;
}

/**
 * One or two sentences (three with a rebase), e.g. "Q2 2026/27, at 22.0%, is within normal variation (common
 * cause); the process limits are 16.7% to 27.3% around an average of 22.0%. Hit and miss against the target of
 * at most 20.0%: the target lies within the process limits, so …". `target` is the one in force for the latest
 * quarter, as the assurance was worked out against it.
 */
export function describeSpc(indicator: Indicator, analysis: SpcAnalysis, target: ResolvedTarget | null): string {
  if (analysis.kind === 'too_few') {
    return `${tooFewWording(analysis)}, so its normal range of variation cannot be worked out yet.`;
  }
  const fmt = (value: number) => formatValue(value, indicator.unit, indicator.decimals);
  const latest = analysis.points[analysis.points.length - 1]!;
  const segment = analysis.segments[latest.segment]!;
  const quarter = `${periodShortLabel(latest.period)}, at ${fmt(latest.value)},`;
  const reading = latest.rule === null
    ? `${quarter} is within normal variation (common cause)`
    : `${quarter} shows ${VARIATION_MEANING[latest.variation]} (${RULE_MEANING[latest.rule]})`;
  const sentences = [
    `${reading}; the process limits are ${fmt(segment.lowerLimit)} to ${fmt(segment.upperLimit)} around an average of ${fmt(segment.mean)}.`,
  ];
  const targetWords = target === null ? null : `${operatorWords(target.operator)} ${fmt(target.value)}`;
  const shown = assuranceShown(analysis.assurance, analysis.processChange.changed);
  if (analysis.processChange.changed) {
    // Limits set over the old and the new process together: no pass or fail is read from them.
    sentences.push(`${processChangedSentence(periodShortLabel(analysis.processChange.since), shown === null ? null : targetWords)}.`);
  } else if (shown !== null && shown !== 'process_changed' && targetWords !== null) {
    sentences.push(`${ASSURANCE_LABEL[shown]} against the target of ${targetWords}: ${ASSURANCE_MEANING[shown]}.`);
  }
  for (const sentence of rebaseSentences(analysis)) sentences.push(`${sentence}.`);
  return sentences.join(' ');
}
