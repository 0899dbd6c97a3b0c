// benchmarks.csv: which of DfE's files, which rows and which column hold each benchmarked indicator (issue 18).
// One row per indicator; the files themselves sit in benchmarks/ exactly as downloaded.
import { readReference, readRequiredText } from '../cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from '../csv.ts';
import { DuplicateRows } from '../duplicates.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import type { Unit } from '../../domain/types.ts';
import { parseFilter } from './filter.ts';
import type { BenchmarkSource } from '../../domain/benchmark/types.ts';

export const BENCHMARKS_FILE = 'benchmarks.csv';
export const BENCHMARKS_DIR = 'benchmarks';

export const BENCHMARKS_SPEC: CsvSpec = {
  required: ['indicator_id', 'file', 'filter', 'value_column'],
  optional: ['numerator_column', 'denominator_column', 'publication'],
};

/** One row of benchmarks.csv, checked, with its cells so that problems found in the file can point back to it. */
export interface BenchmarkMapping extends Omit<BenchmarkSource, 'years'> {
  /** Lower case, as headings are read. */
  valueColumn: string;
  /** The DfE publication the file is from, when given; '' otherwise. */
  publication: string;
  line: number;
  cells: { file: CsvCell; filter: CsvCell; value: CsvCell; numerator: CsvCell; denominator: CsvCell };
}

/** A file name inside benchmarks/: no way out of the folder, and a CSV file as EES downloads are. */
function fileProblem(name: string): string | null {
  if (name === '') return 'the file is blank. Write the name of DfE\'s CSV file in the benchmarks folder, e.g. c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv.';
  if (name.includes('\\') || name.startsWith('/') || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return `"${name}" is not a file name inside the benchmarks folder. Write the file's name as it is in benchmarks/, e.g. c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv (use / between folders).`;
  }
  if (!name.toLowerCase().endsWith('.csv')) return `"${name}" is not a CSV file. Benchmarks are read from the CSV files Explore Education Statistics downloads: write the name ending .csv.`;
  return null;
}

export function readBenchmarkMappings(
  table: CsvTable, indicatorIds: ReadonlySet<string> | null, units: ReadonlyMap<string, Unit>, issues: ValidationIssue[],
): BenchmarkMapping[] {
  const file = table.file;
  const mappings: BenchmarkMapping[] = [];
  const duplicates = new DuplicateRows(file, issues);
  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('indicator_id');
    const indicator = readReference(idCell, file, issues, 'an indicator', 'indicators.csv', indicatorIds);
    if (indicator.ok) {
      duplicates.check([indicator.value], row.line, idCell, (earlier) =>
        `"${indicator.value}" is already mapped to a benchmark file on line ${earlier}. An indicator is compared with one published figure: keep one of the two rows.`);
      // A council's count (children in need, referrals) follows its size: beside England's total, ranked or banded
      // against a county's, it would say nothing about how well the council does.
      if (units.get(indicator.value) === 'count') {
        issues.push(issue(file, idCell.line, idCell.column,
          `"${indicator.value}" is a count (its unit in indicators.csv), and a count depends on the council's size, so it cannot be ranked against ` +
          'other councils or set beside England\'s total. Map an indicator that is a rate or a percentage (e.g. the re-referral percentage), or delete this line.'));
      }
    }
    const cells = { file: row.cell('file'), filter: row.cell('filter'), value: row.cell('value_column'), numerator: row.cell('numerator_column'), denominator: row.cell('denominator_column') };
    const problem = fileProblem(cells.file.text);
    if (problem) issues.push(issue(file, cells.file.line, cells.file.column, problem));
    const filter = parseFilter(cells.filter.text);
    if (!filter.ok) issues.push(issue(file, cells.filter.line, cells.filter.column, filter.message));
    const value = readRequiredText(cells.value, file, issues,
      'the value_column is blank. Write the heading of the column of DfE\'s file that holds the indicator\'s figure, e.g. rereferral_percent.');
    const numerator = cells.numerator.text.toLowerCase();
    const denominator = cells.denominator.text.toLowerCase();
    if ((numerator === '') !== (denominator === '')) {
      const blank = numerator === '' ? cells.numerator : cells.denominator;
      issues.push(issue(file, blank.line, blank.column,
        `${numerator === '' ? 'the numerator_column is blank but the denominator_column is' : 'the denominator_column is blank but the numerator_column is'} not. ` +
        'The funnel plot needs both counts, e.g. rereferral_count and referral_count: give both columns, or leave both blank.'));
    }
    if (issues.length === before && indicator.ok && value.ok && filter.ok) {
      mappings.push({
        indicatorId: indicator.value, file: cells.file.text, filter: filter.filter, valueColumn: value.value.toLowerCase(),
        numeratorColumn: numerator || null, denominatorColumn: denominator || null,
        publication: row.cell('publication').text, line: row.line, cells,
      });
    }
  }
  return mappings;
}
