// targets.csv (optional): a change log of targets. A row applies from its period until a later row for the
// same indicator replaces it; a row with a blank target ends the target from that period.
import { OPERATORS, type Operator, type TargetRow } from '../domain/types.ts';
import { checkUnitRange, readAmber, readNumber, readPeriod, readReference } from './cells.ts';
import type { ReferenceContext } from './context.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const TARGETS_FILE = 'targets.csv';

export const TARGETS_SPEC: CsvSpec = {
  required: ['indicator_id', 'period', 'target'],
  optional: ['operator', 'amber'],
};

// A Map, not an object: looked up with whatever is in the cell, which may be `__proto__` or `constructor`.
const OPERATOR_FIXES = new Map<string, Operator>([['=>', '>='], ['≥', '>='], ['=<', '<='], ['≤', '<='], ['> =', '>='], ['< =', '<=']]);

function readOperator(cell: CsvCell, file: string, issues: ValidationIssue[]): { ok: true; value: Operator | null } | { ok: false } {
  if (cell.text === '') return { ok: true, value: null };
  const operator = OPERATORS.find((candidate) => candidate === cell.text);
  if (operator !== undefined) return { ok: true, value: operator };
  const fix = OPERATOR_FIXES.get(cell.text);
  issues.push(issue(file, cell.line, cell.column,
    `"${cell.text}" is not an operator.${fix ? ` Did you mean ${fix}?` : ''} Write one of >=, <=, >, < ` +
    '(>= means the value meets the target when it is at or above it), or leave it blank to use the indicator\'s polarity.'));
  return { ok: false };
}

export function readTargets(table: CsvTable, context: ReferenceContext, issues: ValidationIssue[]): TargetRow[] {
  const file = table.file;
  const targets: TargetRow[] = [];
  const duplicates = new DuplicateRows(file, issues);

  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('indicator_id');
    const indicator = readReference(idCell, file, issues, 'an indicator', 'indicators.csv', context.indicatorIds);
    const periodCell = row.cell('period');
    const period = readPeriod(periodCell, file, issues);

    const targetCell = row.cell('target');
    const target = readNumber(targetCell, file, issues, { blank: 'to end the target from this period', example: '75' });
    const unit = indicator.ok ? context.units.get(indicator.value) : undefined;
    if (target.ok && target.value !== null) checkUnitRange(target.value.value, unit, targetCell, file, issues);

    const operatorCell = row.cell('operator');
    const operator = readOperator(operatorCell, file, issues);
    const polarity = indicator.ok ? context.polarities.get(indicator.value) : undefined;
    if (operator.ok && operator.value === null && target.ok && target.value !== null && polarity === 'neutral') {
      issues.push(issue(file, operatorCell.line, operatorCell.column,
        `the operator is blank, but "${indicator.ok ? indicator.value : ''}" is a neutral indicator, so there is no natural direction. ` +
        'Write >=, <=, > or < to say which side of the target counts as meeting it.'));
    }

    const amber = readAmber(row.cell('amber'), file, issues, 'to use the indicator\'s amber tolerance (or the site-wide one)');

    if (indicator.ok && period.ok) {
      duplicates.check([indicator.value, period.value], row.line, periodCell, (earlier) =>
        `there is already a target row for "${indicator.value}" from ${period.value} on line ${earlier}. ` +
        'Keep one row per indicator and period: delete one of them, or correct its period.');
    }

    if (issues.length === before && indicator.ok && period.ok && target.ok && operator.ok && amber.ok) {
      targets.push({
        indicatorId: indicator.value,
        period: period.value,
        target: target.value?.value ?? null,
        operator: operator.value,
        amber: amber.value,
      });
    }
  }
  return targets;
}
