// Whether an indicator's process has changed lately (any of its latest 7 values special cause, in the latest
// segment), and the quarter the change began, as the rebase to suggest.
import { describe, expect, it } from 'vitest';
import { analyseSpc, type SpcAnalysis } from '../../../../src/domain/spc/analysis.ts';
import type { SpcVariation } from '../../../../src/domain/spc/assurance.ts';
import { processChange, RECENT_VALUES } from '../../../../src/domain/spc/process-change.ts';
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

/** Points from one letter each: c common cause, i improvement, x concern, h unusually high; `|` starts a new segment. */
function points(marks: string) {
  let segment = 0;
  let period = '2019-20-Q1';
  const list: { period: string; variation: SpcVariation; segment: number }[] = [];
  for (const mark of marks.replace(/ /g, '')) {
    if (mark === '|') { segment += 1; continue; }
    const variation = ({ c: 'common_cause', i: 'improvement', x: 'concern', h: 'neutral_high' } as const)[mark as 'c' | 'i' | 'x' | 'h'];
    list.push({ period, variation, segment });
    period = nextPeriod(period);
  }
  return list;
}
const periodAt = (i: number) => quarters(Array(i + 1).fill(0)).at(-1)!.period;

describe('processChange: the rule on marked points', () => {
  it('looks at the latest 7 values, the run a shift or trend needs', () => {
    expect(RECENT_VALUES).toBe(7);
    // A special cause 7 values back counts; 8 values back does not.
    expect(processChange(points('cccc x cccccc'))).toEqual({ changed: true, since: periodAt(4), segmentFrom: periodAt(0) });
    expect(processChange(points('cccc x ccccccc'))).toEqual({ changed: false });
    expect(processChange(points('cccccccccccc'))).toEqual({ changed: false });
  });

  it('counts any special cause, including a context measure’s unusual high', () => {
    expect(processChange(points('cccccccccc h'))).toMatchObject({ changed: true, since: periodAt(10) });
  });

  it('dates the change from the first value of its run, even where the run began before the latest 7', () => {
    // A shift of 9 values, all marked: the change began at the first of them.
    expect(processChange(points('cccccc iiiiiiiii'))).toMatchObject({ changed: true, since: periodAt(6) });
    // A single value outside the limits is its own start.
    expect(processChange(points('cccccccccccc cc x'))).toMatchObject({ since: periodAt(14) });
  });

  it('dates it from the side the latest signal is on, from the first such value among the latest 7', () => {
    // An improvement, then back to normal, then concerns: the process now is the worse one, since the first concern.
    expect(processChange(points('cccccccc i cc x c x'))).toMatchObject({ since: periodAt(11) });
    // Two concerns among the latest 7 with common cause between: from the earlier one.
    expect(processChange(points('cccccccc x cc x cc'))).toMatchObject({ since: periodAt(8) });
  });

  it('leaves out values before the latest rebase, which already answers the change before it', () => {
    expect(processChange(points('cccccccc xx | ccccc'))).toEqual({ changed: false });
    // A change inside a short new segment is dated within it, never before the rebase.
    expect(processChange(points('cccccccc xx | xcc'))).toEqual({ changed: true, since: periodAt(10), segmentFrom: periodAt(10) });
  });

  it('has nothing to say of no points', () => {
    expect(processChange([])).toEqual({ changed: false });
  });
});

describe('processChange: hand-worked series through analyseSpc', () => {
  it('finds a shift in the latest 7 values and dates it from the shift’s first value', () => {
    // Mean 11: 6 common-cause values, 7 above the mean (a shift, improvement), then 7 below (a shift, concern).
    const analysis = spc(analyseSpc(quarters([12, 10, 12, 10, 12, 10, 12, 13, 12, 13, 12, 13, 12, 10, 9, 10, 9, 10, 9, 10]), 'higher_is_better', null));
    expect(analysis.points.slice(-7).every((p) => p.rule === 'shift' && p.variation === 'concern')).toBe(true);
    expect(analysis.processChange).toEqual({ changed: true, since: periodAt(13), segmentFrom: periodAt(0) });
  });

  it('forgets a value outside the limits once 7 values have followed it', () => {
    // 9 tens and 9 fourteens alternating, with 34 after the first 11 values. The moving ranges into and out of 34
    // (24 and 20) are screened out (at least 3.267 × the mean moving range of 6), so the moving range is 4 and the
    // limits are the mean (250 / 19 = 13.16) ± 10.64: 2.52 to 23.80. Only 34 is outside; the rest alternate about
    // the mean, so no other rule marks them.
    const values = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 34, 14, 10, 14, 10, 14, 10, 14];
    const eightBack = spc(analyseSpc(quarters(values), 'higher_is_better', 12));
    expect(eightBack.points.filter((p) => p.rule !== null).map((p) => [p.period, p.rule])).toEqual([[periodAt(11), 'outside_limits']]);
    expect(eightBack.processChange).toEqual({ changed: false });
    // One value fewer and 34 is the 7th from the end: the process has changed, from that quarter.
    const sevenBack = spc(analyseSpc(quarters(values.slice(0, -1)), 'higher_is_better', 12));
    expect(sevenBack.points.filter((p) => p.rule !== null).map((p) => p.period)).toEqual([periodAt(11)]);
    expect(sevenBack.processChange).toEqual({ changed: true, since: periodAt(11), segmentFrom: periodAt(0) });
  });

  it('skips blank quarters: the latest 7 are values, not quarters', () => {
    // The same 18 values with two blank quarters after 34: 34 is still the 7th value from the end.
    const values = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 34, null, 14, 10, null, 14, 10, 14, 10];
    expect(spc(analyseSpc(quarters(values), 'higher_is_better', 12)).processChange).toMatchObject({ changed: true, since: periodAt(11) });
  });

  it('has no reading with fewer than 12 values', () => {
    expect(analyseSpc(quarters([10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 34]), 'higher_is_better', 12)).toEqual({ kind: 'too_few', values: 11, needed: 12 });
  });

  it('reads only the latest segment across a rebase', () => {
    // 12 values alternating 10 and 14, then 30: mean 13.38, moving range 5 (16 is kept, just under 3.267 × 5), so
    // the limits are 0.08 to 26.68 and 30 is outside them. Then 20, 22, 20, 22.
    const values = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 30, 20, 22, 20, 22];
    const rebase = { period: quarters(values)[13]!.period, reason: 'New front door' };
    const rebased = spc(analyseSpc(quarters(values), 'higher_is_better', 12, [rebase]));
    expect(rebased.points[12]).toMatchObject({ rule: 'outside_limits', segment: 0 });
    // 30 is among the latest 7 values, but before the rebase; the new segment (mean 21, limits 15.68 to 26.32) is steady.
    expect(rebased.points.slice(13).every((p) => p.variation === 'common_cause' && p.segment === 1)).toBe(true);
    expect(rebased.processChange).toEqual({ changed: false });
    // Without the rebase the same values show a change.
    expect(spc(analyseSpc(quarters(values), 'higher_is_better', 12)).processChange.changed).toBe(true);
  });
});
