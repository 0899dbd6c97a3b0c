import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvSpec } from '../../../src/load/csv.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { decodeText } from '../../../src/load/text.ts';
import { csv, issuesWith, loadWith } from '../../support/load-fixtures.ts';

const SPEC: CsvSpec = { required: ['indicator_id', 'value'], optional: ['commentary'] };
const FILE = 'quarters/2024-25-Q1.csv';

function parse(text: string) {
  const issues: ValidationIssue[] = [];
  const table = parseCsv(text, FILE, SPEC, issues);
  const rows = table?.rows.map((row) => ({
    line: row.line,
    id: row.cell('indicator_id').text,
    value: row.cell('value').text,
    commentary: row.cell('commentary').text,
  }));
  return { table, rows, issues };
}

describe('parseCsv: files saved by Excel', () => {
  it('accepts a byte-order mark, CRLF, trailing blank lines, padded values and headers in any case', () => {
    const { rows, issues } = parse('\uFEFF Indicator_ID , VALUE ,Commentary\r\n  a , 1 ,  hello  \r\nb,2,\r\n\r\n,,\r\n\r\n');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, id: 'a', value: '1', commentary: 'hello' },
      { line: 3, id: 'b', value: '2', commentary: '' },
    ]);
  });

  it('accepts old Mac line endings and files with no final newline', () => {
    const { rows, issues } = parse('indicator_id,value\ra,1\rb,2');
    expect(issues).toEqual([]);
    expect(rows?.map((row) => row.line)).toEqual([2, 3]);
  });

  it('skips blank rows in the middle but keeps counting lines', () => {
    const { rows } = parse(csv('indicator_id,value', 'a,1', '', ' , ', 'b,2'));
    expect(rows?.map((row) => [row.id, row.line])).toEqual([['a', 2], ['b', 5]]);
  });

  it('treats missing trailing cells as blank', () => {
    const { rows, issues } = parse(csv('indicator_id,value,commentary', 'a,1'));
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ line: 2, id: 'a', value: '1', commentary: '' }]);
  });

  it('gives later rows their real line numbers after multi-line quoted commentary', () => {
    const text = csv(
      'indicator_id,commentary,value',
      'a,"First line',
      'second line, with a comma',
      'third line with ""quotes""",1',
      'b,"one',
      '',
      'two",2',
      'c,x,3',
    ).replace(/\n/g, '\r\n');
    const { rows, table, issues } = parse(text);
    expect(issues).toEqual([]);
    expect(rows?.map((row) => [row.id, row.line])).toEqual([['a', 2], ['b', 5], ['c', 8]]);
    expect(rows?.[0]?.commentary).toBe('First line\nsecond line, with a comma\nthird line with "quotes"');
    // A cell after a multi-line value is on the line where it starts.
    expect(table?.rows[0]?.cell('value')).toEqual({ text: '1', line: 4, column: 'C (value)' });
  });

  it('names the column with its Excel letter and header name, or just the name when the column is absent', () => {
    const { table } = parse(csv('notes,indicator_id,value', 'x,a,1'));
    expect(table?.rows[0]?.cell('value').column).toBe('C (value)');
    expect(table?.rows[0]?.cell('commentary')).toEqual({ text: '', line: 2, column: 'commentary' });
  });
});

describe('parseCsv: problems', () => {
  it('reports an empty file, saying it needs a header row', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n']) {
      const { table, issues } = parse(text);
      expect(table).toBeNull();
      expect(issues).toEqual([{
        file: FILE, line: null, column: null,
        message: 'the file is empty. It needs a header row naming the columns, indicator_id,value (and, if wanted, commentary), followed by one row of data per line.',
      }]);
    }
  });

  it('reports missing required columns on line 1, naming them', () => {
    const { table, issues } = parse(csv('commentary', 'b'));
    expect(table).toBeNull();
    expect(issues).toEqual([{
      file: FILE, line: 1, column: null,
      message: 'the header row is missing the columns "indicator_id" and "value". The first row must name the columns: indicator_id,value (and, if wanted, commentary), in any order.',
    }]);
  });

  it('suggests renaming a header written with spaces, on its cell, and reads the column as meant, so that is the only message', () => {
    const { table, issues } = parse(csv('Indicator ID,value', 'a,1'));
    expect(table?.rows[0]?.cell('indicator_id').text).toBe('a');
    expect(issues).toEqual([{
      file: FILE, line: 1, column: 'A (indicator id)',
      message: 'the heading "Indicator ID" is not a column the site reads, so every value under it would be ignored; it looks like "indicator_id". ' +
        'Rename the heading "indicator_id". The columns of this file are indicator_id,value (and, if wanted, commentary).',
    }]);
  });

  it('reports a column that appears twice', () => {
    const { issues } = parse(csv('indicator_id,value,Value', 'a,1,2'));
    expect(issues).toEqual([{
      file: FILE, line: 1, column: 'C (value)',
      message: 'the column "value" appears twice (columns B and C). Delete or rename one of them.',
    }]);
  });

  it('reports an unclosed quote at the line and column where it opened, keeping earlier rows', () => {
    const { rows, issues } = parse(csv('indicator_id,value,commentary', 'a,1,fine', 'b,2,"never closed', 'c,3,x', 'd,4,y'));
    expect(rows?.map((row) => row.id)).toEqual(['a']);
    expect(issues).toEqual([{
      file: FILE, line: 3, column: 'C (commentary)',
      message: expect.stringMatching(/quote \("\) here is never properly closed, so the rest of the file cannot be read\..*Add the missing closing quote or remove the opening one\./),
    }]);
  });

  it('reports a quoted value with text after its closing quote', () => {
    const { issues } = parse(csv('indicator_id,value,commentary', 'a,1,"the "front door" service"', 'b,2,ok'));
    expect(issues).toEqual([{
      file: FILE, line: 2, column: 'C (commentary)',
      message: expect.stringContaining('Write a quote inside a quoted value twice'),
    }]);
  });

  it('reports a row with more values than the header has columns', () => {
    const { rows, issues } = parse(csv('indicator_id,value,commentary', 'a,1,ok', 'b,1,234,Up on last quarter', 'c,3,'));
    expect(rows?.map((row) => row.id)).toEqual(['a', 'c']);
    expect(issues).toEqual([{
      file: FILE, line: 3, column: 'D',
      message: expect.stringMatching(/value in column D, but the header row only names 3 columns.*put that value in double quotes, or remove the comma \(write 1234, not 1,234\)/),
    }]);
  });

  it('ignores extra trailing commas that Excel adds for empty columns', () => {
    const { rows, issues } = parse(csv('indicator_id,value,commentary,,', 'a,1,ok,,', 'b,2,,,,,'));
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    const issues: ValidationIssue[] = [];
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x.csv', issues)).toBe('a');
    expect(issues).toEqual([]);
  });

  it('reports a file that is not UTF-8, with the line of the first unreadable character', () => {
    const issues: ValidationIssue[] = [];
    const bytes = new Uint8Array([...Buffer.from('indicator_id,value,commentary\na,1,ok\nb,2,cost '), 0xa3, ...Buffer.from('5\n')]);
    decodeText(bytes, FILE, issues);
    expect(issues).toEqual([{
      file: FILE, line: 3, column: null,
      message: expect.stringMatching(/not saved as UTF-8.*"CSV UTF-8 \(Comma delimited\) \(\*\.csv\)"/),
    }]);
  });

  it('reports a file saved as UTF-16 "Unicode text"', () => {
    const issues: ValidationIssue[] = [];
    decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), FILE, issues);
    expect(issues[0]?.message).toMatch(/Unicode text.*CSV UTF-8/);
  });
});

describe('a UTF-16 quarter file through loadDataset', () => {
  it('gets the one message about its encoding, not a second "the file is empty"', async () => {
    const text = 'indicator_id,value\ncla-rate,12.5\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const problems = (await issuesWith({ 'quarters/2024-25-Q1.csv': bytes })).filter((p) => p.file === 'quarters/2024-25-Q1.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/UTF-16/);
  });
});

describe('CSV problems through loadDataset', () => {
  it('reports a Windows-1252 quarter file but still checks the rest of it', async () => {
    const bytes = new Uint8Array([
      ...Buffer.from('indicator_id,value,commentary\ncla-rate,abc,Cost '), 0xa3, ...Buffer.from('5k\n'),
    ]);
    const issues = await issuesWith({ 'quarters/2024-25-Q1.csv': bytes });
    expect(issues.map((item) => [item.file, item.line, item.column])).toEqual([
      ['quarters/2024-25-Q1.csv', 2, null],
      ['quarters/2024-25-Q1.csv', 2, 'B (value)'],
    ]);
  });

  it('reports an empty indicators.csv and a quarter file with only a header', async () => {
    const issues = await issuesWith({ 'indicators.csv': '', 'quarters/2024-25-Q2.csv': csv('indicator_id,value') });
    expect(issues).toEqual([
      { file: 'indicators.csv', line: null, column: null, message: expect.stringMatching(/^the file is empty\. It needs a header row naming the columns, id,title,theme,unit,polarity/) },
      { file: 'quarters/2024-25-Q2.csv', line: null, column: null, message: expect.stringMatching(/no rows\. Add one row per indicator/) },
    ]);
  });

  it('keeps checking other files after a malformed one', async () => {
    const issues = await issuesWith({
      'targets.csv': csv('indicator_id,period,target', 'assess-45,"2024-25-Q1,85'),
      'comparators.csv': csv('indicator_id,comparator,period,value', 'nope,england,2024-25-Q1,1'),
    });
    expect(issues.map((item) => [item.file, item.line, item.column])).toEqual([
      ['targets.csv', 2, 'B (period)'],
      ['comparators.csv', 2, 'A (indicator_id)'],
    ]);
  });

  it('accepts a quarter file with CRLF and multi-line commentary, reporting later rows on their real lines', async () => {
    const { issues } = await loadWith({
      'quarters/2024-25-Q1.csv': csv(
        'indicator_id,value,commentary',
        'cla-rate,70.5,"Up this quarter.',
        '',
        'Two large sibling groups came into care."',
        'assess-45,12.5x,',
      ).replace(/\n/g, '\r\n'),
    });
    expect(issues).toEqual([{
      file: 'quarters/2024-25-Q1.csv', line: 5, column: 'B (value)',
      message: '"12.5x" is not a number. Write a number such as 12.5, or leave it blank if not available.',
    }]);
  });
});
