import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  periodOfMonth,
  financialYearLabel,
  isPeriodId,
  nextPeriod,
  parsePeriod,
  periodEndDate,
  periodFromOrdinal,
  periodId,
  periodLabel,
  periodMonths,
  periodMonthsLabel,
  periodOrdinal,
  periodShortLabel,
  periodStartDate,
  previousPeriod,
  samePeriodLastYear,
  sortPeriods,
} from '../../../src/domain/period.ts';

describe('parsePeriod', () => {
  it('reads YYYY-YY-Qn', () => {
    expect(parsePeriod('2016-17-Q1')).toEqual({ year: 2016, quarter: 1 });
    expect(parsePeriod('2023-24-Q4')).toEqual({ year: 2023, quarter: 4 });
  });

  it('accepts the century turn', () => {
    expect(parsePeriod('1999-00-Q2')).toEqual({ year: 1999, quarter: 2 });
    expect(parsePeriod('2099-00-Q1')).toEqual({ year: 2099, quarter: 1 });
  });

  it.each([
    '2016-18-Q1', // years do not follow on
    '2016-16-Q1',
    '2016-17-Q5',
    '2016-17-Q0',
    '16-17-Q1',
    '2016-2017-Q1',
    '2016-17-q1',
    '2016/17 Q1',
    ' 2016-17-Q1',
    '2016-17-Q1 ',
    '2016-17',
    '',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(isPeriodId(text)).toBe(false);
  });
});

describe('periodId', () => {
  it('writes periods back, padding the second year', () => {
    expect(periodId({ year: 2016, quarter: 3 })).toBe('2016-17-Q3');
    expect(periodId({ year: 2008, quarter: 1 })).toBe('2008-09-Q1');
    expect(periodId({ year: 1999, quarter: 4 })).toBe('1999-00-Q4');
  });
});

describe('ordinals and ordering', () => {
  it('increase by one a quarter, across years', () => {
    expect(periodOrdinal('2017-18-Q1') - periodOrdinal('2016-17-Q4')).toBe(1);
    expect(periodOrdinal('2017-18-Q1') - periodOrdinal('2016-17-Q1')).toBe(4);
    expect(periodFromOrdinal(periodOrdinal('2016-17-Q3'))).toBe('2016-17-Q3');
  });

  it('throws on text that is not a period', () => {
    expect(() => periodOrdinal('2016-18-Q1')).toThrow(/not a period/);
  });

  it('compares and sorts, removing duplicates', () => {
    expect(comparePeriods('2016-17-Q4', '2017-18-Q1')).toBeLessThan(0);
    expect(comparePeriods('2017-18-Q1', '2016-17-Q4')).toBeGreaterThan(0);
    expect(comparePeriods('2016-17-Q2', '2016-17-Q2')).toBe(0);
    expect(sortPeriods(['2017-18-Q1', '2016-17-Q4', '2016-17-Q2', '2017-18-Q1'])).toEqual(['2016-17-Q2', '2016-17-Q4', '2017-18-Q1']);
  });
});

describe('previousPeriod and nextPeriod', () => {
  it('step within a year', () => {
    expect(previousPeriod('2016-17-Q3')).toBe('2016-17-Q2');
    expect(nextPeriod('2016-17-Q3')).toBe('2016-17-Q4');
  });

  it('cross year boundaries', () => {
    expect(previousPeriod('2017-18-Q1')).toBe('2016-17-Q4');
    expect(nextPeriod('2016-17-Q4')).toBe('2017-18-Q1');
    expect(nextPeriod('1999-00-Q4')).toBe('2000-01-Q1');
    expect(previousPeriod('2000-01-Q1')).toBe('1999-00-Q4');
  });

  it('finds the same quarter last year', () => {
    expect(samePeriodLastYear('2024-25-Q2')).toBe('2023-24-Q2');
    expect(samePeriodLastYear('2000-01-Q4')).toBe('1999-00-Q4');
  });
});

describe('labels', () => {
  it('writes the financial year and quarter', () => {
    expect(financialYearLabel('2016-17-Q3')).toBe('2016/17');
    expect(financialYearLabel('1999-00-Q1')).toBe('1999/00');
    expect(periodShortLabel('2016-17-Q3')).toBe('Q3 2016/17');
  });

  it('names the months of each quarter', () => {
    expect(periodMonthsLabel('2016-17-Q1')).toBe('April to June 2016');
    expect(periodMonthsLabel('2016-17-Q2')).toBe('July to September 2016');
    expect(periodMonthsLabel('2016-17-Q3')).toBe('October to December 2016');
    // Q4 falls in the following calendar year.
    expect(periodMonthsLabel('2016-17-Q4')).toBe('January to March 2017');
  });

  it('combines both', () => {
    expect(periodLabel('2016-17-Q3')).toBe('Q3 2016/17 (October to December 2016)');
    expect(periodLabel('2023-24-Q4')).toBe('Q4 2023/24 (January to March 2024)');
  });
});

describe('periodMonths', () => {
  it('gives zero-based first and last months', () => {
    expect(periodMonths('2016-17-Q1')).toEqual({ start: { year: 2016, month: 3 }, end: { year: 2016, month: 5 } });
    expect(periodMonths('2016-17-Q4')).toEqual({ start: { year: 2017, month: 0 }, end: { year: 2017, month: 2 } });
  });
});

describe('start and end dates', () => {
  it.each([
    ['2016-17-Q1', '2016-04-01', '2016-06-30'],
    ['2016-17-Q2', '2016-07-01', '2016-09-30'],
    ['2016-17-Q3', '2016-10-01', '2016-12-31'],
    ['2016-17-Q4', '2017-01-01', '2017-03-31'],
    // Quarters end in March, June, September or December, so leap years change no end date.
    ['2023-24-Q4', '2024-01-01', '2024-03-31'],
    ['2099-00-Q4', '2100-01-01', '2100-03-31'],
    ['1999-00-Q4', '2000-01-01', '2000-03-31'],
  ])('%s runs from %s to %s', (id, start, end) => {
    expect(periodStartDate(id)).toBe(start);
    expect(periodEndDate(id)).toBe(end);
  });
});

describe('periodOfMonth', () => {
  it('puts each month in its financial-year quarter', () => {
    expect(periodOfMonth('2025-04')).toBe('2025-26-Q1');
    expect(periodOfMonth('2025-06')).toBe('2025-26-Q1');
    expect(periodOfMonth('2025-07')).toBe('2025-26-Q2');
    expect(periodOfMonth('2025-12')).toBe('2025-26-Q3');
    expect(periodOfMonth('2026-01')).toBe('2025-26-Q4');
    expect(periodOfMonth('2026-03')).toBe('2025-26-Q4');
    expect(periodOfMonth('2026-13')).toBeNull();
    expect(periodOfMonth('April 2026')).toBeNull();
  });
});
