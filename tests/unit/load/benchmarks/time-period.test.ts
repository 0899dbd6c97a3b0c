import { describe, expect, it } from 'vitest';
import { benchmarkPeriod } from '../../../../src/load/benchmarks/time-period.ts';

describe('benchmarkPeriod: DfE\'s time_identifier and time_period as the quarter the year ends in', () => {
  it('reads a reporting year (the year to 31 March) as its Q4', () => {
    expect(benchmarkPeriod('Reporting year', '2025')).toEqual({ ok: true, period: '2024-25-Q4' });
    expect(benchmarkPeriod('Reporting year', '2000')).toEqual({ ok: true, period: '1999-00-Q4' });
  });

  it('reads a financial year as its Q4', () => {
    expect(benchmarkPeriod('Financial year', '202425')).toEqual({ ok: true, period: '2024-25-Q4' });
    expect(benchmarkPeriod('Financial year', '199900')).toEqual({ ok: true, period: '1999-00-Q4' });
  });

  it('refuses any other time_identifier, naming the supported ones', () => {
    const read = benchmarkPeriod('Academic year', '202425');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.column).toBe('time_identifier');
    expect(!read.ok && read.message).toMatch(/"Academic year" is not a time_identifier the site reads.*"Reporting year".*"Financial year"/);
  });

  it.each([
    ['Reporting year', '2024-25', /"2024-25" is not a reporting year.*2025/],
    ['Reporting year', '202425', /not a reporting year/],
    ['Financial year', '2024', /"2024" is not a financial year.*202425/],
    ['Financial year', '202426', /not a financial year/],
  ])('refuses %s "%s", saying how DfE writes it', (identifier, period, message) => {
    const read = benchmarkPeriod(identifier, period);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.column).toBe('time_period');
    expect(!read.ok && read.message).toMatch(message);
  });
});
