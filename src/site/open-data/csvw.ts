// W3C CSV on the Web (CSVW) metadata for a published CSV file: the `<file>-metadata.json` beside it that a
// CSVW tool finds by itself and uses to read each column with its meaning, type and unit.
// https://www.w3.org/TR/tabular-metadata/
import { nullTokens, type ColumnDefinition, type TableDefinition } from './columns.ts';

export interface CsvwOptions {
  /** The CSV file's address relative to the metadata file: its file name, as the two sit side by side. */
  url: string;
  /** Added to the table's title, e.g. the quarter of a one-quarter file. */
  titleSuffix?: string;
  organisation: string;
  /** The licence statement (or the council's own terms). */
  licence: string;
  /** The address of the licence's terms; null for the council's own terms, which claim no licence. */
  licenceUrl: string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The CSVW datatype: the XSD name, narrowed by a regular expression when the text has a fixed form or list. */
export function csvwDatatype(column: ColumnDefinition): string | { base: string; format: string } {
  if (column.datatype === 'string' && column.values) return { base: 'string', format: `^(?:${column.values.map(escapeRegExp).join('|')})$` };
  if (column.datatype === 'string' && column.pattern) return { base: 'string', format: column.pattern };
  return column.datatype;
}

function csvwColumn(column: ColumnDefinition) {
  const tokens = nullTokens(column);
  return {
    name: column.name,
    // A CSVW validator matches the file's header against `titles`, so the header comes first; the human title second.
    titles: [column.name, column.title],
    'dc:description': column.description,
    datatype: csvwDatatype(column),
    required: !column.blank,
    // The default is "" alone; say it only when another symbol also means "no value".
    ...(tokens.length > 1 ? { null: tokens } : {}),
    ...(column.unit ? { 'schema:unitText': column.unit } : {}),
  };
}

export function csvwMetadata(table: TableDefinition, options: CsvwOptions) {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: options.url,
    'dc:title': `${table.title}${options.titleSuffix ?? ''}`,
    'dc:description': table.description,
    'dc:publisher': options.organisation,
    ...(options.licenceUrl ? { 'dc:license': { '@id': options.licenceUrl } } : {}),
    'dc:rights': options.licence,
    // toCsv writes UTF-8 with a byte order mark (which UTF-8 decoding removes), a header row, and CRLF line ends.
    dialect: { encoding: 'utf-8', header: true, headerRowCount: 1, delimiter: ',', doubleQuote: true, lineTerminators: ['\r\n'], trim: false },
    tableSchema: {
      columns: table.columns.map(csvwColumn),
      primaryKey: [...table.primaryKey],
    },
  };
}
