// comparators.csv (optional): published figures for comparison areas named in site.json (England, region, ...).
import type { ComparatorValue } from '../domain/types.ts';
import { checkUnitRange, readNumber, readPeriod, readReference } from './cells.ts';
import type { ReferenceContext } from './context.ts';
import type { CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const COMPARATORS_FILE = 'comparators.csv';

export const COMPARATORS_SPEC: CsvSpec = {
  required: ['indicator_id', 'comparator', 'period', 'value'],
  optional: [],
};

export function readComparators(table: CsvTable, context: ReferenceContext, issues: ValidationIssue[]): ComparatorValue[] {
  const file = table.file;
  const values: ComparatorValue[] = [];
  const duplicates = new DuplicateRows(file, issues);
  // One message, not one per row, when the council has figures for areas it has not named.
  const first = table.rows[0];
  if (first && context.comparatorIds?.size === 0) {
    const cell = first.cell('comparator');
    issues.push(issue(file, cell.line, cell.column,
      `comparators.csv has figures for "${cell.text}", but site.json lists no comparators. ` +
      'Name each comparison area in site.json, e.g. "comparators": [{ "id": "england", "label": "England" }], or delete comparators.csv to publish without comparisons.'));
    return values;
  }

  for (const row of table.rows) {
    const before = issues.length;
    const indicator = readReference(row.cell('indicator_id'), file, issues, 'an indicator', 'indicators.csv', context.indicatorIds);
    const comparator = readReference(row.cell('comparator'), file, issues, 'a comparator', 'the "comparators" list in site.json', context.comparatorIds);
    const periodCell = row.cell('period');
    const period = readPeriod(periodCell, file, issues);

    const valueCell = row.cell('value');
    const value = readNumber(valueCell, file, issues, { blank: 'if the figure is not published (the row is then ignored)', notAvailable: true });
    const unit = indicator.ok ? context.units.get(indicator.value) : undefined;
    if (value.ok && value.value !== null) checkUnitRange(value.value.value, unit, valueCell, file, issues);

    if (indicator.ok && comparator.ok && period.ok) {
      duplicates.check([indicator.value, comparator.value, period.value], row.line, periodCell, (earlier) =>
        `there is already a "${comparator.value}" figure for "${indicator.value}" in ${period.value} on line ${earlier}. ` +
        'Keep one row per indicator, comparator and period: delete one of them, or correct it.');
    }

    if (issues.length === before && indicator.ok && comparator.ok && period.ok && value.ok && value.value !== null) {
      values.push({ indicatorId: indicator.value, comparatorId: comparator.value, period: period.value, value: value.value.value });
    }
  }
  return values;
}
