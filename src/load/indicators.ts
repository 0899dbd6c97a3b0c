// indicators.csv: one row per indicator, in the order pages show them.
import { COUNTS_OF_PEOPLE, POLARITIES, UNITS, type Indicator, type Polarity, type Unit } from '../domain/types.ts';
import { idProblem, readAmber, readChoice, readNumber } from './cells.ts';
import type { CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { checkPartOf, type PartOfCell } from './part-of.ts';

export const INDICATORS_FILE = 'indicators.csv';

export const INDICATORS_SPEC: CsvSpec = {
  required: ['id', 'title', 'theme', 'unit', 'polarity'],
  optional: ['amber', 'decimals', 'definition', 'source', 'part_of', 'counts_of_people'],
};

export interface IndicatorCatalogue {
  /** Valid indicators in file order. */
  indicators: Indicator[];
  /**
   * Every well-formed id in the file, even on rows with other problems, so other files are not flooded with
   * "unknown indicator" errors for an indicator whose row has, say, a misspelt unit.
   */
  ids: Set<string>;
  /** Units and polarities that could be read, for checking values in other files. */
  units: Map<string, Unit>;
  polarities: Map<string, Polarity>;
}

export function readIndicators(table: CsvTable, issues: ValidationIssue[]): IndicatorCatalogue {
  const file = table.file;
  const catalogue: IndicatorCatalogue = { indicators: [], ids: new Set(), units: new Map(), polarities: new Map() };
  const duplicates = new DuplicateRows(file, issues);
  const partOfCells: PartOfCell[] = [];

  if (table.rows.length === 0) {
    issues.push(issue(file, null, null, 'there are no indicators. Add one row per indicator under the header row.'));
  }

  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('id');
    let id: string | null = null;
    if (idCell.text === '') {
      issues.push(issue(file, idCell.line, idCell.column,
        'the id is blank. Every indicator needs a short unique id, e.g. cla-rate, used in the other files and in web addresses.'));
    } else if (idProblem(idCell.text) !== '') {
      issues.push(issue(file, idCell.line, idCell.column, idProblem(idCell.text)));
    } else if (duplicates.check(idCell.text, row.line, idCell, (earlier) =>
      `the id "${idCell.text}" is already used on line ${earlier}. Every indicator needs its own id; change one of them.`)) {
      id = idCell.text;
      catalogue.ids.add(id);
    }

    const title = row.cell('title');
    if (title.text === '') {
      issues.push(issue(file, title.line, title.column, 'the title is blank. Write the indicator\'s name as readers should see it.'));
    }
    const theme = row.cell('theme');
    if (theme.text === '') {
      issues.push(issue(file, theme.line, theme.column, 'the theme is blank. Write the heading this indicator is grouped under, e.g. Children in care.'));
    }
    const unit = readChoice(row.cell('unit'), file, issues, UNITS, 'unit');
    const polarity = readChoice(row.cell('polarity'), file, issues, POLARITIES, 'polarity');
    if (id !== null && unit.ok) catalogue.units.set(id, unit.value);
    if (id !== null && polarity.ok) catalogue.polarities.set(id, polarity.value);

    // Blank: the unit's default (disclosure.ts, countsOfPeople).
    const countsCell = row.cell('counts_of_people');
    const counts = countsCell.text === '' ? null : readChoice(countsCell, file, issues, COUNTS_OF_PEOPLE, 'counts_of_people value');

    const amber = readAmber(row.cell('amber'), file, issues, 'to use the site-wide amber tolerance from site.json');

    const decimalsCell = row.cell('decimals');
    const decimalsNumber = readNumber(decimalsCell, file, issues, { blank: 'for the usual number for the unit', example: '1' });
    let decimals: number | null = null;
    let decimalsOk = decimalsNumber.ok;
    if (decimalsNumber.ok && decimalsNumber.value !== null) {
      const value = decimalsNumber.value.value;
      if (!Number.isInteger(value) || value < 0 || value > 4) {
        issues.push(issue(file, decimalsCell.line, decimalsCell.column,
          `"${decimalsCell.text}" cannot be used for decimals. Write a whole number from 0 to 4 (the decimal places to show), or leave it blank for the usual number for the unit.`));
        decimalsOk = false;
      } else {
        decimals = value;
      }
    }

    if (issues.length === before && id !== null && unit.ok && polarity.ok && amber.ok && decimalsOk && (counts === null || counts.ok)) {
      catalogue.indicators.push({
        id,
        title: title.text,
        theme: theme.text,
        unit: unit.value,
        polarity: polarity.value,
        amber: amber.value,
        decimals,
        definition: row.cell('definition').text,
        source: row.cell('source').text,
        partOf: null,
        ...(counts?.ok ? { countsOfPeople: counts.value } : {}),
      });
      const partOf = row.cell('part_of');
      if (partOf.text !== '') partOfCells.push({ id, total: partOf.text, line: partOf.line, column: partOf.column });
    }
  }
  // Checked once every row is read: a part may name a total further down the file.
  const partOf = checkPartOf(partOfCells, catalogue.units, file, issues);
  for (const indicator of catalogue.indicators) indicator.partOf = partOf.get(indicator.id) ?? null;
  return catalogue;
}
