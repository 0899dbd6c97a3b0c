// Very long cells (a stuck key, a bad export, a hostile file) are refused at once with a located message,
// not after seconds of a regular expression trying every way to split them. Found by the property test in
// tests/unit/property/data-mutations.test.ts. A backtracking pattern never finishes on 50,000 characters, so
// each test's time limit (HANG) is the check; no figure is asserted, as shared machines make timings noisy.
import { describe, expect, it } from 'vitest';
import { parseNumberText, suggestPeriod } from '../../../src/load/cells.ts';
import { csv, issuesWith } from '../../support/load-fixtures.ts';

const LONG = 50_000;

const HANG = 10_000;

describe('long runs of digits', () => {
  it('are not numbers, and are refused quickly', () => {
    for (const text of [`${'1'.repeat(LONG)}x`, `${'1'.repeat(LONG)}%`, `1.${'5'.repeat(LONG)}e`]) {
      expect(parseNumberText(text)).toBeNull();
    }
  }, HANG);

  it('still read as numbers when they are numbers', () => {
    expect(parseNumberText('5.')).toEqual({ value: 5, decimals: 0 });
    expect(parseNumberText('12.50')).toEqual({ value: 12.5, decimals: 2 });
    expect(parseNumberText('.5')).toEqual({ value: 0.5, decimals: 1 });
    expect(parseNumberText('1E-05')).toEqual({ value: 0.00001, decimals: 5 });
    expect(parseNumberText('1.')).toEqual({ value: 1, decimals: 0 });
  });

  it('in a quarter file are reported at their cell', async () => {
    const value = `${'1'.repeat(LONG)}%`;
    const issues = await issuesWith({
      'quarters/2024-25-Q1.csv': csv('indicator_id,value,numerator,denominator,commentary', `cla-rate,${value},,,`),
    });
    expect(issues).toEqual([expect.objectContaining({ file: 'quarters/2024-25-Q1.csv', line: 2, column: 'B (value)' })]);
    expect(issues[0]!.message).toMatch(/is not a number/);
  }, HANG);
});

describe('long text where a period should be', () => {
  it('gets no suggestion, quickly', () => {
    for (const text of [`2025-26${' '.repeat(LONG)}Q`, `q1${' '.repeat(LONG)}2025-26x`, `2025${' '.repeat(LONG)}-26`]) {
      expect(suggestPeriod(text)).toBeNull();
    }
  }, HANG);

  it('still gets a suggestion when written loosely', () => {
    expect(suggestPeriod('2024/25 Q1')).toBe('2024-25-Q1');
    expect(suggestPeriod('Q3 2024 - 2025')).toBe('2024-25-Q3');
  });

  it('in targets.csv is reported at its cell', async () => {
    const period = `2024-25${' '.repeat(LONG)}Q`;
    const issues = await issuesWith({ 'targets.csv': csv('indicator_id,period,target,operator,amber', `assess-45,${period},85,,`) });
    expect(issues).toEqual([expect.objectContaining({ file: 'targets.csv', line: 2, column: 'B (period)' })]);
    expect(issues[0]!.message).toMatch(/is not a period/);
  }, HANG);
});
