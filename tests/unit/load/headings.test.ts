// Every heading of every CSV file in the data folder is accounted for: a near miss for a column the file lacks
// is refused on its cell with the right name (a misspelt commentary heading once dropped every comment without a
// word), any other heading the site does not read is a warning, and a heading in other capitals or with spaces
// around it is the column itself.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/load/dataset.ts';
import { formatIssue } from '../../../src/load/issue.ts';

// A small data folder with every kind of file the site reads.
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/checks-data');
const TODAY = '2026-12-06';
const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A copy of the fixture data folder. */
function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-headings-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every CSV file the folder holds, one of each kind (the newest of a folder of quarter files). */
function csvFiles(dir: string): string[] {
  const top = readdirSync(dir).filter((name) => name.endsWith('.csv'));
  const folders = ['quarters', 'audits', 'audit-domains', 'feedback'].map((folder) => `${folder}/${readdirSync(path.join(dir, folder)).sort().at(-1)!}`);
  return [...top, ...folders].sort();
}

function editHeader(dir: string, file: string, edit: (names: string[]) => string[]): string[] {
  const target = path.join(dir, file);
  const [header, ...rest] = readFileSync(target, 'utf8').split('\n');
  const names = edit(header!.split(','));
  writeFileSync(target, [names.join(','), ...rest].join('\n'));
  return names;
}

describe('column headings', () => {
  it('the fixture holds every kind of CSV file, and none of its headings draws a word', async () => {
    const dir = fixtureCopy();
    expect(csvFiles(dir)).toEqual(expect.arrayContaining(['indicators.csv', 'targets.csv', 'comparators.csv', 'actions.csv', 'schedule.csv', 'glossary.csv', 'spc-rebase.csv']));
    expect(csvFiles(dir)).toHaveLength(11);
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('a heading renamed "comments" is refused on line 1 at its column, with the right name (the slip that dropped every comment)', async () => {
    const dir = fixtureCopy();
    const names = editHeader(dir, 'quarters/2025-26-Q3.csv', (n) => n.map((name) => (name === 'commentary' ? 'comments' : name)));
    const letter = String.fromCharCode(65 + names.indexOf('comments'));
    const { dataset, issues } = await loadDataset(dir, { today: TODAY });
    expect(dataset).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      `quarters/2025-26-Q3.csv, line 1, column ${letter} (comments): the heading "comments" is not a column the site reads, so every value under it would be ignored; ` +
      'it looks like "commentary". Rename the heading "commentary". The columns of this file are indicator_id,value (and, if wanted, numerator, denominator, commentary).',
    ]);
  });

  it('"numerater" is refused the same way', async () => {
    const dir = fixtureCopy();
    editHeader(dir, 'quarters/2025-26-Q3.csv', (n) => n.map((name) => (name === 'numerator' ? 'numerater' : name)));
    const { issues } = await loadDataset(dir, { today: TODAY });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'quarters/2025-26-Q3.csv', line: 1, column: expect.stringMatching(/^[A-Z] \(numerater\)$/) });
    expect(issues[0]!.message).toContain('it looks like "numerator". Rename the heading "numerator".');
  });

  it('"Commentary " in capitals with a space after it is the commentary column: every comment is read', async () => {
    const dir = fixtureCopy();
    const before = await loadDataset(dir, { today: TODAY });
    editHeader(dir, 'quarters/2025-26-Q3.csv', (n) => n.map((name) => (name === 'commentary' ? 'Commentary ' : name)));
    const after = await loadDataset(dir, { today: TODAY });
    expect(after.issues).toEqual([]);
    expect(after.warnings).toEqual([]);
    const comments = (load: typeof before) => load.dataset!.values.filter((v) => v.period === '2025-26-Q3').map((v) => v.commentary);
    expect(comments(after)).toEqual(comments(before));
    expect(comments(after).filter((c) => c !== '').length).toBeGreaterThan(0);
  });

  it('"Commentary" with a character that cannot be seen after it (copied from a web page) is refused, saying so', async () => {
    const dir = fixtureCopy();
    editHeader(dir, 'quarters/2025-26-Q3.csv', (n) => n.map((name) => (name === 'commentary' ? 'Commentary\u200b' : name)));
    const { issues } = await loadDataset(dir, { today: TODAY });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^the heading "Commentary\u200b" \(it holds a character that cannot be seen, copied in with the text\) is not a column the site reads, .* it looks like "commentary"\. Rename the heading "commentary"\./);
  });

  it('in every CSV file, a heading in other words for one of its columns is refused, with the right name, at its cell', async () => {
    const dir = fixtureCopy();
    const expected: { file: string; column: string; known: string }[] = [];
    for (const file of csvFiles(dir)) {
      // The first heading as a person might type it: capitals, a space for the underscore, a plural.
      editHeader(dir, file, ([first, ...others]) => {
        const typed = `${first!.split('_').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')}s`;
        expected.push({ file, column: `A (${typed.toLowerCase()})`, known: first! });
        return [typed, ...others];
      });
    }
    const { issues } = await loadDataset(dir, { today: TODAY });
    for (const { file, column, known } of expected) {
      expect(issues, file).toContainEqual({ file, line: 1, column, message: expect.stringContaining(`it looks like "${known}". Rename the heading "${known}".`) });
    }
  });

  it('in every CSV file, a column the site does not read is a warning at its cell, naming the file\'s columns', async () => {
    const dir = fixtureCopy();
    const files = csvFiles(dir);
    const expected = files.map((file) => {
      const names = editHeader(dir, file, (n) => [...n, 'Team notes']);
      return { file, line: 1, column: `${String.fromCharCode(64 + names.length)} (team notes)` };
    });
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings.map(({ file, line, column }) => ({ file, line, column }))).toEqual(expect.arrayContaining(expected));
    expect(warnings).toHaveLength(files.length);
    expect(warnings[0]!.message).toMatch(/^the column "Team notes" is not read: this file's columns are .*If it should be one of them, rename its heading; if it holds your own notes, they are not published/);
  });

  it('a heading close to a column the file already has is a warning, not a refusal: the file can keep a column of its own', async () => {
    const dir = fixtureCopy();
    const names = editHeader(dir, 'quarters/2025-26-Q3.csv', (n) => [...n, 'Comments']);
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({
      file: 'quarters/2025-26-Q3.csv', line: 1, column: `${String.fromCharCode(64 + names.length)} (comments)`,
      message: expect.stringMatching(/^the column "Comments" is not read: .* it looks like "commentary" \(column [A-Z]\), which is read\./),
    })]);
  });

  it('values in a column with no heading are a warning at the first of them', async () => {
    const dir = fixtureCopy();
    const file = path.join(dir, 'targets.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = `${lines[0]},`;
    lines[3] = `${lines[3]},checked by JS`;
    writeFileSync(file, lines.join('\n'));
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([
      'targets.csv, line 4, column F: this value is in column F, which has no heading, so it is not read (nor is anything else in that column). ' +
      'Give the column its heading in the first row, or delete the column if its values are your own notes.',
    ]);
  });
});
