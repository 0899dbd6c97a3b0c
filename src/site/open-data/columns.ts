// What a column of a published CSV file is: the one description that the CSV header, its W3C CSVW metadata
// and the data dictionary page are all written from, so the three can never disagree.

/** The XSD datatypes CSVW names, the few the downloads use. */
export type Datatype = 'string' | 'decimal' | 'integer' | 'date' | 'boolean';

/** The government statistical symbol for a figure withheld so that no child can be identified. */
export const SUPPRESSED_SYMBOL = 'c';

export interface ColumnDefinition<Name extends string = string> {
  /** The header in the CSV file. */
  name: Name;
  /** A short human name, as a spreadsheet user would call it. */
  title: string;
  /** What the column means, in plain words. */
  description: string;
  datatype: Datatype;
  /** What the numbers count or measure; null when the column is not a quantity. */
  unit: string | null;
  /** false: every row has a value. */
  blank: boolean;
  /** true: may hold the symbol `c` instead of a figure (disclosure control). */
  suppressible?: boolean;
  /** The only values a text column can hold, when it is a fixed list. */
  values?: readonly string[];
  /** A regular expression every value of a text column matches, when it has a fixed form. */
  pattern?: string;
}

export interface TableDefinition {
  title: string;
  description: string;
  columns: readonly ColumnDefinition[];
  /** The columns that together name one row. */
  primaryKey: readonly string[];
}

export const PERIOD_PATTERN = '^\\d{4}-\\d{2}-Q[1-4]$';
export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';

/** The cells that mean "no value": always a blank, and the suppression symbol where figures can be withheld. */
export function nullTokens(column: ColumnDefinition): string[] {
  return column.suppressible ? ['', SUPPRESSED_SYMBOL] : [''];
}

/** The type in plain words, for the data dictionary. */
export function datatypeWords(column: ColumnDefinition): string {
  switch (column.datatype) {
    case 'decimal':
      return 'Number';
    case 'integer':
      return 'Whole number';
    case 'date':
      return 'Date (YYYY-MM-DD)';
    case 'boolean':
      return 'true or false';
    case 'string':
      return column.values ? 'Text, one of a list' : 'Text';
  }
}

/** When the column can be empty, in plain words, for the data dictionary. */
export function blankWords(column: ColumnDefinition): string {
  if (!column.blank) return 'Never blank';
  return column.suppressible ? `Blank when not available; ${SUPPRESSED_SYMBOL} when withheld to protect privacy` : 'Can be blank';
}

const EXAMPLE_LENGTH = 60;

/** The first value each column holds in these rows (as the CSV writes it, long text cut short), '' when every row is blank. */
export function columnExamples(rows: readonly Record<string, unknown>[], columns: readonly ColumnDefinition[]): Map<string, string> {
  const examples = new Map<string, string>();
  for (const column of columns) {
    const found = rows.find((row) => row[column.name] !== null && row[column.name] !== undefined && row[column.name] !== '');
    const text = found ? String(found[column.name]).replace(/\s+/g, ' ') : '';
    // Cut by characters, not UTF-16 units, so an emoji is never split in half.
    const characters = [...text];
    examples.set(column.name, characters.length > EXAMPLE_LENGTH ? `${characters.slice(0, EXAMPLE_LENGTH).join('').replace(/\s\S*$/, '')}…` : text);
  }
  return examples;
}
