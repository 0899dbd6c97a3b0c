import { describe, expect, it } from 'vitest';
import { analyseSpc, tooFewWording, type SpcAnalysis } from '../../../../src/domain/spc/analysis.ts';
import { nextPeriod } from '../../../../src/domain/period.ts';

function quarters(values: (number | null)[], start = '2019-20-Q1') {
  let period = start;
  return values.map((value, i) => {
    if (i > 0) period = nextPeriod(period);
    return { period, value };
  });
}

function spc(analysis: SpcAnalysis) {
  if (analysis.kind !== 'spc') throw new Error(`expected SPC, got ${analysis.kind}`);
  return analysis;
}

// Mean 11, moving ranges all 2 (limits 11 ± 5.32), then a shift of 7 above (12, 13, …) and 7 below (10, 9, …).
// Hand-worked: the series is symmetric about 11, so the mean is exactly 11; mean moving range 26/19.
const shiftSeries = [12, 10, 12, 10, 12, 10, 12, 13, 12, 13, 12, 13, 12, 10, 9, 10, 9, 10, 9, 10];

describe('analyseSpc', () => {
  it('needs 12 values and says how many there are', () => {
    const analysis = analyseSpc(quarters([1, 2, 3, 4, 5, 6, 7, 8, 9]), 'higher_is_better', null);
    expect(analysis).toEqual({ kind: 'too_few', values: 9, needed: 12 });
    if (analysis.kind === 'too_few') expect(tooFewWording(analysis)).toBe('SPC needs 12 quarters; this indicator has 9');
  });

  it('skips blank quarters: 14 quarters with 3 blank are too few', () => {
    const values = [1, null, 2, 3, null, 4, 5, 6, null, 7, 8, 9, 10, 11];
    expect(analyseSpc(quarters(values), 'higher_is_better', null)).toEqual({ kind: 'too_few', values: 11, needed: 12 });
  });

  it('marks each point with its variation for the polarity', () => {
    const higher = spc(analyseSpc(quarters(shiftSeries), 'higher_is_better', null));
    expect(higher.segments).toHaveLength(1);
    expect(higher.segments[0]!.mean).toBe(11);
    expect(higher.segments[0]!.movingRangeMean).toBeCloseTo(26 / 19, 10);
    expect(higher.points.map((p) => p.variation)).toEqual([
      ...Array(6).fill('common_cause'),
      ...Array(7).fill('improvement'),
      ...Array(7).fill('concern'),
    ]);
    expect(higher.points.map((p) => p.rule)).toEqual([...Array(6).fill(null), ...Array(14).fill('shift')]);
    const lower = spc(analyseSpc(quarters(shiftSeries), 'lower_is_better', null));
    expect(lower.points[6]!.variation).toBe('concern');
    expect(lower.points[13]!.variation).toBe('improvement');
    const neutral = spc(analyseSpc(quarters(shiftSeries), 'neutral', 12));
    expect(neutral.points[6]!.variation).toBe('neutral_high');
    expect(neutral.points[13]!.variation).toBe('neutral_low');
    expect(neutral.assurance).toBeNull();
  });

  it('lets runs continue across a blank quarter, which has no point', () => {
    // The same values with a blank quarter inside the run above the mean: still 7 values above in a row.
    const withBlank = [...shiftSeries.slice(0, 9), null, ...shiftSeries.slice(9)];
    const analysis = spc(analyseSpc(quarters(withBlank), 'higher_is_better', null));
    expect(analysis.points).toHaveLength(20);
    expect(analysis.points.map((p) => p.period)).not.toContain(quarters(withBlank)[9]!.period);
    expect(analysis.points.filter((p) => p.rule === 'shift')).toHaveLength(14);
  });

  it('takes assurance from the target against the limits', () => {
    // Limits 11 ± 2.66 × 26/19 ≈ 7.36 to 14.64.
    expect(spc(analyseSpc(quarters(shiftSeries), 'higher_is_better', 15)).assurance).toBe('consistent_fail');
    expect(spc(analyseSpc(quarters(shiftSeries), 'higher_is_better', 7)).assurance).toBe('consistent_pass');
    expect(spc(analyseSpc(quarters(shiftSeries), 'higher_is_better', 11)).assurance).toBe('inconsistent');
    expect(spc(analyseSpc(quarters(shiftSeries), 'lower_is_better', 15)).assurance).toBe('consistent_pass');
    expect(spc(analyseSpc(quarters(shiftSeries), 'higher_is_better', null)).assurance).toBeNull();
  });

  describe('rebasing', () => {
    // 12 quarters around 11, then a change to the service and 12 quarters around 31.
    const before = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
    const after = [32, 30, 32, 30, 32, 30, 32, 30, 32, 30, 32, 30];
    const series = quarters([...before, ...after]);
    const changedFrom = series[12]!.period;

    it('without a rebase the step puts every point outside the limits', () => {
      // Mean 21; the one moving range of 22 is screened out, leaving a mean moving range of 2: limits 21 ± 5.32.
      const analysis = spc(analyseSpc(series, 'higher_is_better', 25));
      expect(analysis.segments[0]!.mean).toBe(21);
      expect(analysis.segments[0]!.movingRangeMean).toBe(2);
      expect(analysis.points.map((p) => p.rule)).toEqual(Array(24).fill('outside_limits'));
      expect(analysis.points.map((p) => p.variation)).toEqual([...Array(12).fill('concern'), ...Array(12).fill('improvement')]);
    });

    it('recalculates limits from the rebase quarter on, and rules do not run across it', () => {
      const analysis = spc(analyseSpc(series, 'higher_is_better', 25, [{ period: changedFrom, reason: 'New duty team' }]));
      expect(analysis.segments.map((s) => [s.from, s.mean, s.movingRangeMean, s.rebase?.reason ?? null])).toEqual([
        [series[0]!.period, 11, 2, null],
        [changedFrom, 31, 2, 'New duty team'],
      ]);
      expect(analysis.points.map((p) => p.segment)).toEqual([...Array(12).fill(0), ...Array(12).fill(1)]);
      expect(analysis.points.every((p) => p.rule === null)).toBe(true);
      // The latest segment's limits (31 ± 5.32) are above the target of 25: it is met every time.
      expect(analysis.assurance).toBe('consistent_pass');
    });

    it('starts the segment at the next value when the rebase quarter is blank, whatever order rebases come in', () => {
      const blankAt12 = quarters([...before, null, ...after]);
      const analysis = spc(
        analyseSpc(blankAt12, 'higher_is_better', null, [
          { period: nextPeriod(blankAt12[24]!.period), reason: 'After the last quarter: no effect' },
          { period: blankAt12[12]!.period, reason: 'Restructure' },
        ]),
      );
      expect(analysis.segments.map((s) => [s.from, s.mean])).toEqual([
        [blankAt12[0]!.period, 11],
        [blankAt12[13]!.period, 31],
      ]);
    });
  });
});
