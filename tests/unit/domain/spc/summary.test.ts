import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../src/domain/spc/analysis.ts';
import { describeSpc, rebaseSentences } from '../../../../src/domain/spc/summary.ts';
import { variationWords } from '../../../../src/domain/spc/wording.ts';
import { nextPeriod } from '../../../../src/domain/period.ts';
import type { Indicator, Polarity, ResolvedTarget } from '../../../../src/domain/types.ts';

function quarters(values: (number | null)[], start = '2022-23-Q3') {
  let period = start;
  return values.map((value, i) => {
    if (i > 0) period = nextPeriod(period);
    return { period, value };
  });
}

const indicator = (polarity: Polarity): Indicator => ({
  id: 're-referrals', title: 'Re-referrals within 12 months', theme: 'Front door', unit: 'percent', polarity,
  amber: null, decimals: null, definition: '', source: '', partOf: null,
});
const atMost = (value: number): ResolvedTarget => ({ value, operator: '<=', amber: null, from: '2022-23-Q3' });

// Hand-worked: mean 11; every moving range is 2, so the limits are 11 ± 2.66 × 2 = 5.68 to 16.32; no rule marks
// an alternating series. The 12th quarter is 2025-26-Q2.
const steady = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
// The last value jumps to 34: its moving range (24) is screened out (≥ 3.267 × 64/11), so the moving range is 4;
// the mean is 164/12 = 13.67 and the limits 3.03 to 24.31, so 34 alone is outside them.
const jump = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 34];

describe('describeSpc', () => {
  it('says why there is no SPC with too few values', () => {
    const analysis = analyseSpc(quarters([20, 21, 22, 23, 24, null, 25, 26, 27, 28]), 'lower_is_better', 20);
    expect(describeSpc(indicator('lower_is_better'), analysis, atMost(20))).toBe(
      'SPC needs 12 quarters; this indicator has 9, so its normal range of variation cannot be worked out yet.',
    );
  });

  it('reads a common-cause latest quarter, its limits and a hit-and-miss target', () => {
    const analysis = analyseSpc(quarters(steady), 'lower_is_better', 12);
    expect(describeSpc(indicator('lower_is_better'), analysis, atMost(12))).toBe(
      'Q2 2025/26, at 12.0%, is within normal variation (common cause); the process limits are 5.7% to 16.3% around an average of 11.0%. ' +
        'Hit and miss against the target of at most 12.0%: the target lies within the process limits, so it will be met in some quarters and missed in others by normal variation alone.',
    );
  });

  it('names the signal and the rule that marked the latest quarter, and gives no assurance from limits the process has left', () => {
    // Lower is better and the target (2%) lies below the lower limit (3.03%): the method says it consistently fails,
    // but 34% is a change in the process, so the limits describe the earlier one and no pass or fail is given.
    const analysis = analyseSpc(quarters(jump), 'lower_is_better', 2);
    expect(analysis.kind === 'spc' && analysis.assurance).toBe('consistent_fail');
    const text = describeSpc(indicator('lower_is_better'), analysis, atMost(2));
    expect(text).toContain('Q2 2025/26, at 34.0%, shows special cause concern');
    expect(text).toContain('(a point outside the process limits)');
    expect(text).toContain('the process limits are 3.0% to 24.3% around an average of 13.7%');
    expect(text).toContain(
      'A real change began in Q2 2025/26, so these limits describe an earlier process ' +
        'and cannot say whether the target of at most 2.0% will be met; they need recalculating once the change has settled.',
    );
    expect(text).not.toMatch(/Consistently|Hit and miss/);
  });

  it('gives the assurance of a process that has not changed: a target it cannot meet', () => {
    // Steady: limits 5.68 to 16.32; lower is better and the target (2%) lies below the lower limit.
    const text = describeSpc(indicator('lower_is_better'), analyseSpc(quarters(steady), 'lower_is_better', 2), atMost(2));
    expect(text).toContain('Consistently fails against the target of at most 2.0%: the target lies outside the process limits on the wrong side');
    expect(text).not.toContain('need recalculating');
  });

  it('says a context measure’s process has changed, with no word of a target', () => {
    const text = describeSpc(indicator('neutral'), analyseSpc(quarters(jump), 'neutral', 2), atMost(2));
    expect(text).toContain('A real change began in Q2 2025/26, so these limits describe an earlier process; they need recalculating');
    expect(text).not.toContain('target');
  });

  it('says nothing of a target for a neutral indicator', () => {
    const analysis = analyseSpc(quarters(steady), 'neutral', 12);
    const text = describeSpc(indicator('neutral'), analysis, atMost(12));
    expect(text).not.toContain('target');
  });

  it('gives each rebase with its quarter and reason, with one full stop', () => {
    const analysis = analyseSpc(quarters([...steady, 20, 22]), 'lower_is_better', null, [
      { period: '2024-25-Q1', reason: 'New front door team from April 2024.' },
    ]);
    expect(rebaseSentences(analysis)).toEqual(['Limits start again from Q1 2024/25: New front door team from April 2024']);
    expect(describeSpc(indicator('lower_is_better'), analysis, null)).toMatch(/Limits start again from Q1 2024\/25: New front door team from April 2024\.$/);
  });
});

describe('variationWords', () => {
  it('says which way an improvement or concern went, since the word alone does not', () => {
    expect(variationWords('concern', 'lower_is_better')).toBe('Concern (higher)');
    expect(variationWords('improvement', 'lower_is_better')).toBe('Improvement (lower)');
    expect(variationWords('improvement', 'higher_is_better')).toBe('Improvement (higher)');
    expect(variationWords('neutral_low', 'neutral')).toBe('Unusually low');
    expect(variationWords('common_cause', 'higher_is_better')).toBe('Common cause');
  });
});
