// CSV text from the data never runs as a spreadsheet formula, and everything else round-trips.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/escape/csv.ts';

describe('toCsv', () => {
  it('prefixes formula text with an apostrophe, leaves numbers alone, and round-trips everything else', () => {
    const rows = [
      { indicator: '=HYPERLINK("https://evil.example","x")', theme: '+44 help', unit: '-1', owner: '@team', value: -3.5, note: 'a, "b"\nc' },
      { indicator: 'Plain', theme: 'Early help', unit: 'percent', owner: null, value: 0, note: '' },
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(['indicator', 'theme', 'unit', 'owner', 'value', 'note']);
    expect(parsed[1]).toEqual(["'=HYPERLINK(\"https://evil.example\",\"x\")", "'+44 help", "'-1", "'@team", '-3.5', 'a, "b"\nc']);
    expect(parsed[2]).toEqual(['Plain', 'Early help', 'percent', '', '0', '']);
  });

  it('takes every column seen in any row, in order', () => {
    expect(toCsv([{ a: 1 }, { a: 2, b: 'x' }]).trim()).toBe('\uFEFFa,b\r\n1,\r\n2,x'.trim());
  });

  it('ends with one line break, so a file with no rows is its header alone and never a blank row', () => {
    expect(toCsv([{ a: 1 }], ['a'])).toBe('\uFEFFa\r\n1\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n');
  });
});

describe('toCsv on hostile data text', () => {
  it('neutralises formulae however they start: =, +, -, @, a tab or a carriage return', () => {
    const rows = [{ a: '=1+1' }, { a: '+1' }, { a: '-1+1' }, { a: '@SUM(A1)' }, { a: '\t=1' }, { a: '\r=1' }];
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1).trimEnd(), { newline: '\r\n' }).data.slice(1).map((row) => row[0]);
    expect(parsed).toEqual(["'=1+1", "'+1", "'-1+1", "'@SUM(A1)", "'\t=1", "'\r=1"]);
  });

  it('leaves numbers as numbers, negative ones too, and empty cells empty', () => {
    expect(toCsv([{ value: -12.5, blank: null, flag: true }])).toBe('\uFEFFvalue,blank,flag\r\n-12.5,,true\r\n');
  });

  it('quotes a cell with a comma, a quote or a line break so it stays one cell', () => {
    expect(toCsv([{ note: 'Up, "sharply"\nsince Q2' }])).toBe('\uFEFFnote\r\n"Up, ""sharply""\nsince Q2"\r\n');
  });
});
