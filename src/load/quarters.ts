// quarters/<period>.csv: one file per quarter, one row per indicator reported that quarter.
import type { PeriodId, QuarterValue } from '../domain/types.ts';
import { checkUnitRange, readNumber, readReference, type Parsed, type WrittenNumber } from './cells.ts';
import type { ReferenceContext } from './context.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { isPeriodFileCandidate, periodFromFileName, type FileNamePeriod } from './period-files.ts';

export const QUARTERS_DIR = 'quarters';

export const QUARTER_SPEC: CsvSpec = {
  required: ['indicator_id', 'value'],
  optional: ['numerator', 'denominator', 'commentary'],
};

/** Whether a file in quarters/ is looked at at all: CSV files, but not hidden files or Excel lock files. */
export function isQuarterCandidate(name: string): boolean {
  return isPeriodFileCandidate(name, 'csv');
}

/** The period a quarter file holds, from its name (`2024-25-Q1.csv`), or a message saying how to rename it. */
export function quarterFilePeriod(name: string): FileNamePeriod {
  return periodFromFileName(name, QUARTERS_DIR, 'csv');
}

/** Percent values must agree with numerator/denominator within 0.05 plus half a unit of the value's written precision. */
export function percentTolerance(decimals: number): number {
  return 0.05 + 0.5 * 10 ** -decimals;
}

function formatFixed(value: number, decimals: number): string {
  return value.toFixed(Math.min(Math.max(decimals, 1), 6));
}

function readCount(cell: CsvCell, file: string, issues: ValidationIssue[], name: string): Parsed<number | null> {
  const parsed = readNumber(cell, file, issues, { blank: 'if not used', example: '25' });
  if (!parsed.ok || parsed.value === null) return parsed.ok ? { ok: true, value: null } : parsed;
  const value = parsed.value.value;
  if (!Number.isInteger(value) || value < 0) {
    issues.push(issue(file, cell.line, cell.column,
      `"${cell.text}" cannot be a ${name}. The ${name} is a count, so write a whole number of 0 or more, e.g. 25, or leave it blank.`));
    return { ok: false };
  }
  return { ok: true, value };
}

/** Where one cell is, for a warning that points the officer at it. */
export interface CellPlace {
  file: string;
  line: number;
  column: string;
}

/** The value and commentary cells of each quarter row, by period then indicator id: kept beside the dataset
 * (not in QuarterValue, which pages use) so that plausibility warnings can name the cell to check. */
export type QuarterCells = Map<PeriodId, Map<string, { value: CellPlace; commentary: CellPlace }>>;

function place(file: string, cell: CsvCell): CellPlace {
  return { file, line: cell.line, column: cell.column };
}

export function readQuarter(
  table: CsvTable, period: PeriodId, context: ReferenceContext, issues: ValidationIssue[], cells?: QuarterCells,
): QuarterValue[] {
  const file = table.file;
  const values: QuarterValue[] = [];
  const duplicates = new DuplicateRows(file, issues);

  if (table.rows.length === 0) {
    issues.push(issue(file, null, null, 'this quarter file has no rows. Add one row per indicator under the header row, or delete the file.'));
  }

  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('indicator_id');
    const indicator = readReference(idCell, file, issues, 'an indicator', 'indicators.csv', context.indicatorIds);
    if (indicator.ok) {
      duplicates.check(indicator.value, row.line, idCell, (earlier) =>
        `"${indicator.value}" already has a row on line ${earlier} of this file. Keep one row per indicator in each quarter: delete or merge the other row.`);
    }
    const unit = indicator.ok ? context.units.get(indicator.value) : undefined;

    const valueCell = row.cell('value');
    const value = readNumber(valueCell, file, issues, { blank: 'if not available', notAvailable: true });
    const valueInRange = value.ok && value.value !== null && checkUnitRange(value.value.value, unit, valueCell, file, issues);

    const numeratorCell = row.cell('numerator');
    const denominatorCell = row.cell('denominator');
    const numerator = readCount(numeratorCell, file, issues, 'numerator');
    const denominator = readCount(denominatorCell, file, issues, 'denominator');

    if (numerator.ok && denominator.ok) {
      const num = numerator.value;
      const den = denominator.value;
      if (num !== null && den === null) {
        // "3,890" typed without quotes splits into a value of 3 and a numerator of 890.
        const split = /^\d{1,3}$/.test(valueCell.text) && /^\d{3}$/.test(numeratorCell.text)
          ? ` If the value was meant to be ${valueCell.text},${numeratorCell.text}, the comma split it across two columns: write ${valueCell.text}${numeratorCell.text}, without the comma.`
          : '';
        issues.push(issue(file, denominatorCell.line, denominatorCell.column,
          `the denominator is blank but the numerator is ${num}. Fill in both, or leave both blank.${split}`));
      } else if (num === null && den !== null) {
        issues.push(issue(file, numeratorCell.line, numeratorCell.column,
          `the numerator is blank but the denominator is ${den}. Fill in both, or leave both blank.`));
      } else if (num !== null && den !== null && unit === 'percent' && value.ok) {
        // Only a value that could be read is compared: one wrong cell gets one message.
        checkPercentAgainstCounts(num, den, value.value, valueInRange, { valueCell, numeratorCell, denominatorCell }, file, issues);
      }
    }

    if (issues.length === before && indicator.ok && value.ok && numerator.ok && denominator.ok) {
      values.push({
        indicatorId: indicator.value,
        period,
        value: value.value?.value ?? null,
        numerator: numerator.value,
        denominator: denominator.value,
        commentary: row.cell('commentary').text,
      });
      if (cells) {
        let periodCells = cells.get(period);
        if (periodCells === undefined) cells.set(period, periodCells = new Map());
        periodCells.set(indicator.value, { value: place(file, valueCell), commentary: place(file, row.cell('commentary')) });
      }
    }
  }
  return values;
}

function checkPercentAgainstCounts(
  num: number, den: number, value: WrittenNumber | null, valueInRange: boolean,
  cells: { valueCell: CsvCell; numeratorCell: CsvCell; denominatorCell: CsvCell },
  file: string, issues: ValidationIssue[],
): void {
  const { valueCell, numeratorCell, denominatorCell } = cells;
  if (num > den) {
    issues.push(issue(file, numeratorCell.line, numeratorCell.column,
      `the numerator (${num}) is larger than the denominator (${den}). For a percentage the numerator is part of the denominator, so check the two have not been swapped.`));
    return;
  }
  if (den === 0) {
    if (value !== null) {
      issues.push(issue(file, denominatorCell.line, denominatorCell.column,
        'the denominator is 0, so no percentage can be worked out from it. Correct the denominator, or leave the value blank if the figure is not available.'));
    }
    return;
  }
  const computed = (100 * num) / den;
  if (value === null) {
    issues.push(issue(file, valueCell.line, valueCell.column,
      `the value is blank but the numerator and denominator give ${formatFixed(computed, 1)} (${num} ÷ ${den} × 100). ` +
      'Write the value, or clear the numerator and denominator if the figure is not available.'));
    return;
  }
  if (!valueInRange) return;
  if (Math.abs(value.value - computed) > percentTolerance(value.decimals) + 1e-9) {
    issues.push(issue(file, valueCell.line, valueCell.column,
      `the value ${valueCell.text} does not match the numerator and denominator: ${num} ÷ ${den} × 100 = ${formatFixed(computed, value.decimals)}. ` +
      'Correct the value, or the numerator and denominator.'));
  }
}
