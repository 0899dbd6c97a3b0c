// The four columns that say which quarter a row is for, the same in every published CSV file.
import { periodEndDate, periodLabel, periodStartDate } from '../../domain/period.ts';
import type { PeriodId } from '../../domain/types.ts';
import { PERIOD_PATTERN, type ColumnDefinition } from './columns.ts';

export const PERIOD_COLUMNS = [
  { name: 'period', title: 'Period', datatype: 'string', unit: null, blank: false, pattern: PERIOD_PATTERN,
    description: 'The quarter, written YYYY-YY-Qn: 2024-25-Q1 is the first quarter (April to June 2024) of the financial year April 2024 to March 2025.' },
  { name: 'period_label', title: 'Period label', datatype: 'string', unit: null, blank: false,
    description: 'The quarter in words, as the site shows it, e.g. Q1 2024/25 (April to June 2024).' },
  { name: 'period_start', title: 'Period start', datatype: 'date', unit: null, blank: false,
    description: 'The first day of the quarter.' },
  { name: 'period_end', title: 'Period end', datatype: 'date', unit: null, blank: false,
    description: 'The last day of the quarter.' },
] as const satisfies readonly ColumnDefinition[];

export type PeriodColumn = (typeof PERIOD_COLUMNS)[number]['name'];

export function periodCells(period: PeriodId): Record<PeriodColumn, string> {
  return { period, period_label: periodLabel(period), period_start: periodStartDate(period), period_end: periodEndDate(period) };
}
