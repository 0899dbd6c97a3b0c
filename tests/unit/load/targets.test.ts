import { describe, expect, it } from 'vitest';
import { csv, issuesWith, loadWith } from '../../support/load-fixtures.ts';

// Fixture indicators: cla-rate (rate_per_10000, lower_is_better), assess-45 (percent, higher_is_better), contacts (count, neutral).
const HEADER = 'indicator_id,period,target,operator,amber';

async function problemsIn(...rows: string[]) {
  return issuesWith({ 'targets.csv': csv(HEADER, ...rows) });
}

describe('targets.csv', () => {
  it('accepts a blank target to end a target, blank operators for directional indicators, and only the required columns', async () => {
    const { dataset, issues } = await loadWith({ 'targets.csv': csv('Indicator_ID,Period,Target', 'assess-45,2024-25-Q1,85', 'assess-45,2025-26-Q1,') });
    expect(issues).toEqual([]);
    expect(dataset?.targets).toEqual([
      { indicatorId: 'assess-45', period: '2024-25-Q1', target: 85, operator: null, amber: null },
      { indicatorId: 'assess-45', period: '2025-26-Q1', target: null, operator: null, amber: null },
    ]);
  });

  it('an unknown indicator id, suggesting the likely one', async () => {
    expect(await problemsIn('assess_45,2024-25-Q1,85,,')).toEqual([{
      file: 'targets.csv', line: 2, column: 'A (indicator_id)',
      message: '"assess_45" is not an indicator in indicators.csv. Did you mean "assess-45"? Check the spelling (ids are lower case and must match exactly), or add it to indicators.csv first.',
    }]);
  });

  it('a bad or blank period', async () => {
    expect(await problemsIn('assess-45,Q1 2024/25,85,,', 'assess-45,2024-25-Q5,85,,', 'assess-45,,85,,')).toEqual([
      { file: 'targets.csv', line: 2, column: 'B (period)', message: expect.stringMatching(/^"Q1 2024\/25" is not a period\. Write periods as YYYY-YY-Qn.*Did you mean 2024-25-Q1 \(April to June 2024\)\?$/) },
      { file: 'targets.csv', line: 3, column: 'B (period)', message: expect.stringMatching(/^"2024-25-Q5" is not a period\. Write periods as YYYY-YY-Qn, where YYYY-YY is the financial year and Qn the quarter, e\.g\. 2024-25-Q1/) },
      { file: 'targets.csv', line: 4, column: 'B (period)', message: 'the period is blank. Write the quarter as YYYY-YY-Qn, e.g. 2024-25-Q1 for April to June 2024.' },
    ]);
  });

  it('a non-numeric target, with a hint for a % sign', async () => {
    expect(await problemsIn('assess-45,2024-25-Q1,85%,,')).toEqual([{
      file: 'targets.csv', line: 2, column: 'C (target)',
      message: '"85%" is not a number. Write a number such as 75, or leave it blank to end the target from this period. Leave out the % sign: write 85 for 85%.',
    }]);
  });

  it('a percent target outside 0 to 100', async () => {
    expect(await problemsIn('assess-45,2024-25-Q1,185,,')).toEqual([{
      file: 'targets.csv', line: 2, column: 'C (target)',
      message: '"185" is outside 0 to 100. This indicator is a percentage, so write 45.2 for 45.2%.',
    }]);
  });

  it('an unknown operator', async () => {
    expect(await problemsIn('assess-45,2024-25-Q1,85,=>,')).toEqual([{
      file: 'targets.csv', line: 2, column: 'D (operator)',
      message: expect.stringMatching(/^"=>" is not an operator\. Did you mean >=\? Write one of >=, <=, >, </),
    }]);
  });

  it('a blank operator for a neutral indicator that has a target', async () => {
    expect(await problemsIn('contacts,2024-25-Q1,1000,,', 'contacts,2024-25-Q3,,,')).toEqual([{
      file: 'targets.csv', line: 2, column: 'D (operator)',
      message: 'the operator is blank, but "contacts" is a neutral indicator, so there is no natural direction. Write >=, <=, > or < to say which side of the target counts as meeting it.',
    }]);
  });

  it('a non-numeric or negative amber', async () => {
    expect(await problemsIn('assess-45,2024-25-Q1,85,,x', 'assess-45,2024-25-Q2,85,,-2')).toEqual([
      { file: 'targets.csv', line: 2, column: 'E (amber)', message: '"x" is not a number. Write a number such as 2, or leave it blank to use the indicator\'s amber tolerance (or the site-wide one).' },
      { file: 'targets.csv', line: 3, column: 'E (amber)', message: expect.stringMatching(/^"-2" is below 0\./) },
    ]);
  });

  it('two rows for the same indicator and period, naming the earlier line', async () => {
    expect(await problemsIn('assess-45,2024-25-Q1,85,,', 'cla-rate,2024-25-Q1,60,,', 'assess-45,2024-25-Q1,90,,')).toEqual([{
      file: 'targets.csv', line: 4, column: 'B (period)',
      message: 'there is already a target row for "assess-45" from 2024-25-Q1 on line 2. Keep one row per indicator and period: delete one of them, or correct its period.',
    }]);
  });
});
