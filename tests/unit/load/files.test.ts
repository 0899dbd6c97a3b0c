// Missing and misnamed files are explained the same way by every loader: the usual causes (wrong capitals, a
// workbook saved instead of a CSV) are spotted and the fix named; a folder where a file should be is refused.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNames, loadCsv, loadText, missingMessage } from '../../../src/load/files.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { writeDataDir } from '../../support/load-fixtures.ts';

const WHAT = 'It lists the indicators.';

describe('missingMessage', () => {
  it('spots a file named in other capitals', () => {
    expect(missingMessage('indicators.csv', ['Indicators.CSV', 'site.json'], WHAT)).toBe(
      'this file is missing. It lists the indicators. There is a file called "Indicators.CSV": rename it "indicators.csv" (names must match exactly, in lower case).');
  });

  it('spots a workbook saved in place of the CSV, and says how to save it', () => {
    expect(missingMessage('indicators.csv', ['indicators.xlsx'], WHAT)).toBe(
      'this file is missing. It lists the indicators. There is a file called "indicators.xlsx": save it as "indicators.csv" instead (in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").');
  });

  it('says only what the file is for when nothing like it is there', () => {
    expect(missingMessage('indicators.csv', ['targets.csv'], WHAT)).toBe('this file is missing. It lists the indicators.');
  });
});

describe('listNames', () => {
  it('lists a folder, and gives none for a folder that is not there', async () => {
    const dir = writeDataDir({ 'a.csv': '', 'b.csv': '' });
    expect((await listNames(dir)).sort()).toEqual(['a.csv', 'b.csv']);
    expect(await listNames(path.join(dir, 'nowhere'))).toEqual([]);
  });
});

describe('loadText and loadCsv', () => {
  it('give undefined for a missing file, leaving the caller to say whether it is needed', async () => {
    const dir = writeDataDir({});
    const issues: ValidationIssue[] = [];
    expect(await loadText(dir, 'glossary.csv', issues)).toBeUndefined();
    expect(await loadCsv(dir, 'glossary.csv', { required: ['term'], optional: [] }, issues, [])).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('refuse a folder where a file should be, by its name', async () => {
    const dir = writeDataDir({});
    mkdirSync(path.join(dir, 'glossary.csv'));
    const issues: ValidationIssue[] = [];
    expect(await loadCsv(dir, 'glossary.csv', { required: ['term'], optional: [] }, issues, [])).toBeNull();
    expect(issues).toEqual([{ file: 'glossary.csv', line: null, column: null, message: 'this should be a CSV file, but it is a folder. Rename or remove the folder.' }]);
  });

  it('read a CSV file\'s rows, and warn of a column the site does not read', async () => {
    const dir = writeDataDir({ 'glossary.csv': 'term,definition,notes\nCiN,Child in need,internal\n' });
    const issues: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    const table = await loadCsv(dir, 'glossary.csv', { required: ['term', 'definition'], optional: [] }, issues, warnings);
    expect(issues).toEqual([]);
    expect(table?.rows.map((row) => [row.cell('term').text, row.cell('definition').text])).toEqual([['CiN', 'Child in need']]);
    expect(warnings).toEqual([expect.objectContaining({ file: 'glossary.csv', line: 1, column: 'C (notes)' })]);
  });
});
