// What SPC says about one quarter: the variation of its own point, the rule that marked it, and the process's
// assurance against the target, which still stands for a quarter without a figure of its own.
import { describe, expect, it } from 'vitest';
import { nextPeriod } from '../../../../src/domain/period.ts';
import { analyseSpc } from '../../../../src/domain/spc/analysis.ts';
import { isSpecialCause, spcReading } from '../../../../src/domain/spc/reading.ts';

function quarters(values: (number | null)[], start = '2022-23-Q3') {
  let period = start;
  return values.map((value, i) => {
    if (i > 0) period = nextPeriod(period);
    return { period, value };
  });
}

// Limits 5.68 to 16.32 around 11 (see summary.test.ts); the 12th quarter is 2025-26-Q2.
const steady = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
// The last quarter jumps to 34, outside the limits 3.03 to 24.31.
const jump = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 34];
const LAST = '2025-26-Q2';

describe('spcReading', () => {
  it('says how many quarters there are and how many SPC needs, when there are too few', () => {
    expect(spcReading(analyseSpc(quarters([20, 21, 22]), 'lower_is_better', 20), '2023-24-Q1')).toEqual({ kind: 'too_few', values: 3, needed: 12 });
  });

  it('reads an ordinary quarter as common cause, with the target hit and miss', () => {
    const reading = spcReading(analyseSpc(quarters(steady), 'lower_is_better', 12), LAST);
    expect(reading).toEqual({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent', processChanged: false });
    expect(isSpecialCause(reading)).toBe(false);
  });

  it('reads a jump outside the limits as concern where lower is better, and improvement where higher is', () => {
    const lower = spcReading(analyseSpc(quarters(jump), 'lower_is_better', 12), LAST);
    expect(lower).toMatchObject({ kind: 'spc', variation: 'concern', rule: 'outside_limits', processChanged: true });
    expect(isSpecialCause(lower)).toBe(true);
    const higher = spcReading(analyseSpc(quarters(jump), 'higher_is_better', 30), LAST);
    expect(higher).toMatchObject({ kind: 'spc', variation: 'improvement', rule: 'outside_limits' });
    expect(isSpecialCause(higher)).toBe(true);
  });

  it('reads a jump of a neutral indicator as unusually high, with no assurance', () => {
    const reading = spcReading(analyseSpc(quarters(jump), 'neutral', null), LAST);
    expect(reading).toMatchObject({ kind: 'spc', variation: 'neutral_high', assurance: null });
    expect(isSpecialCause(reading)).toBe(true);
  });

  it('gives a quarter with no figure no point of its own, but keeps the process\'s assurance', () => {
    const series = quarters([...steady.slice(0, 6), null, ...steady.slice(6)]);
    const blank = series[6]!.period;
    const reading = spcReading(analyseSpc(series, 'lower_is_better', 30), blank);
    expect(reading).toEqual({ kind: 'no_value', assurance: 'consistent_pass', processChanged: false });
    expect(isSpecialCause(reading)).toBe(false);
  });
});
