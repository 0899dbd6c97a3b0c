// The one register behind every "already ... on line N" message: the first place is kept, a repeat names it.
import { describe, expect, it } from 'vitest';
import type { CsvCell } from '../../../src/load/csv.ts';
import { DuplicateRows, FirstSeen } from '../../../src/load/duplicates.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';

describe('FirstSeen', () => {
  it('answers undefined the first time and the first place after, however often the key comes back', () => {
    const seen = new FirstSeen<number>();
    expect(seen.before('cla-rate', 0)).toBeUndefined();
    expect(seen.before('cla-rate', 3)).toBe(0);
    expect(seen.before('cla-rate', 7)).toBe(0);
    expect(seen.before('re-referrals', 8)).toBeUndefined();
  });

  it('compares keys exactly: capitals and spaces make a different key', () => {
    const seen = new FirstSeen<number>();
    seen.before('CiC', 2);
    expect(seen.before('cic', 3)).toBeUndefined();
    expect(seen.before('CiC ', 4)).toBeUndefined();
  });

  it('keeps the parts of a key apart, whatever characters they hold', () => {
    const seen = new FirstSeen<number>();
    expect(seen.before(['a b', 'c'], 2)).toBeUndefined();
    expect(seen.before(['a', 'b c'], 3)).toBeUndefined();
    expect(seen.before(['a\u0000b', 'c'], 4)).toBeUndefined();
    expect(seen.before(['a', 'b\u0000c'], 5)).toBeUndefined();
    expect(seen.before(['a b', 'c'], 6)).toBe(2);
    // One value is the same key as a list of that one value.
    expect(seen.before('x', 7)).toBeUndefined();
    expect(seen.before(['x'], 8)).toBe(7);
  });

  it('remembers any kind of place, and the first one, not the latest', () => {
    const seen = new FirstSeen<{ value: string; line: number }>();
    seen.before('Case file audits', { value: 'thematic', line: 2 });
    expect(seen.before('Case file audits', { value: 'dip sample', line: 5 })).toEqual({ value: 'thematic', line: 2 });
    expect(seen.before('Case file audits', { value: 'other', line: 9 })).toEqual({ value: 'thematic', line: 2 });
  });
});

describe('DuplicateRows', () => {
  const cell = (line: number, text: string): CsvCell => ({ text, line, column: 'A (id)' });
  const message = (firstLine: number) => `the id is already used on line ${firstLine}. Change one of them.`;

  it('reports a repeated row at its cell, naming the line of the first, and lets a new key through', () => {
    const issues: ValidationIssue[] = [];
    const rows = new DuplicateRows('actions.csv', issues);
    expect(rows.check('A01', 2, cell(2, 'A01'), message)).toBe(true);
    expect(rows.check('A02', 3, cell(3, 'A02'), message)).toBe(true);
    expect(issues).toEqual([]);
    expect(rows.check('A01', 5, cell(6, 'A01'), message)).toBe(false);
    expect(rows.check('A01', 7, cell(7, 'A01'), message)).toBe(false);
    expect(issues).toEqual([
      { file: 'actions.csv', line: 6, column: 'A (id)', message: 'the id is already used on line 2. Change one of them.' },
      { file: 'actions.csv', line: 7, column: 'A (id)', message: 'the id is already used on line 2. Change one of them.' },
    ]);
  });

  it('keys on several values together', () => {
    const issues: ValidationIssue[] = [];
    const rows = new DuplicateRows('targets.csv', issues);
    expect(rows.check(['cla-rate', '2024-25-Q1'], 2, cell(2, ''), message)).toBe(true);
    expect(rows.check(['cla-rate', '2024-25-Q2'], 3, cell(3, ''), message)).toBe(true);
    expect(rows.check(['cla-rate', '2024-25-Q1'], 4, cell(4, ''), message)).toBe(false);
    expect(issues.map((item) => item.line)).toEqual([4]);
  });
});
