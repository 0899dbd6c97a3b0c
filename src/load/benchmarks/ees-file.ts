// One of DfE's files in the Explore Education Statistics (EES) open-data layout, read as downloaded: any column
// order, with or without a byte-order mark, la_name before or after new_la_code, the columns the site does not
// need left unread without a warning (they are DfE's, not the officer's). Each line of benchmarks.csv that names
// the file picks its rows by the filter and reads its value column, once, into a BenchmarkSource.
import type { AreaFigure, BenchmarkSource, BenchmarkYearSource } from '../../domain/benchmark/types.ts';
import { comparePeriods, financialYearLabel, type PeriodId } from '../../domain/period.ts';
import type { CsvCell } from '../csv.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { NUMBER, readFigure } from './figure.ts';
import { headings } from './headings.ts';
import { readEesTable, type EesRow, type EesTable } from './ees-table.ts';
import type { BenchmarkMapping } from './mapping.ts';
import { BENCHMARKS_FILE } from './mapping.ts';
import { benchmarkPeriod } from './time-period.ts';

/** The columns every EES file starts with that the site reads (country_name is read when present). */
export const EES_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name'] as const;

/** Columns that say which area and year a row is for, never an indicator's. */
const AREA_COLUMNS: ReadonlySet<string> = new Set([...EES_COLUMNS, 'country_name']);

type Level = 'National' | 'Regional' | 'Local authority';
const LEVELS: ReadonlySet<string> = new Set<Level>(['National', 'Regional', 'Local authority']);

/** What the files say about a council, from its newest row: for site.json's codes and the neighbours' names. */
export interface CouncilEntry {
  code: string;
  oldCode: string;
  name: string;
  regionCode: string;
  regionName: string;
  period: PeriodId;
}

export interface EesFileRead {
  /** The figures of each line of benchmarks.csv naming the file; a line whose columns or filter are wrong is left out. */
  sources: Map<BenchmarkMapping, BenchmarkSource>;
  /** Every council with a row in the file, whatever the filter. */
  councils: Map<string, CouncilEntry>;
}

/** A row placed: which area and year it is for. */
interface Placed {
  row: EesRow;
  level: Level;
  period: PeriodId;
  code: string;
  oldCode: string;
  name: string;
}

/** After this many figures in one column that cannot be read, the rest are counted, not listed: the column is surely wrong. */
const LISTED_FIGURE_PROBLEMS = 3;

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** The columns of `mapping` the file must have, each with the benchmarks.csv cell that names it. */
function namedColumns(mapping: BenchmarkMapping): [string, CsvCell][] {
  const named: [string, CsvCell][] = Object.keys(mapping.filter).map((column) => [column, mapping.cells.filter]);
  named.push([mapping.valueColumn, mapping.cells.value]);
  if (mapping.numeratorColumn) named.push([mapping.numeratorColumn, mapping.cells.numerator]);
  if (mapping.denominatorColumn) named.push([mapping.denominatorColumn, mapping.cells.denominator]);
  return named;
}

export function readEesFile(text: string, file: string, mappings: readonly BenchmarkMapping[], issues: ValidationIssue[]): EesFileRead | null {
  const header = headings(text);
  const present = new Set(header);
  const missing = EES_COLUMNS.filter((column) => !present.has(column));
  if (missing.length > 0) {
    issues.push(issue(file, 1, null,
      `this is not a file in DfE's Explore Education Statistics layout: the header row has no ${quotedList(missing)} column${missing.length === 1 ? '' : 's'}. ` +
      `Benchmarks are read from the open-data CSV files of a release, which start with ${EES_COLUMNS.join(', ')}: download the file again as CSV from Explore Education Statistics, unchanged.`));
    return null;
  }
  // A column benchmarks.csv names that the file lacks is the mapping's mistake (or the wrong file): said there.
  const usable = mappings.filter((mapping) => {
    const absent = namedColumns(mapping).filter(([column]) => !present.has(column));
    for (const [column, cell] of absent) {
      issues.push(issue(BENCHMARKS_FILE, cell.line, cell.column,
        `${file} has no column "${column}". Besides the area and year columns, its columns are ${header.filter((name) => name !== '' && !AREA_COLUMNS.has(name)).join(', ')}. ` +
        'Write one of them, or check that "file" names the right file.'));
    }
    return absent.length === 0;
  });
  const table = readEesTable(text, file, issues);
  if (table === null) return null;

  const placed = placeRows(table, issues);
  const councils = new Map<string, CouncilEntry>();
  for (const { row, level, period, code, oldCode, name } of placed) {
    if (level !== 'Local authority') continue;
    const known = councils.get(code);
    if (known && comparePeriods(known.period, period) >= 0) continue;
    councils.set(code, { code, oldCode, name, regionCode: table.text(row, 'region_code'), regionName: table.text(row, 'region_name'), period });
  }

  const figures = new FigureReader(table, issues);
  const sources = new Map<BenchmarkMapping, BenchmarkSource>();
  for (const mapping of usable) {
    const source = readSource(mapping, placed, table, figures, issues);
    if (source) sources.set(mapping, source);
  }
  figures.summarise();
  return { sources, councils };
}

/** Each row's area and year; rows of other levels (e.g. local authority districts) are not areas the site compares. */
function placeRows(table: EesTable, issues: ValidationIssue[]): Placed[] {
  const periods = new Map<string, PeriodId | null>();
  const refused = new Set<string>();
  const placed: Placed[] = [];
  const [levelOf, identifierOf, timeOf] = [table.column('geographic_level'), table.column('time_identifier'), table.column('time_period')];
  for (const row of table.rows) {
    const level = levelOf(row);
    if (!LEVELS.has(level)) continue;
    const identifier = identifierOf(row);
    const time = timeOf(row);
    const key = `${identifier}\u0000${time}`;
    let period = periods.get(key);
    if (period === undefined) {
      const read = benchmarkPeriod(identifier, time);
      period = read.ok ? read.period : null;
      periods.set(key, period);
      // Said once for each time identifier or year, at its first row: one wrong column would otherwise give a problem per row.
      const what = read.ok ? '' : read.column === 'time_identifier' ? identifier : key;
      if (!read.ok && !refused.has(what)) {
        refused.add(what);
        const cell = table.cell(row, read.column);
        issues.push(issue(table.file, cell.line, cell.column, read.message));
      }
    }
    if (period === null) continue;
    const area = level === 'National'
      ? { code: table.text(row, 'country_code'), oldCode: '', name: table.text(row, 'country_name') || 'England' }
      : level === 'Regional'
        ? { code: table.text(row, 'region_code'), oldCode: '', name: table.text(row, 'region_name') }
        : { code: table.text(row, 'new_la_code'), oldCode: table.text(row, 'old_la_code'), name: table.text(row, 'la_name') };
    if (area.code === '') continue;
    placed.push({ row, level: level as Level, period, ...area });
  }
  return placed;
}

/** Reads figures, reporting each cell that is neither a number nor a GSS symbol once, however many lines read it. */
class FigureReader {
  readonly #table: EesTable;
  readonly #file: string;
  readonly #issues: ValidationIssue[];
  readonly #reported = new Set<string>();
  readonly #unlisted = new Map<string, { count: number; first: number }>();
  readonly #listed = new Map<string, number>();

  constructor(table: EesTable, issues: ValidationIssue[]) {
    this.#table = table;
    this.#file = table.file;
    this.#issues = issues;
  }

  /** Why the last figure read is not published (a GSS symbol, or '' for a blank cell); undefined when it is. */
  notPublished: AreaFigure['notPublished'];

  /** The figure in `column` of `row`, or null when not published (see notPublished) or not readable (reported). */
  read(row: EesRow, column: string): number | null {
    const text = this.#table.text(row, column);
    // Most cells are plain numbers: read without building a result for each.
    if (NUMBER.test(text)) {
      this.notPublished = undefined;
      return Number(text);
    }
    const read = readFigure(text);
    if (read.ok) {
      this.notPublished = read.notPublished;
      return read.value;
    }
    this.notPublished = undefined;
    const cell = this.#table.cell(row, column);
    const key = `${cell.line}\u0000${cell.column}`;
    if (!this.#reported.has(key)) {
      this.#reported.add(key);
      const listed = this.#listed.get(cell.column) ?? 0;
      if (listed < LISTED_FIGURE_PROBLEMS) {
        this.#listed.set(cell.column, listed + 1);
        this.#issues.push(issue(this.#file, cell.line, cell.column, read.message));
      } else {
        const more = this.#unlisted.get(cell.column) ?? { count: 0, first: cell.line };
        this.#unlisted.set(cell.column, { count: more.count + 1, first: more.first });
      }
    }
    return null;
  }

  summarise(): void {
    for (const [column, { count, first }] of this.#unlisted) {
      this.#issues.push(issue(this.#file, first, column,
        `${count} more value${count === 1 ? '' : 's'} in this column from this line on ${count === 1 ? 'is' : 'are'} neither a number nor one of DfE's symbols either. ` +
        'Check that benchmarks.csv names the right column for the indicator.'));
    }
  }
}

function readSource(mapping: BenchmarkMapping, placed: readonly Placed[], table: EesTable, figures: FigureReader, issues: ValidationIssue[]): BenchmarkSource | null {
  const file = table.file;
  const filter = Object.entries(mapping.filter);
  const tests = filter.map(([column, value]) => ({ cell: table.column(column), value }));
  const matched = placed.filter(({ row }) => tests.every(({ cell, value }) => cell(row) === value));
  if (matched.length === 0) {
    const cell = filter.length > 0 ? mapping.cells.filter : mapping.cells.file;
    const found = filter.map(([column]) => `"${column}" holds ${quotedList([...new Set(placed.map(({ row }) => table.text(row, column)))].slice(0, 8))}`);
    issues.push(issue(BENCHMARKS_FILE, cell.line, cell.column, filter.length > 0
      ? `the filter "${mapping.cells.filter.text}" matches no row of ${file}: ${found.join('; ')}. Write the value exactly as the file has it (capitals and spaces count).`
      : `${file} has no rows for England, a region or a council with a reporting or financial year.`));
    return null;
  }
  const years = new Map<PeriodId, BenchmarkYearSource>();
  const first = new Map<string, Placed>();
  for (const place of matched) {
    const key = `${place.level}\u0000${place.code}\u0000${place.period}`;
    const earlier = first.get(key);
    if (earlier) {
      issues.push(issue(BENCHMARKS_FILE, mapping.cells.filter.line, mapping.cells.filter.column, duplicateMessage(mapping, table, earlier, place)));
      return null;
    }
    first.set(key, place);
    const numerator = mapping.numeratorColumn ? figures.read(place.row, mapping.numeratorColumn) : null;
    const denominator = mapping.denominatorColumn ? figures.read(place.row, mapping.denominatorColumn) : null;
    // The value last, so that notPublished is the value's.
    const value = figures.read(place.row, mapping.valueColumn);
    const figure: AreaFigure = { code: place.code, oldCode: place.oldCode, name: place.name, value, numerator, denominator, file, line: place.row.line };
    if (value === null && figures.notPublished !== undefined) figure.notPublished = figures.notPublished;
    let year = years.get(place.period);
    if (!year) years.set(place.period, year = { period: place.period, england: null, regions: [], councils: [] });
    if (place.level === 'National') year.england = figure;
    else if (place.level === 'Regional') year.regions.push(figure);
    else year.councils.push(figure);
  }
  return {
    indicatorId: mapping.indicatorId, file: mapping.file, filter: mapping.filter, valueColumn: mapping.valueColumn,
    numeratorColumn: mapping.numeratorColumn, denominatorColumn: mapping.denominatorColumn,
    years: [...years.values()].sort((a, b) => comparePeriods(a.period, b.period)),
  };
}

/** Two rows for one area and year: the columns that tell them apart are the ones the filter still needs. */
function duplicateMessage(mapping: BenchmarkMapping, table: EesTable, earlier: Placed, later: Placed): string {
  // Figures differ between any two rows; the columns that name what a row is about are the ones worth naming.
  const figures = new Set([...AREA_COLUMNS, mapping.valueColumn, mapping.numeratorColumn, mapping.denominatorColumn]);
  const text = (place: Placed, column: string) => table.text(place.row, column);
  const columns = table.header.filter((column) => column !== '' && !figures.has(column) && !/^-?[\d.]+$|^(c|x|z|u|low)$/.test(text(earlier, column)) && text(earlier, column) !== text(later, column));
  const where = `${earlier.name} (${earlier.code}) in ${financialYearLabel(earlier.period)}: lines ${earlier.row.line} and ${later.row.line}`;
  const apart = columns.length > 0
    ? ` They differ in ${columns.slice(0, 3).map((c) => `"${c}" (${text(earlier, c)}, ${text(later, c)})`).join(', ')}: add the one that picks the indicator to the filter, e.g. ${[...Object.entries(mapping.filter).map(([c, v]) => `${c}=${v}`), `${columns[0]}=${text(earlier, columns[0]!)}`].join(';')}.`
    : ' Add the column that tells the rows apart to the filter, as column=value pairs joined by ;.';
  return `the filter ${mapping.cells.filter.text === '' ? '(blank)' : `"${mapping.cells.filter.text}"`} picks more than one row of ${table.file} for ${where}.${apart}`;
}
