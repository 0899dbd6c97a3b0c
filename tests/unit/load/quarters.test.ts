import { describe, expect, it } from 'vitest';
import { percentTolerance, quarterFilePeriod } from '../../../src/load/quarters.ts';
import { csv, issuesWith, loadWith } from '../../support/load-fixtures.ts';

// Fixture indicators: cla-rate (rate_per_10000), assess-45 (percent), contacts (count).
const FILE = 'quarters/2024-25-Q1.csv';
const HEADER = 'indicator_id,value,numerator,denominator,commentary';

async function problemsIn(...rows: string[]) {
  return issuesWith({ [FILE]: csv(HEADER, ...rows) });
}

async function accepted(...rows: string[]) {
  const { issues } = await loadWith({ [FILE]: csv(HEADER, ...rows) });
  return issues;
}

describe('quarter files: values', () => {
  it('a non-numeric value, with the example message', async () => {
    expect(await problemsIn('cla-rate,12.5x,,,')).toEqual([{
      file: FILE, line: 2, column: 'B (value)',
      message: '"12.5x" is not a number. Write a number such as 12.5, or leave it blank if not available.',
    }]);
  });

  it('hints for n/a, thousands separators and decimal commas', async () => {
    const issues = await problemsIn('cla-rate,n/a,,,', 'contacts,"1,234",,,', 'assess-45,"85,5",,,');
    expect(issues.map((item) => item.message)).toEqual([
      '"n/a" is not a number. Write a number such as 12.5, or leave it blank if not available. Leave the cell empty rather than writing "n/a".',
      '"1,234" is not a number. Write a number such as 12.5, or leave it blank if not available. Leave out the thousands separator: write 1234, not 1,234.',
      '"85,5" is not a number. Write a number such as 12.5, or leave it blank if not available. Use a full stop for the decimal point: write 85.5.',
    ]);
  });

  it('a hint for Excel formula errors', async () => {
    expect((await problemsIn('cla-rate,#DIV/0!,,,'))[0]?.message).toBe(
      '"#DIV/0!" is not a number. Write a number such as 12.5, or leave it blank if not available. #DIV/0! is an Excel error from a formula: fix the formula in your workbook before saving the CSV.',
    );
    expect((await problemsIn('cla-rate,#N/A,,,'))[0]?.message).toMatch(/#N\/A is an Excel error/);
  });

  it('a percent outside 0 to 100', async () => {
    expect(await problemsIn('assess-45,100.1,,,')).toEqual([{
      file: FILE, line: 2, column: 'B (value)', message: '"100.1" is outside 0 to 100. This indicator is a percentage, so write 45.2 for 45.2%.',
    }]);
  });

  it('negative counts and rates', async () => {
    expect(await problemsIn('contacts,-5,,,', 'cla-rate,-0.1,,,')).toEqual([
      { file: FILE, line: 2, column: 'B (value)', message: '"-5" is below 0, but this indicator is a count, which cannot be negative. Check the sign.' },
      { file: FILE, line: 3, column: 'B (value)', message: '"-0.1" is below 0, but this indicator is a rate per 10,000, which cannot be negative. Check the sign.' },
    ]);
  });

  it('an unknown or blank indicator id', async () => {
    expect(await problemsIn('CLA-rate,1,,,', ',2,,,')).toEqual([
      { file: FILE, line: 2, column: 'A (indicator_id)', message: expect.stringMatching(/^"CLA-rate" is not an indicator in indicators\.csv\. Did you mean "cla-rate"\?/) },
      { file: FILE, line: 3, column: 'A (indicator_id)', message: 'this is blank. Write the id of an indicator from indicators.csv.' },
    ]);
  });

  it('the same indicator twice in one file', async () => {
    expect(await problemsIn('cla-rate,1,,,', 'contacts,2,,,', 'cla-rate,3,,,')).toEqual([{
      file: FILE, line: 4, column: 'A (indicator_id)',
      message: '"cla-rate" already has a row on line 2 of this file. Keep one row per indicator in each quarter: delete or merge the other row.',
    }]);
  });

  it('missing required columns', async () => {
    expect(await issuesWith({ [FILE]: csv('indicator_id,numerator', 'cla-rate,1') })).toEqual([{
      file: FILE, line: 1, column: null,
      message: 'the header row is missing the column "value". The first row must name the columns: indicator_id,value (and, if wanted, numerator, denominator, commentary), in any order.',
    }]);
  });
});

describe('quarter files: numerators and denominators', () => {
  it('non-numeric, fractional or negative counts', async () => {
    expect(await problemsIn('assess-45,50,x,10,', 'contacts,5,2.5,10,', 'cla-rate,5,1,-10,')).toEqual([
      { file: FILE, line: 2, column: 'C (numerator)', message: '"x" is not a number. Write a number such as 25, or leave it blank if not used.' },
      { file: FILE, line: 3, column: 'C (numerator)', message: '"2.5" cannot be a numerator. The numerator is a count, so write a whole number of 0 or more, e.g. 25, or leave it blank.' },
      { file: FILE, line: 4, column: 'D (denominator)', message: '"-10" cannot be a denominator. The denominator is a count, so write a whole number of 0 or more, e.g. 25, or leave it blank.' },
    ]);
  });

  it('a numerator without a denominator, and the other way round', async () => {
    expect(await problemsIn('assess-45,50,5,,', 'contacts,5,,10,')).toEqual([
      { file: FILE, line: 2, column: 'D (denominator)', message: 'the denominator is blank but the numerator is 5. Fill in both, or leave both blank.' },
      { file: FILE, line: 3, column: 'C (numerator)', message: 'the numerator is blank but the denominator is 10. Fill in both, or leave both blank.' },
    ]);
  });

  it('a numerator with no denominator column at all', async () => {
    expect(await issuesWith({ [FILE]: csv('indicator_id,value,numerator', 'assess-45,50,5') })).toEqual([
      { file: FILE, line: 2, column: 'denominator', message: 'the denominator is blank but the numerator is 5. Fill in both, or leave both blank.' },
    ]);
  });

  it('a percent numerator larger than its denominator', async () => {
    expect(await problemsIn('assess-45,50,30,25,')).toEqual([{
      file: FILE, line: 2, column: 'C (numerator)',
      message: 'the numerator (30) is larger than the denominator (25). For a percentage the numerator is part of the denominator, so check the two have not been swapped.',
    }]);
  });

  it('a percent value that disagrees with its numerator and denominator', async () => {
    expect(await problemsIn('assess-45,45.0,12,25,')).toEqual([{
      file: FILE, line: 2, column: 'B (value)',
      message: 'the value 45.0 does not match the numerator and denominator: 12 ÷ 25 × 100 = 48.0. Correct the value, or the numerator and denominator.',
    }]);
  });

  it('allows 0.05 plus half a unit of the precision the value is written to', async () => {
    // 1 ÷ 3 × 100 = 33.333...
    expect(await accepted('assess-45,33.4,1,3,')).toEqual([]); // 1 dp: allowed 0.1
    expect(await accepted('assess-45,33,1,3,')).toEqual([]); // 0 dp: allowed 0.55
    expect(await accepted('assess-45,33.38,1,3,')).toEqual([]); // off by 0.047 at 2 dp: allowed 0.055
  });

  it('rejects values just outside the tolerance', async () => {
    expect((await problemsIn('assess-45,33.5,1,3,'))[0]?.message).toMatch(/does not match.*= 33\.3\./); // 0.167 > 0.1
    expect((await problemsIn('assess-45,34,1,3,'))[0]?.message).toMatch(/does not match.*= 33\.3\./); // 0.667 > 0.55
    expect((await problemsIn('assess-45,33.40,1,3,'))[0]?.message).toMatch(/does not match.*= 33\.33\./); // 0.067 > 0.055
    expect(percentTolerance(1)).toBeCloseTo(0.1);
    expect(percentTolerance(0)).toBeCloseTo(0.55);
  });

  it('a zero denominator with a value, and a blank percent value despite counts', async () => {
    expect(await problemsIn('assess-45,0,0,0,', 'contacts,1,,,')).toEqual([{
      file: FILE, line: 2, column: 'D (denominator)',
      message: 'the denominator is 0, so no percentage can be worked out from it. Correct the denominator, or leave the value blank if the figure is not available.',
    }]);
    expect(await accepted('assess-45,,0,0,Nobody was assessed')).toEqual([]);
    expect(await problemsIn('assess-45,,12,25,')).toEqual([{
      file: FILE, line: 2, column: 'B (value)',
      message: 'the value is blank but the numerator and denominator give 48.0 (12 ÷ 25 × 100). Write the value, or clear the numerator and denominator if the figure is not available.',
    }]);
  });

  it('does not compare values with counts for units other than percent', async () => {
    expect(await accepted('cla-rate,70.5,210,29800,', 'contacts,950,2000,10,')).toEqual([]);
  });
});

describe('quarterFilePeriod', () => {
  it('reads the period from the file name', () => {
    expect(quarterFilePeriod('2024-25-Q1.csv')).toEqual({ ok: true, period: '2024-25-Q1' });
    expect(quarterFilePeriod('2024-25-Q1.CSV')).toEqual({ ok: true, period: '2024-25-Q1' });
    expect(quarterFilePeriod('2024-25 Q1 (copy).csv')).toMatchObject({ ok: false });
    expect(quarterFilePeriod('Q1 2024-25.csv')).toEqual({ ok: false, message: expect.stringContaining('Did you mean 2024-25-Q1.csv?') });
  });
});

describe('quarter files: one mistake, one message that names it', () => {
  it('a semicolon-separated file is recognised and explained', async () => {
    const problems = await issuesWith({ [FILE]: csv('indicator_id;value;numerator;denominator;commentary', 'cla-rate;12,5;;;') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 1 });
    expect(problems[0]!.message).toMatch(/separated by semicolons \(;\), not commas.*CSV UTF-8 \(Comma delimited\)/);
  });

  it('a % in a percentage value gets one message, not a second "the value is blank"', async () => {
    const problems = await issuesWith({ [FILE]: csv(HEADER, 'assess-45,45%,45,100,') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Leave out the % sign');
  });

  it('a thousands comma without quotes is explained where the shifted value lands', async () => {
    const problems = await issuesWith({ [FILE]: csv(HEADER, 'contacts,3,890,,') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('If the value was meant to be 3,890, the comma split it across two columns: write 3890');
  });
});
