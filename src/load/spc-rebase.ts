// spc-rebase.csv (optional): a change to a service from which an indicator's SPC limits are recalculated.
import type { PeriodId, SpcRebaseRow } from '../domain/types.ts';
import { readPeriod, readReference, readRequiredText } from './cells.ts';
import type { CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const SPC_REBASE_FILE = 'spc-rebase.csv';

export const SPC_REBASE_SPEC: CsvSpec = {
  required: ['indicator_id', 'period', 'reason'],
  optional: [],
};

/** `indicatorIds` null when indicators.csv could not be read (the check is skipped); `periods` those with a quarter file. */
export function readSpcRebases(
  table: CsvTable, indicatorIds: ReadonlySet<string> | null, periods: ReadonlySet<PeriodId>, issues: ValidationIssue[],
): SpcRebaseRow[] {
  const file = table.file;
  const rows: SpcRebaseRow[] = [];
  const duplicates = new DuplicateRows(file, issues);
  for (const row of table.rows) {
    const before = issues.length;
    const indicator = readReference(row.cell('indicator_id'), file, issues, 'an indicator', 'indicators.csv', indicatorIds);
    const periodCell = row.cell('period');
    const period = readPeriod(periodCell, file, issues);
    if (period.ok && !periods.has(period.value)) {
      issues.push(issue(file, periodCell.line, periodCell.column,
        `there is no quarter file for ${period.value}. Limits start again from a quarter the site has: check the period, or add quarters/${period.value}.csv.`));
    }
    if (indicator.ok && period.ok) {
      duplicates.check([indicator.value, period.value], row.line, periodCell, (earlier) =>
        `"${indicator.value}" already starts new limits from ${period.value} on line ${earlier}. Keep one row per indicator and quarter: merge the reasons and delete one row.`);
    }
    const reason = readRequiredText(row.cell('reason'), file, issues,
      'the reason is blank. Say what changed in the service, e.g. New duty team from July 2024; it is shown on the chart.');
    // A line copied from validate's suggestion (what-changed.ts) with its placeholder still in: never published.
    if (reason.ok && /^<.*>$/.test(reason.value.trim())) {
      const cell = row.cell('reason');
      issues.push(issue(file, cell.line, cell.column,
        `the reason "${reason.value.trim()}" is still the placeholder. Say why the process changed, e.g. New duty team from July 2024; it is shown on the chart.`));
    }
    if (issues.length === before && indicator.ok && period.ok && reason.ok) {
      rows.push({ indicatorId: indicator.value, period: period.value, reason: reason.value });
    }
  }
  return rows;
}
