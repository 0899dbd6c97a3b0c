// indicators.csv part_of: which counts are parts of another, checked where it is written and in every quarter.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/load/dataset.ts';
import { SITE_JSON, csv, writeDataDir } from '../../support/load-fixtures.ts';

async function issuesWith(fileMap: Record<string, string>) {
  return (await loadDataset(writeDataDir(fileMap))).issues;
}

const HEADER = 'id,title,theme,unit,polarity,part_of';
const INDICATORS = [
  HEADER,
  'cic,Children in care,Care,count,neutral,',
  'cic-near,Children in care placed within 20 miles,Care,count,neutral,cic',
  'cic-far,Children in care placed more than 20 miles away,Care,count,neutral,cic',
  'leavers-eet,Care leavers in education,Care,percent,higher_is_better,',
];

function files(indicators: string[], quarter: string[]) {
  return {
    'site.json': SITE_JSON,
    'indicators.csv': csv(...indicators),
    'quarters/2024-25-Q1.csv': csv('indicator_id,value,numerator,denominator', ...quarter),
  };
}

const GOOD_QUARTER = ['cic,60,,', 'cic-near,57,,', 'cic-far,3,,', 'leavers-eet,44.4,4,9'];

describe('part_of in indicators.csv', () => {
  it('is read into each indicator, blank meaning none', async () => {
    const { dataset, issues } = await loadDataset(writeDataDir(files(INDICATORS, GOOD_QUARTER)));
    expect(issues).toEqual([]);
    expect(dataset!.indicators.map((i) => [i.id, i.partOf])).toEqual([['cic', null], ['cic-near', 'cic'], ['cic-far', 'cic'], ['leavers-eet', null]]);
  });

  it('refuses an unknown total, itself, a percentage and a loop, each at its cell', async () => {
    const issues = await issuesWith(files([
      HEADER,
      'a,A,T,count,neutral,b',
      'b,B,T,count,neutral,a',
      'c,C,T,count,neutral,c',
      'd,D,T,count,neutral,nope',
      'e,E,T,percent,neutral,a',
    ], ['a,1,,']));
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([
      ['indicators.csv', 4, 'F (part_of)'],
      ['indicators.csv', 5, 'F (part_of)'],
      ['indicators.csv', 6, 'F (part_of)'],
      ['indicators.csv', 2, 'F (part_of)'],
    ]);
    expect(issues[0]!.message).toMatch(/cannot be a part of itself/);
    expect(issues[1]!.message).toMatch(/"nope" is not an indicator in this file/);
    expect(issues[2]!.message).toMatch(/only a count can be a part of another count, and "e" is percent/);
    expect(issues[3]!.message).toMatch(/loop \(a is part of b is part of a\)/);
  });
});

describe('a total and its parts in a quarter file', () => {
  it('refuses parts that do not add up to the total, at the total\'s value', async () => {
    const issues = await issuesWith(files(INDICATORS, ['cic,61,,', 'cic-near,57,,', 'cic-far,3,,']));
    expect(issues).toEqual([{
      file: 'quarters/2024-25-Q1.csv', line: 2, column: 'B (value)',
      message: expect.stringMatching(/^the parts of "cic" \(cic-near, cic-far\) add up to 60, but "cic" is 61\./),
    }]);
  });

  it('refuses a total given with a part missing, which would publish the part by subtraction', async () => {
    const issues = await issuesWith(files(INDICATORS, ['cic,60,,', 'cic-near,57,,', 'cic-far,,,']));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/all have a value in the quarter or all be blank, but "cic-far" has none/);
  });

  it('accepts a quarter where the total and its parts are all blank', async () => {
    expect(await issuesWith(files(INDICATORS, ['cic,,,', 'leavers-eet,50,5,10']))).toEqual([]);
  });
});
