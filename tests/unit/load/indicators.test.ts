import { describe, expect, it } from 'vitest';
import { csv, issuesWith } from '../../support/load-fixtures.ts';

const HEADER = 'id,title,theme,unit,polarity,amber,decimals,definition,source';
const OK_ROW = 'cla-rate,Children in care,Children in care,rate_per_10000,lower_is_better,,1,,';

async function problemsIn(...rows: string[]) {
  return issuesWith({ 'indicators.csv': csv(HEADER, OK_ROW, ...rows), 'targets.csv': null, 'comparators.csv': null, 'quarters/2024-25-Q1.csv': csv('indicator_id,value', 'cla-rate,1'), 'quarters/2024-25-Q2.csv': null });
}

describe('indicators.csv problems', () => {
  it('a blank id', async () => {
    expect(await problemsIn(',Title,Theme,count,neutral,,,,')).toEqual([{
      file: 'indicators.csv', line: 3, column: 'A (id)', message: expect.stringMatching(/^the id is blank\. Every indicator needs a short unique id, e\.g\. cla-rate/),
    }]);
  });

  it('an id with capitals or spaces, suggesting a usable one', async () => {
    expect(await problemsIn('CLA Rate 2,Title,Theme,count,neutral,,,,')).toEqual([{
      file: 'indicators.csv', line: 3, column: 'A (id)',
      message: '"CLA Rate 2" cannot be used as an id. Ids become part of web addresses, so use only lower-case letters a-z, digits 0-9, hyphens (-) and underscores (_), with no spaces, e.g. "cla-rate-2".',
    }]);
  });

  it('a duplicate id, naming the first line', async () => {
    expect(await problemsIn('cla-rate,Again,Theme,count,neutral,,,,')).toEqual([{
      file: 'indicators.csv', line: 3, column: 'A (id)',
      message: 'the id "cla-rate" is already used on line 2. Every indicator needs its own id; change one of them.',
    }]);
  });

  it('a blank title and theme', async () => {
    expect(await problemsIn('x,,,count,neutral,,,,')).toEqual([
      { file: 'indicators.csv', line: 3, column: 'B (title)', message: expect.stringMatching(/^the title is blank\. Write the indicator's name/) },
      { file: 'indicators.csv', line: 3, column: 'C (theme)', message: expect.stringMatching(/^the theme is blank\. Write the heading/) },
    ]);
  });

  it('an unknown or blank unit and polarity, listing the allowed words', async () => {
    expect(await problemsIn('x,T,Th,%,up,,,,', 'y,T,Th,,,,,,')).toEqual([
      { file: 'indicators.csv', line: 3, column: 'D (unit)', message: '"%" is not a unit. Write one of: percent, count, rate_per_10000, days, number.' },
      { file: 'indicators.csv', line: 3, column: 'E (polarity)', message: '"up" is not a polarity. Write one of: higher_is_better, lower_is_better, neutral.' },
      { file: 'indicators.csv', line: 4, column: 'D (unit)', message: 'the unit is blank. Write one of: percent, count, rate_per_10000, days, number.' },
      { file: 'indicators.csv', line: 4, column: 'E (polarity)', message: 'the polarity is blank. Write one of: higher_is_better, lower_is_better, neutral.' },
    ]);
  });

  it('a counts_of_people that is not one of the choices', async () => {
    const rows = csv(`${HEADER},counts_of_people`, `${OK_ROW},`, 'adopt,Days to adoption,Adoption,days,lower_is_better,,,,,denominator', 'x,X,Th,percent,neutral,,,,,children');
    expect(await issuesWith({ 'indicators.csv': rows, 'targets.csv': null, 'comparators.csv': null, 'quarters/2024-25-Q1.csv': csv('indicator_id,value', 'cla-rate,1'), 'quarters/2024-25-Q2.csv': null })).toEqual([
      { file: 'indicators.csv', line: 4, column: 'J (counts_of_people)', message: '"children" is not a counts_of_people value. Write one of: both, numerator, denominator, none.' },
    ]);
  });

  it('a non-numeric or negative amber', async () => {
    expect(await problemsIn('x,T,Th,count,neutral,two,,,', 'y,T,Th,count,neutral,-1,,,')).toEqual([
      { file: 'indicators.csv', line: 3, column: 'F (amber)', message: '"two" is not a number. Write a number such as 2, or leave it blank to use the site-wide amber tolerance from site.json.' },
      { file: 'indicators.csv', line: 4, column: 'F (amber)', message: expect.stringMatching(/^"-1" is below 0\. The amber tolerance is how far from the target still counts as amber/) },
    ]);
  });

  it('decimals that are not a whole number from 0 to 4', async () => {
    const issues = await problemsIn('a,T,Th,count,neutral,,5,,', 'b,T,Th,count,neutral,,1.5,,', 'c,T,Th,count,neutral,,one,,');
    expect(issues.map((item) => [item.line, item.column])).toEqual([[3, 'G (decimals)'], [4, 'G (decimals)'], [5, 'G (decimals)']]);
    expect(issues[0]?.message).toBe('"5" cannot be used for decimals. Write a whole number from 0 to 4 (the decimal places to show), or leave it blank for the usual number for the unit.');
    expect(issues[2]?.message).toMatch(/^"one" is not a number\./);
  });

  it('a file with a header but no indicators', async () => {
    const issues = await issuesWith({ 'indicators.csv': csv(HEADER), 'targets.csv': null, 'comparators.csv': null, 'quarters/2024-25-Q1.csv': csv('indicator_id,value'), 'quarters/2024-25-Q2.csv': null });
    expect(issues[0]).toEqual({ file: 'indicators.csv', line: null, column: null, message: 'there are no indicators. Add one row per indicator under the header row.' });
  });

  it('missing required columns', async () => {
    const issues = await issuesWith({ 'indicators.csv': csv('id,title,theme', 'a,b,c') });
    expect(issues).toEqual([{
      file: 'indicators.csv', line: 1, column: null,
      message: 'the header row is missing the columns "unit" and "polarity". The first row must name the columns: id,title,theme,unit,polarity (and, if wanted, amber, decimals, definition, source, part_of, counts_of_people), in any order.',
    }]);
  });
});
