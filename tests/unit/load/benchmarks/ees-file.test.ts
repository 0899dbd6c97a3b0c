import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/load/csv.ts';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { readEesFile } from '../../../../src/load/benchmarks/ees-file.ts';
import { BENCHMARKS_SPEC, readBenchmarkMappings } from '../../../../src/load/benchmarks/mapping.ts';

// DfE's referrals file, unchanged, as the Coventry fixture holds it.
const sample = () => readFileSync(new URL('../../../fixtures/benchmarks-coventry/benchmarks/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', import.meta.url), 'utf8');

function mappings(...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const table = parseCsv(['indicator_id,file,filter,value_column,numerator_column,denominator_column', ...rows, ''].join('\n'), 'benchmarks.csv', BENCHMARKS_SPEC, issues)!;
  const read = readBenchmarkMappings(table, null, new Map(), issues);
  expect(issues).toEqual([]);
  return read;
}

function read(text: string, ...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const maps = mappings(...rows);
  const result = readEesFile(text, 'benchmarks/f.csv', maps, issues);
  return { result, issues, source: result?.sources.get(maps[0]!) ?? null };
}

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,rate,n,d';
const ROWS = [
  '2025,Reporting year,National,E92000001,England,,,,,,A,22.6,200,1000',
  '2025,Reporting year,Regional,E92000001,England,E12000005,West Midlands,,,,A,19.5,,',
  '2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,A,18.5,10,50',
  '2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,332,E08000027,Dudley,A,c,c,c',
  '2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,333,E08000028,Sandwell,A,,,',
  '2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,334,E08000029,Solihull,B,99,,',
  '2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,331,E08000026,Coventry,A,low,,',
];
const FILE = [HEADER, ...ROWS, ''].join('\n');
const RATE = 'rate,f.csv,category=A,rate,n,d';

describe('readEesFile: a file as DfE publishes it', () => {
  it('reads DfE\'s sample file: England, the regions and every council, year by year', () => {
    const { source, issues, result } = read(sample(), 'rr,c1.csv,category=Referrals and Re-referrals,rereferral_percent,rereferral_count,referral_count');
    expect(issues).toEqual([]);
    expect(source!.years.map((y) => y.period)).toEqual(Array.from({ length: 13 }, (_, i) => `${2012 + i}-${String(13 + i).padStart(2, '0')}-Q4`));
    const latest = source!.years.at(-1)!;
    expect(latest.england).toMatchObject({ code: 'E92000001', name: 'England', value: 22.6, numerator: 142900, denominator: 632830, line: 2 });
    expect(latest.regions.find((r) => r.code === 'E12000005')).toMatchObject({ name: 'West Midlands', value: 19.5 });
    expect(latest.councils.find((c) => c.code === 'E08000026')).toMatchObject({ oldCode: '331', name: 'Coventry', value: 18.5, numerator: 878, denominator: 4735, file: 'benchmarks/f.csv', line: 76 });
    expect(latest.councils.length).toBeGreaterThan(150);
    expect(result!.councils.get('E08000026')).toMatchObject({ oldCode: '331', regionCode: 'E12000005', regionName: 'West Midlands', period: '2024-25-Q4' });
  });

  it('reads any column order, with or without a byte-order mark, la_name before new_la_code', () => {
    const columns = HEADER.split(',');
    const order = [...columns.keys()].reverse();
    const shuffle = (line: string) => { const cells = line.split(','); return order.map((i) => cells[i]).join(','); };
    const text = `\uFEFF${[HEADER, ...ROWS].map(shuffle).join('\r\n')}\r\n`;
    const { source, issues } = read(text, RATE);
    expect(issues).toEqual([]);
    expect(source!.years.at(-1)!.councils.find((c) => c.code === 'E08000026')).toMatchObject({ value: 18.5, line: 4 });
  });

  it('reads GSS symbols and blank cells as not published, with why', () => {
    const { source } = read(FILE, RATE);
    const councils = source!.years.at(-1)!.councils;
    expect(councils.find((c) => c.name === 'Dudley')).toMatchObject({ value: null, notPublished: 'c', numerator: null, denominator: null });
    expect(councils.find((c) => c.name === 'Sandwell')).toMatchObject({ value: null, notPublished: '' });
    expect(source!.years[0]!.councils[0]).toMatchObject({ value: null, notPublished: 'low' });
    // The filter picked category A only.
    expect(councils.map((c) => c.name)).toEqual(['Coventry', 'Dudley', 'Sandwell']);
  });

  it('reads a financial year as its Q4', () => {
    const { source } = read(FILE.replaceAll('2025,Reporting year', '202425,Financial year'), RATE);
    expect(source!.years.map((y) => y.period)).toEqual(['2023-24-Q4', '2024-25-Q4']);
  });
});

describe('readEesFile: every problem located, saying how to fix it', () => {
  it('refuses a time_identifier the site does not read, once, at its first row', () => {
    const { issues } = read(FILE.replaceAll('Reporting year', 'Academic year'), RATE);
    expect(issues).toEqual([
      { file: 'benchmarks/f.csv', line: 2, column: 'B (time_identifier)', message: expect.stringMatching(/"Academic year" is not a time_identifier.*"Reporting year" and "Financial year"/) },
      expect.objectContaining({ file: 'benchmarks.csv', column: 'C (filter)', message: expect.stringMatching(/matches no row/) }),
    ]);
  });

  it('refuses a value that is neither a number nor a GSS symbol, at its cell', () => {
    const { issues } = read(FILE.replace('A,18.5,10,50', 'A,18.5%,10,50'), RATE);
    expect(issues).toEqual([{ file: 'benchmarks/f.csv', line: 4, column: 'L (rate)', message: expect.stringMatching(/"18.5%" is neither a number nor one of DfE's symbols/) }]);
  });

  it('lists the first few bad values of a column and counts the rest', () => {
    const { issues } = read(FILE, 'rate,f.csv,category=A,la_name,,');
    // National and regional rows have no la_name: a blank cell, read as not published.
    expect(issues.map((i) => i.line)).toEqual([4, 5, 6, 8]);
    expect(issues[3]!.message).toMatch(/^1 more value in this column from this line on is neither/);
  });

  it('refuses a column benchmarks.csv names that the file does not have, at the benchmarks.csv cell', () => {
    const { issues, result } = read(FILE, 'rate,f.csv,category=A,rate_percent,n,d');
    expect(result!.sources.size).toBe(0);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'D (value_column)', message: expect.stringMatching(/benchmarks\/f.csv has no column "rate_percent". Besides the area and year columns, its columns are category, rate, n, d\. Write one/) }]);
  });

  it('refuses a filter that matches no row, listing what the column holds', () => {
    const { issues } = read(FILE, 'rate,f.csv,category=a,rate,,');
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'C (filter)', message: expect.stringMatching(/"category=a" matches no row of benchmarks\/f.csv: "category" holds "A", "B"\. Write the value exactly/) }]);
  });

  it('refuses a filter that leaves more than one row for an area and year, naming both lines and what tells them apart', () => {
    const { issues, result } = read(FILE.replace('Solihull,B', 'Coventry,B').replace('334,E08000029', '331,E08000026'), 'rate,f.csv,,rate,,');
    expect(result!.sources.size).toBe(0);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'C (filter)', message: expect.stringMatching(/picks more than one row of benchmarks\/f.csv for Coventry \(E08000026\) in 2024\/25: lines 4 and 7. They differ in "category" \(A, B\).*e.g. category=A/) }]);
  });

  it('refuses a file that is not in the EES layout', () => {
    const { issues, result } = read('year,la,rate\n2025,Coventry,18.5\n', RATE);
    expect(result).toBeNull();
    expect(issues).toEqual([{ file: 'benchmarks/f.csv', line: 1, column: null, message: expect.stringMatching(/not a file in DfE's Explore Education Statistics layout: the header row has no "time_period", "time_identifier"/) }]);
  });
});
