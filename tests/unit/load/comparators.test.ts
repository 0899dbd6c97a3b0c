import { describe, expect, it } from 'vitest';
import { csv, issuesWith, loadWith } from '../../support/load-fixtures.ts';

const FILE = 'comparators.csv';
const HEADER = 'indicator_id,comparator,period,value';

async function problemsIn(...rows: string[]) {
  return issuesWith({ [FILE]: csv(HEADER, ...rows) });
}

describe('comparators.csv', () => {
  it('skips rows with a blank value (not published)', async () => {
    const { dataset, issues } = await loadWith({ [FILE]: csv(HEADER, 'cla-rate,england,2024-25-Q1,', 'cla-rate,region,2024-25-Q1,68') });
    expect(issues).toEqual([]);
    expect(dataset?.comparatorValues).toEqual([{ indicatorId: 'cla-rate', comparatorId: 'region', period: '2024-25-Q1', value: 68 }]);
  });

  it('an unknown indicator', async () => {
    expect(await problemsIn('cla_rate,england,2024-25-Q1,70')).toEqual([{
      file: FILE, line: 2, column: 'A (indicator_id)', message: expect.stringMatching(/^"cla_rate" is not an indicator in indicators\.csv\. Did you mean "cla-rate"\?/),
    }]);
  });

  it('a comparator that is not in site.json', async () => {
    expect(await problemsIn('cla-rate,England,2024-25-Q1,70', 'cla-rate,wales,2024-25-Q1,70')).toEqual([
      { file: FILE, line: 2, column: 'B (comparator)', message: '"England" is not a comparator in the "comparators" list in site.json. Did you mean "england"? Check the spelling (ids are lower case and must match exactly), or add it to the "comparators" list in site.json first.' },
      { file: FILE, line: 3, column: 'B (comparator)', message: expect.stringMatching(/^"wales" is not a comparator in the "comparators" list in site\.json\. Check the spelling/) },
    ]);
  });

  it('a bad period', async () => {
    expect(await problemsIn('cla-rate,england,2024,70')).toEqual([{
      file: FILE, line: 2, column: 'C (period)', message: expect.stringMatching(/^"2024" is not a period\. Write periods as YYYY-YY-Qn/),
    }]);
  });

  it('a non-numeric value', async () => {
    expect(await problemsIn('cla-rate,england,2024-25-Q1,seventy')).toEqual([{
      file: FILE, line: 2, column: 'D (value)',
      message: '"seventy" is not a number. Write a number such as 12.5, or leave it blank if the figure is not published (the row is then ignored).',
    }]);
  });

  it('a percent out of range', async () => {
    expect(await problemsIn('assess-45,england,2024-25-Q1,-3')).toEqual([{
      file: FILE, line: 2, column: 'D (value)', message: '"-3" is outside 0 to 100. This indicator is a percentage, so write 45.2 for 45.2%.',
    }]);
  });

  it('the same indicator, comparator and period twice', async () => {
    expect(await problemsIn('cla-rate,england,2024-25-Q1,70', 'cla-rate,region,2024-25-Q1,70', 'cla-rate,england,2024-25-Q1,71')).toEqual([{
      file: FILE, line: 4, column: 'C (period)',
      message: 'there is already a "england" figure for "cla-rate" in 2024-25-Q1 on line 2. Keep one row per indicator, comparator and period: delete one of them, or correct it.',
    }]);
  });

  it('missing columns', async () => {
    expect(await issuesWith({ [FILE]: csv('indicator_id,period,value', 'cla-rate,2024-25-Q1,70') })).toEqual([{
      file: FILE, line: 1, column: null, message: expect.stringMatching(/^the header row is missing the column "comparator"\./),
    }]);
  });
});
