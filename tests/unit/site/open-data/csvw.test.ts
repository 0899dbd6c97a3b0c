// The CSVW metadata written beside each CSV: its structure, and that a CSVW reader accepts the CSV the site
// writes from the same column definitions.
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../../src/domain/scorecard.ts';
import { toCsv } from '../../../../src/escape/csv.ts';
import { scorecardsTable } from '../../../../src/site/api.ts';
import { AUDITS_TABLE, auditsTable } from '../../../../src/site/open-data/audits-table.ts';
import { csvwDatatype, csvwMetadata } from '../../../../src/site/open-data/csvw.ts';
import { OGL_URL } from '../../../../src/domain/licence.ts';
import { scorecardsTableDefinition } from '../../../../src/site/open-data/scorecard-columns.ts';
import { cellProblem, csvwProblems, type CsvwMetadata } from '../../../e2e/csvw-cells.ts';
import { scorecardIndex } from '../../../support/scorecard-fixture.ts';
import { row, scales } from '../../../support/quality-fixtures.ts';

const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';
const definition = scorecardsTableDefinition(scorecardIndex.site.comparators);
const options = { url: 'scorecards.csv', organisation: 'Anyshire County Council', licence: OGL, licenceUrl: OGL_URL };
const metadata = csvwMetadata(definition, options) as unknown as CsvwMetadata;
const scorecardsCsv = toCsv(scorecardsTable(scorecardIndex.periods.map((p) => buildScorecard(scorecardIndex, p))), definition.columns.map((c) => c.name));

describe('csvwMetadata', () => {
  it('describes the file by the W3C vocabulary, relative to the metadata file, with publisher and licence', () => {
    expect(metadata).toMatchObject({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'scorecards.csv',
      'dc:title': 'Every indicator in every quarter',
      'dc:publisher': 'Anyshire County Council',
      'dc:license': { '@id': OGL_URL },
      'dc:rights': OGL,
      dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
      tableSchema: { primaryKey: ['period', 'indicator_id'] },
    });
  });

  it('does not claim the Open Government Licence when site.json gives other terms', () => {
    const other = csvwMetadata(definition, { ...options, licence: '© Anyshire County Council', licenceUrl: null });
    expect(other).not.toHaveProperty('dc:license');
    expect(other['dc:rights']).toBe('© Anyshire County Council');
  });

  it('gives every column its name, title, meaning and type, in the CSV\'s order', () => {
    const columns = metadata.tableSchema.columns;
    expect(columns.map((c) => c.name)).toEqual(definition.columns.map((c) => c.name));
    for (const column of columns) {
      expect(column.titles, column.name).toEqual([column.name, definition.columns.find((c) => c.name === column.name)!.title]);
      expect(column['dc:description'], column.name).not.toBe('');
    }
    const byName = new Map(columns.map((c) => [c.name, c as unknown as Record<string, unknown>]));
    expect(byName.get('period_start')).toMatchObject({ datatype: 'date', required: true });
    expect(byName.get('revised')).toMatchObject({ datatype: 'boolean', required: true });
    expect(byName.get('target')).toMatchObject({ datatype: 'decimal', required: false, 'schema:unitText': expect.stringContaining('unit column') });
    expect(byName.get('target')).not.toHaveProperty('null');
  });

  it('reads c in a figure as no value (a withheld figure), and nowhere else', () => {
    const withNull = metadata.tableSchema.columns.filter((c) => c.null).map((c) => [c.name, c.null]);
    expect(withNull).toEqual([
      ['value', ['', 'c']],
      ['numerator', ['', 'c']],
      ['denominator', ['', 'c']],
      ['value_year_earlier', ['', 'c']],
    ]);
    const value = metadata.tableSchema.columns.find((c) => c.name === 'value')!;
    expect(cellProblem(value, 'c')).toBeNull();
    expect(cellProblem(metadata.tableSchema.columns.find((c) => c.name === 'target')!, 'c')).toBe('is not a decimal');
  });

  it('limits a column with a fixed list to exactly that list', () => {
    const rag = metadata.tableSchema.columns.find((c) => c.name === 'rag')!;
    expect(csvwDatatype(definition.columns.find((c) => c.name === 'rag')!)).toEqual({ base: 'string', format: '^(?:green|amber|red|no_target|no_data)$' });
    expect(cellProblem(rag, 'no_data')).toBeNull();
    expect(cellProblem(rag, 'Green')).not.toBeNull();
    expect(cellProblem(rag, 'green ')).not.toBeNull();
  });
});

describe('the CSV files against their metadata', () => {
  it('scorecards.csv: header equals the column names and every cell reads as its datatype', () => {
    expect(csvwProblems(metadata, scorecardsCsv)).toEqual([]);
  });

  it('audits: header equals the column names and every cell reads as its datatype', () => {
    const audits = [
      row({ auditorGrade: 'good', moderatedGrade: 'ri', count: 1, serviceArea: 'Children in care', month: '2023-10' }),
      row({ auditorGrade: 'outstanding', moderatedGrade: null, count: 3 }),
      row({ activity: 'Practice observations', type: 'observation', scale: 'meets_good', auditorGrade: 'meets', moderatedGrade: null, count: 2 }),
    ];
    const csv = toCsv(auditsTable(audits, scales), AUDITS_TABLE.columns.map((c) => c.name));
    const auditMetadata = csvwMetadata(AUDITS_TABLE, { ...options, url: 'audits.csv' }) as unknown as CsvwMetadata;
    expect(csvwProblems(auditMetadata, csv)).toEqual([]);
    expect(csvwProblems(auditMetadata, toCsv([], AUDITS_TABLE.columns.map((c) => c.name)))).toEqual([]);
  });

  it('the check finds a header that differs, a cell of the wrong type and a repeated key', () => {
    const lines = scorecardsCsv.split('\r\n');
    const renamed = [lines[0]!.replace('period_end', 'end'), ...lines.slice(1)].join('\r\n');
    expect(csvwProblems(metadata, renamed)).toEqual([expect.stringContaining('is not the metadata\'s column names'), expect.stringContaining('"end" is not one of the titles')]);
    const badDate = scorecardsCsv.replace(/,2023-06-30,/, ',2023-06-31,');
    expect(csvwProblems(metadata, badDate)).toEqual([expect.stringMatching(/column period_end: "2023-06-31" is not a date/)]);
    const repeated = [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n');
    expect(csvwProblems(metadata, repeated)).toEqual([expect.stringContaining('repeats the primary key')]);
  });
});
