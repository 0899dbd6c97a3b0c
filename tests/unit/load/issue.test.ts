import { describe, expect, it } from 'vitest';
import { DataValidationError, columnLetter, formatIssue, formatIssues, summariseIssues } from '../../../src/load/issue.ts';

describe('formatIssue', () => {
  it('names the file, line and column', () => {
    expect(formatIssue({ file: 'quarters/2024-25-Q1.csv', line: 7, column: 'C (value)', message: '"12.5x" is not a number.' }))
      .toBe('quarters/2024-25-Q1.csv, line 7, column C (value): "12.5x" is not a number.');
  });

  it('leaves out what is not known', () => {
    expect(formatIssue({ file: 'site.json', line: null, column: null, message: 'this file is missing.' })).toBe('site.json: this file is missing.');
    expect(formatIssue({ file: 'a.csv', line: 1, column: null, message: 'm' })).toBe('a.csv, line 1: m');
    expect(formatIssue({ file: '', line: null, column: null, message: 'No data folder.' })).toBe('No data folder.');
  });
});

describe('summaries', () => {
  const issues = [
    { file: 'a.csv', line: 1, column: null, message: 'one' },
    { file: 'a.csv', line: 2, column: null, message: 'two' },
    { file: 'b.csv', line: null, column: null, message: 'three' },
  ];

  it('counts problems and files', () => {
    expect(summariseIssues(issues)).toBe('3 problems in 2 files');
    expect(summariseIssues(issues.slice(0, 1))).toBe('1 problem in 1 file');
    expect(summariseIssues([{ file: '', line: null, column: null, message: 'x' }])).toBe('1 problem');
  });

  it('lists every issue then the summary', () => {
    expect(formatIssues(issues)).toBe('a.csv, line 1: one\na.csv, line 2: two\nb.csv: three\n3 problems in 2 files.');
  });

  it('DataValidationError carries the issues and lists them in its message', () => {
    const error = new DataValidationError(issues);
    expect(error.name).toBe('DataValidationError');
    expect(error.issues).toBe(issues);
    expect(error.message).toContain('a.csv, line 2: two');
  });
});

describe('columnLetter', () => {
  it('matches Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
