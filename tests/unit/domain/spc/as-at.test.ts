import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset-index.ts';
import { nextPeriod } from '../../../../src/domain/period.ts';
import { buildScorecard } from '../../../../src/domain/scorecard.ts';
import { spcAsAt } from '../../../../src/domain/spc/as-at.ts';
import { isSpecialCause, spcReading } from '../../../../src/domain/spc/reading.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from '../../../support/domain-fixtures.ts';

// Re-referrals (lower is better): 12 quarters alternating 23 and 21, then 33, 31, a blank quarter, and 33.
const reReferrals = makeIndicator({ id: 're-referrals', title: 'Re-referrals', polarity: 'lower_is_better' });
const values: (number | null)[] = [23, 21, 23, 21, 23, 21, 23, 21, 23, 21, 23, 21, 33, 31, null, 33];
const periods = values.reduce<string[]>((list) => [...list, list.length === 0 ? '2020-21-Q1' : nextPeriod(list.at(-1)!)], []);

function indexWith(rebases: { period: string; reason: string }[] = []) {
  return indexDataset(
    makeDataset({
      indicators: [reReferrals],
      periods,
      targets: [targetRow(periods[0]!, 25, { indicatorId: 're-referrals' }), targetRow(periods[13]!, 20, { indicatorId: 're-referrals' })],
      values: values.flatMap((v, i) => (v === null ? [] : [quarterValue('re-referrals', periods[i]!, v)])),
      spcRebases: rebases.map((r) => ({ indicatorId: 're-referrals', ...r })),
    }),
  );
}

describe('spcAsAt', () => {
  it('uses only the quarters up to the one asked for, so an archived quarter keeps the reading it had', () => {
    const index = indexWith();
    expect(spcAsAt(index, reReferrals, periods[10]!)).toEqual({ kind: 'too_few', values: 11, needed: 12 });
    const at12 = spcAsAt(index, reReferrals, periods[11]!);
    expect(at12.kind === 'spc' && at12.points.length).toBe(12);
    // 12 quarters of 23/21: mean 22, moving ranges all 2, limits 22 ± 5.32 = 16.68 to 27.32. Every point is common
    // cause, and the target then (25) lies inside the limits: hit and miss.
    expect(at12.kind === 'spc' && at12.assurance).toBe('inconsistent');
    expect(at12.kind === 'spc' && at12.points.every((p) => p.variation === 'common_cause')).toBe(true);
  });

  it('skips a blank quarter and takes the target in force at the quarter', () => {
    const analysis = spcAsAt(indexWith(), reReferrals, periods[15]!);
    if (analysis.kind !== 'spc') throw new Error('expected SPC');
    expect(analysis.points.map((p) => p.period)).not.toContain(periods[14]);
    expect(analysis.points).toHaveLength(15);
    // The target of 20 from the 14th quarter, lower is better, lies inside the limits: hit and miss.
    expect(analysis.segments[0]!.lowerLimit).toBeLessThan(20);
    expect(analysis.assurance).toBe('inconsistent');
  });

  it('applies the indicator’s rebases from spc-rebase.csv', () => {
    const analysis = spcAsAt(indexWith([{ period: periods[12]!, reason: 'New front door' }]), reReferrals, periods[15]!);
    if (analysis.kind !== 'spc') throw new Error('expected SPC');
    expect(analysis.segments.map((s) => s.from)).toEqual([periods[0], periods[12]]);
    expect(analysis.segments[1]!.rebase?.reason).toBe('New front door');
  });
});

describe('scorecard rows carry the quarter’s SPC reading', () => {
  it('reads the quarter’s own point, says so when the quarter is blank, and too few before 12 values', () => {
    const index = indexWith();
    const row = (i: number) => buildScorecard(index, periods[i]!).rows[0]!.spc;
    expect(row(5)).toEqual({ kind: 'too_few', values: 6, needed: 12 });
    expect(row(11)).toEqual({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent', processChanged: false });
    // 33 after twelve quarters around 22 is far above the upper limit: a concern where lower is better.
    expect(row(12)).toMatchObject({ kind: 'spc', variation: 'concern', rule: 'outside_limits' });
    expect(isSpecialCause(row(12))).toBe(true);
    expect(isSpecialCause(row(11))).toBe(false);
    expect(row(14)).toEqual({ kind: 'no_value', assurance: 'inconsistent', processChanged: true });
  });

  it('says whether the process had changed as the quarter stood, so an archived quarter keeps what it said', () => {
    const index = indexWith();
    const changed = (i: number) => {
      const reading = buildScorecard(index, periods[i]!).rows[0]!.spc;
      return reading.kind === 'too_few' ? null : reading.processChanged;
    };
    // Quarter 12 (33) is the first outside the limits: from then on the latest 7 values hold a special cause.
    expect([11, 12, 13, 14, 15].map(changed)).toEqual([false, true, true, true, true]);
    // A rebase from quarter 12 starts new limits there: the 3 values since (33, 31, 33) are common cause.
    const rebased = indexWith([{ period: periods[12]!, reason: 'New front door' }]);
    expect(buildScorecard(rebased, periods[15]!).rows[0]!.spc).toMatchObject({ kind: 'spc', variation: 'common_cause', processChanged: false });
  });

  it('spcReading finds the point for a quarter in a whole-series analysis', () => {
    const analysis = spcAsAt(indexWith(), reReferrals, periods[15]!);
    expect(spcReading(analysis, periods[15]!)).toMatchObject({ kind: 'spc', variation: 'concern' });
    expect(spcReading(analysis, periods[14]!)).toEqual({ kind: 'no_value', assurance: 'inconsistent', processChanged: true });
  });
});
