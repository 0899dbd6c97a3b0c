// The four columns that say which quarter a row is for, the same in every published CSV file: what each holds,
// and that the header, the metadata and the rows agree.
import { describe, expect, it } from 'vitest';
import { PERIOD_COLUMNS, periodCells } from '../../../../src/site/open-data/period-columns.ts';

describe('periodCells', () => {
  it('gives the quarter, its name in words and its first and last day', () => {
    expect(periodCells('2024-25-Q1')).toEqual({
      period: '2024-25-Q1', period_label: 'Q1 2024/25 (April to June 2024)', period_start: '2024-04-01', period_end: '2024-06-30',
    });
  });

  it('puts the last quarter of a financial year in the calendar year after it began', () => {
    expect(periodCells('2023-24-Q4')).toMatchObject({ period_start: '2024-01-01', period_end: '2024-03-31' });
    expect(periodCells('2023-24-Q3')).toMatchObject({ period_start: '2023-10-01', period_end: '2023-12-31' });
  });

  it('fills exactly the columns the metadata describes, in the same order', () => {
    expect(Object.keys(periodCells('2024-25-Q2'))).toEqual(PERIOD_COLUMNS.map((column) => column.name));
  });
});

describe('PERIOD_COLUMNS', () => {
  it('describes a quarter id that every period cell matches, and dates as dates', () => {
    const period = PERIOD_COLUMNS.find((column) => column.name === 'period')!;
    for (const id of ['2024-25-Q1', '2019-20-Q4']) expect(id).toMatch(new RegExp(period.pattern));
    expect('2024-Q1').not.toMatch(new RegExp(period.pattern));
    expect(PERIOD_COLUMNS.filter((column) => column.datatype === 'date').map((column) => column.name)).toEqual(['period_start', 'period_end']);
    expect(PERIOD_COLUMNS.every((column) => !column.blank)).toBe(true);
  });
});
