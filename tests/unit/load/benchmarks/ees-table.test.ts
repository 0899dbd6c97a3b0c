import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { readEesTable } from '../../../../src/load/benchmarks/ees-table.ts';

function read(text: string) {
  const issues: ValidationIssue[] = [];
  return { table: readEesTable(text, 'benchmarks/f.csv', issues), issues };
}

describe('readEesTable: DfE\'s file split into rows, each with its line', () => {
  it('splits lines at commas and quoted names by the CSV rules, with or without a byte-order mark and CRLF', () => {
    const { table, issues } = read('\uFEFFTime_Period,la_name , value\r\n2025,"Herefordshire, County of",14.8\r\n\r\n2025,"The ""Best"" Council", 1 \r\n');
    expect(issues).toEqual([]);
    expect(table!.header).toEqual(['time_period', 'la_name', 'value']);
    expect(table!.rows.map((row) => row.line)).toEqual([2, 4]);
    const [first, second] = table!.rows;
    expect(table!.text(first!, 'la_name')).toBe('Herefordshire, County of');
    expect(table!.text(second!, 'la_name')).toBe('The "Best" Council');
    expect(table!.column('value')(second!)).toBe('1');
    expect(table!.text(first!, 'missing')).toBe('');
    expect(table!.cell(first!, 'value')).toEqual({ text: '14.8', line: 2, column: 'C (value)' });
  });

  it('keeps the right lines when a value runs over two lines, read by the careful reader', () => {
    const { table, issues } = read('a,b\n1,"two\nlines"\n3,4\n');
    expect(issues).toEqual([]);
    expect(table!.rows.map((row) => [row.line, table!.text(row, 'a')])).toEqual([[2, '1'], [4, '3']]);
  });

  it('places a problem the careful reader finds: a quote never closed, a heading twice, a value beyond the header', () => {
    expect(read('a,b\n1,"open\n').issues).toEqual([expect.objectContaining({ file: 'benchmarks/f.csv', line: 2, message: expect.stringMatching(/never properly closed/) })]);
    expect(read('a,a\n1,2\n').issues).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/"a" appears twice/) })]);
    expect(read('a,b\n1,2,3\n').issues).toEqual([expect.objectContaining({ line: 2, column: 'C', message: expect.stringMatching(/has a value in column C/) })]);
  });
});
