// Folders of one file per quarter: each file is named after the quarter it holds; a badly named file or a second
// file for the same quarter is refused by name with the fix; hidden files and Excel's lock files are not data.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { isPeriodFileCandidate, listPeriodFiles, periodFromFileName } from '../../../src/load/period-files.ts';
import { writeDataDir } from '../../support/load-fixtures.ts';

describe('isPeriodFileCandidate', () => {
  it('looks at files with the extension in any capitals, but not hidden files or Excel lock files', () => {
    expect(isPeriodFileCandidate('2024-25-Q1.csv', 'csv')).toBe(true);
    expect(isPeriodFileCandidate('2024-25-Q1.CSV', 'csv')).toBe(true);
    expect(isPeriodFileCandidate('2024-25-Q1.xlsx', 'csv')).toBe(false);
    expect(isPeriodFileCandidate('.2024-25-Q1.csv', 'csv')).toBe(false);
    expect(isPeriodFileCandidate('~$2024-25-Q1.csv', 'csv')).toBe(false);
  });
});

describe('periodFromFileName', () => {
  it('reads the quarter from the file name', () => {
    expect(periodFromFileName('2024-25-Q1.csv', 'quarters', 'csv')).toEqual({ ok: true, period: '2024-25-Q1' });
  });

  it('suggests the name for a quarter written loosely, even as Excel names a copy', () => {
    const named = periodFromFileName('Q1 2024-25 (2).md', 'narrative', 'md');
    expect(named.ok).toBe(false);
    expect(!named.ok && named.message).toBe(
      'the file name "Q1 2024-25 (2).md" is not a quarter. Name each file in narrative/ after the quarter it holds, written YYYY-YY-Qn.md, ' +
      'e.g. 2024-25-Q1.md for April to June 2024.');
    const loose = periodFromFileName('2024-25 Q1.csv', 'quarters', 'csv');
    expect(!loose.ok && loose.message).toMatch(/ Did you mean 2024-25-Q1\.csv\?$/);
  });

  it('says the years must follow on', () => {
    const named = periodFromFileName('2024-26-Q1.csv', 'audits', 'csv');
    expect(!named.ok && named.message).toMatch(/ The two years must follow on: 2024-25\.$/);
  });
});

describe('listPeriodFiles', () => {
  it('lists the quarters oldest first, leaving out other files', async () => {
    const dir = writeDataDir({
      'quarters/2024-25-Q2.csv': '', 'quarters/2023-24-Q4.csv': '', 'quarters/2024-25-Q1.csv': '',
      'quarters/README.md': '', 'quarters/.DS_Store': '', 'quarters/~$2024-25-Q2.csv': '',
    });
    const issues: ValidationIssue[] = [];
    const folder = await listPeriodFiles(dir, 'quarters', { extension: 'csv' }, issues);
    expect(issues).toEqual([]);
    expect(folder).toEqual({
      status: 'ok', candidates: 3,
      files: ['2023-24-Q4', '2024-25-Q1', '2024-25-Q2'].map((period) => ({ name: `${period}.csv`, relative: `quarters/${period}.csv`, period })),
    });
  });

  it('refuses a badly named file and a second file for a quarter, by name, and keeps the rest', async () => {
    const dir = writeDataDir({ 'audits/2024-25-Q1.csv': '', 'audits/2024-25-Q1.CSV': '', 'audits/audits Q2.csv': '' });
    const issues: ValidationIssue[] = [];
    const folder = await listPeriodFiles(dir, 'audits', { extension: 'csv' }, issues);
    expect(folder.files.map((file) => file.name)).toEqual(['2024-25-Q1.CSV']);
    expect(folder.candidates).toBe(3);
    expect(issues).toEqual([
      { file: 'audits/2024-25-Q1.csv', line: null, column: null, message: 'this is a second file for 2024-25-Q1 (the other is audits/2024-25-Q1.CSV). Keep one file per quarter and delete the other.' },
      { file: 'audits/audits Q2.csv', line: null, column: null, message: expect.stringMatching(/^the file name "audits Q2\.csv" is not a quarter\./) },
    ]);
  });

  it('ignores the names it is told are never data', async () => {
    const dir = writeDataDir({ 'narrative/2024-25-Q1.md': '', 'narrative/README.md': '' });
    const issues: ValidationIssue[] = [];
    const folder = await listPeriodFiles(dir, 'narrative', { extension: 'md', ignore: ['readme.md'] }, issues);
    expect(issues).toEqual([]);
    expect(folder.candidates).toBe(1);
  });

  it('lists a link, so that the reader can follow it or refuse it by name', async () => {
    const dir = writeDataDir({ 'quarters/2024-25-Q1.csv': '' });
    symlinkSync(path.join(dir, 'quarters', '2024-25-Q1.csv'), path.join(dir, 'quarters', '2024-25-Q2.csv'));
    const folder = await listPeriodFiles(dir, 'quarters', { extension: 'csv' }, []);
    expect(folder.files.map((file) => file.period)).toEqual(['2024-25-Q1', '2024-25-Q2']);
  });

  it('says when there is no folder, or a file where the folder should be, reporting nothing itself', async () => {
    const dir = writeDataDir({ audits: 'not a folder' });
    mkdirSync(path.join(dir, 'quarters', 'sub'), { recursive: true });
    const issues: ValidationIssue[] = [];
    expect(await listPeriodFiles(dir, 'narrative', { extension: 'md' }, issues)).toEqual({ status: 'missing', candidates: 0, files: [] });
    expect(await listPeriodFiles(dir, 'audits', { extension: 'csv' }, issues)).toEqual({ status: 'not_a_folder', candidates: 0, files: [] });
    // A folder inside is not a file of the folder.
    expect(await listPeriodFiles(dir, 'quarters', { extension: 'csv' }, issues)).toEqual({ status: 'ok', candidates: 0, files: [] });
    expect(issues).toEqual([]);
  });
});
