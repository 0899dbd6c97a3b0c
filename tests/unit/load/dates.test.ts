import { describe, expect, it } from 'vitest';
import { dateProblem, monthProblem, monthsOfPeriod, suggestDate, suggestMonth } from '../../../src/load/dates.ts';

describe('months', () => {
  it('accepts YYYY-MM with months 01 to 12 only', () => {
    expect(monthProblem('2025-01')).toBe('');
    expect(monthProblem('2025-12')).toBe('');
    expect(monthProblem('2025-13')).toMatch(/must be 01 to 12/);
    expect(monthProblem('2025-1')).toMatch(/Did you mean 2025-01\?/);
  });

  it('suggests a month for the forms Excel and people write', () => {
    expect(suggestMonth('Oct-25')).toBe('2025-10');
    expect(suggestMonth('October 2025')).toBe('2025-10');
    expect(suggestMonth('Sept 2025')).toBe('2025-09');
    expect(suggestMonth('10/2025')).toBe('2025-10');
    expect(suggestMonth('2025/10')).toBe('2025-10');
    expect(suggestMonth('01/10/2025')).toBe('2025-10');
    expect(suggestMonth('2025-10-01')).toBe('2025-10');
    expect(suggestMonth('Q3')).toBeNull();
    expect(suggestMonth('13/2025')).toBeNull();
  });

  it('lists the months of a quarter', () => {
    expect(monthsOfPeriod('2025-26-Q3')).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(monthsOfPeriod('2025-26-Q4')).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(dateProblem('2024-02-29')).toBe('');
    expect(dateProblem('2025-02-29')).toMatch(/February 2025 has 28 days/);
    expect(dateProblem('2025-04-31')).toMatch(/April 2025 has 30 days/);
    expect(dateProblem('2025-00-10')).toMatch(/there is no month 00/);
  });

  it('reads UK dates as day first', () => {
    expect(suggestDate('31/03/2025')).toBe('2025-03-31');
    expect(suggestDate('1/4/25')).toBe('2025-04-01');
    expect(suggestDate('31-Mar-2025')).toBe('2025-03-31');
    expect(suggestDate('31 March 2025')).toBe('2025-03-31');
    expect(suggestDate('1st April 2025')).toBe('2025-04-01');
    expect(suggestDate('2025/03/31')).toBe('2025-03-31');
    expect(suggestDate('31/02/2025')).toBeNull();
    expect(suggestDate('soon')).toBeNull();
    expect(dateProblem('soon')).toBe('"soon" is not a date. Write dates as YYYY-MM-DD, e.g. 2025-03-31.');
  });
});
