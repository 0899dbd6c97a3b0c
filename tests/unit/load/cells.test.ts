// Very long cells (a stuck key, a bad export, a hostile file) are refused at once with a located message,
// not after seconds of a regular expression trying every way to split them. Found by the property test in
// tests/unit/property/data-mutations.test.ts. A backtracking pattern never finishes on 50,000 characters, so
// each test's time limit (HANG) is the check; no figure is asserted, as shared machines make timings noisy.
import { describe, expect, it } from 'vitest';
import {
  closestId, idProblem, notANumberMessage, parseNumberText, readAmber, readChoice, readPeriod, readPositiveCount, readReference,
  suggestPeriod, unitRangeProblem, unknownIdMessage,
} from '../../../src/load/cells.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { csv, issuesWith } from '../../support/load-fixtures.ts';

const LONG = 50_000;

const HANG = 10_000;

describe('long runs of digits', () => {
  it('are not numbers, and are refused quickly', () => {
    for (const text of [`${'1'.repeat(LONG)}x`, `${'1'.repeat(LONG)}%`, `1.${'5'.repeat(LONG)}e`]) {
      expect(parseNumberText(text)).toBeNull();
    }
  }, HANG);

  it('still read as numbers when they are numbers', () => {
    expect(parseNumberText('5.')).toEqual({ value: 5, decimals: 0 });
    expect(parseNumberText('12.50')).toEqual({ value: 12.5, decimals: 2 });
    expect(parseNumberText('.5')).toEqual({ value: 0.5, decimals: 1 });
    expect(parseNumberText('1E-05')).toEqual({ value: 0.00001, decimals: 5 });
    expect(parseNumberText('1.')).toEqual({ value: 1, decimals: 0 });
  });

  it('in a quarter file are reported at their cell', async () => {
    const value = `${'1'.repeat(LONG)}%`;
    const issues = await issuesWith({
      'quarters/2024-25-Q1.csv': csv('indicator_id,value,numerator,denominator,commentary', `cla-rate,${value},,,`),
    });
    expect(issues).toEqual([expect.objectContaining({ file: 'quarters/2024-25-Q1.csv', line: 2, column: 'B (value)' })]);
    expect(issues[0]!.message).toMatch(/is not a number/);
  }, HANG);
});

describe('long text where a period should be', () => {
  it('gets no suggestion, quickly', () => {
    for (const text of [`2025-26${' '.repeat(LONG)}Q`, `q1${' '.repeat(LONG)}2025-26x`, `2025${' '.repeat(LONG)}-26`]) {
      expect(suggestPeriod(text)).toBeNull();
    }
  }, HANG);

  it('still gets a suggestion when written loosely', () => {
    expect(suggestPeriod('2024/25 Q1')).toBe('2024-25-Q1');
    expect(suggestPeriod('Q3 2024 - 2025')).toBe('2024-25-Q3');
  });

  it('in targets.csv is reported at its cell', async () => {
    const period = `2024-25${' '.repeat(LONG)}Q`;
    const issues = await issuesWith({ 'targets.csv': csv('indicator_id,period,target,operator,amber', `assess-45,${period},85,,`) });
    expect(issues).toEqual([expect.objectContaining({ file: 'targets.csv', line: 2, column: 'B (period)' })]);
    expect(issues[0]!.message).toMatch(/is not a period/);
  }, HANG);
});

// What an officer sees when a cell is not what the file needs: the cell's place, what is wrong and what to write.
const FILE = 'quarters/2024-25-Q1.csv';
const cell = (text: string) => ({ text, line: 7, column: 'C (value)' });

/** Reads one cell with `read`, returning what it read and the messages it gave. */
function reading<T>(read: (issues: ValidationIssue[]) => T): { result: T; messages: string[] } {
  const issues: ValidationIssue[] = [];
  const result = read(issues);
  for (const found of issues) expect(found).toMatchObject({ file: FILE, line: 7, column: 'C (value)' });
  return { result, messages: issues.map((found) => found.message) };
}

describe('a number as Excel writes it', () => {
  it('keeps the decimal places written, so 12.50 is shown as 12.50', () => {
    expect(parseNumberText('-3')).toEqual({ value: -3, decimals: 0 });
    expect(parseNumberText('-0')).toEqual({ value: 0, decimals: 0 });
    expect(parseNumberText('1.5e2')).toEqual({ value: 150, decimals: 0 });
  });

  it('is not a number with a unit, a separator, a space or a word in it', () => {
    for (const text of ['45%', '1,234', '12,5', '12 5', 'twelve', '', 'Infinity', '0x10', '1e999']) expect(parseNumberText(text)).toBeNull();
  });
});

describe('notANumberMessage', () => {
  const options = { blank: 'if not available', notAvailable: true };

  it('says how to write a percentage, a thousands separator and a decimal comma', () => {
    expect(notANumberMessage('45.2%', options)).toBe('"45.2%" is not a number. Write a number such as 12.5, or leave it blank if not available. Leave out the % sign: write 45.2 for 45.2%.');
    expect(notANumberMessage('1,234', {})).toBe('"1,234" is not a number. Write a number such as 12.5. Leave out the thousands separator: write 1234, not 1,234.');
    expect(notANumberMessage('12,5', {})).toBe('"12,5" is not a number. Write a number such as 12.5. Use a full stop for the decimal point: write 12.5.');
  });

  it('names an Excel error copied from a formula', () => {
    expect(notANumberMessage('#DIV/0!', {})).toContain('#DIV/0! is an Excel error from a formula: fix the formula in your workbook before saving the CSV.');
    expect(notANumberMessage('#N/A', {})).toContain('is an Excel error from a formula');
  });

  it('asks for an empty cell instead of n/a where blank means not available, and only there', () => {
    expect(notANumberMessage('N/A', options)).toContain('Leave the cell empty rather than writing "N/A".');
    expect(notANumberMessage('tbc', options)).toContain('Leave the cell empty rather than writing "tbc".');
    expect(notANumberMessage('N/A', {})).toBe('"N/A" is not a number. Write a number such as 12.5.');
  });
});

describe('unitRangeProblem', () => {
  it('keeps percentages between 0 and 100, and counts, rates and days at 0 or more', () => {
    expect(unitRangeProblem(100.5, 'percent', '100.5')).toBe('"100.5" is outside 0 to 100. This indicator is a percentage, so write 45.2 for 45.2%.');
    expect(unitRangeProblem(-1, 'count', '-1')).toBe('"-1" is below 0, but this indicator is a count, which cannot be negative. Check the sign.');
    expect(unitRangeProblem(-0.5, 'days', '-0.5')).toContain('a number of days, which cannot be negative');
    expect(unitRangeProblem(-2, 'rate_per_10000', '-2')).toContain('a rate per 10,000');
  });

  it('lets through the edges and any plain number', () => {
    expect(unitRangeProblem(0, 'percent', '0')).toBeNull();
    expect(unitRangeProblem(100, 'percent', '100')).toBeNull();
    expect(unitRangeProblem(0, 'count', '0')).toBeNull();
    expect(unitRangeProblem(-4.5, 'number', '-4.5')).toBeNull();
  });
});

describe('readAmber', () => {
  it('reads blank as no tolerance and a number as the tolerance', () => {
    expect(reading((issues) => readAmber(cell(''), FILE, issues, 'for none')).result).toEqual({ ok: true, value: null });
    expect(reading((issues) => readAmber(cell('2.5'), FILE, issues, 'for none')).result).toEqual({ ok: true, value: 2.5 });
  });

  it('refuses a negative tolerance at its cell, saying what amber means', () => {
    const { result, messages } = reading((issues) => readAmber(cell('-2'), FILE, issues, 'for none'));
    expect(result).toEqual({ ok: false });
    expect(messages).toEqual(['"-2" is below 0. The amber tolerance is how far from the target still counts as amber, so write it as 0 or more, e.g. 2, or leave it blank for none.']);
  });
});

describe('ids and references', () => {
  const known = ['re-referrals', 'assessments-45-days', 'cla-rate'];

  it('suggests the id meant for a slip of spelling, capitals or separators, and none for a different word', () => {
    expect(closestId('rereferrals', known)).toBe('re-referrals');
    expect(closestId('Re_Referrals', known)).toBe('re-referrals');
    expect(closestId('assessment-45-days', known)).toBe('assessments-45-days');
    expect(closestId('caseload', known)).toBeNull();
  });

  it('explains an unknown id with the suggestion and where ids are listed', () => {
    expect(unknownIdMessage('cla-rte', 'an indicator id', 'indicators.csv', known)).toBe(
      '"cla-rte" is not an indicator id in indicators.csv. Did you mean "cla-rate"? Check the spelling (ids are lower case and must match exactly), or add it to indicators.csv first.');
  });

  it('refuses a new id that cannot be part of a web address, suggesting one that can', () => {
    expect(idProblem('cla-rate')).toBe('');
    expect(idProblem('CLA rate')).toContain('"CLA rate" cannot be used as an id.');
    expect(idProblem('CLA rate')).toContain('e.g. "cla-rate".');
    expect(idProblem('../secret')).toContain('e.g. "secret".');
  });

  it('reads a reference to a listed id, and refuses a blank or unlisted one at its cell', () => {
    const ids = new Set(known);
    expect(reading((issues) => readReference(cell('cla-rate'), FILE, issues, 'an indicator', 'indicators.csv', ids)).result).toEqual({ ok: true, value: 'cla-rate' });
    expect(reading((issues) => readReference(cell(''), FILE, issues, 'an indicator', 'indicators.csv', ids)).messages)
      .toEqual(['this is blank. Write the id of an indicator from indicators.csv.']);
    expect(reading((issues) => readReference(cell('cla_rate'), FILE, issues, 'an indicator', 'indicators.csv', ids)).messages[0])
      .toContain('Did you mean "cla-rate"?');
    // indicators.csv could not be read: its own error is enough, so references are not questioned.
    expect(reading((issues) => readReference(cell('anything'), FILE, issues, 'an indicator', 'indicators.csv', null)).messages).toEqual([]);
  });
});

describe('readPeriod', () => {
  it('reads a financial quarter written YYYY-YY-Qn', () => {
    expect(reading((issues) => readPeriod(cell('2024-25-Q1'), FILE, issues)).result).toEqual({ ok: true, value: '2024-25-Q1' });
  });

  it('suggests the period meant for one written loosely, with its months', () => {
    expect(suggestPeriod('Q1 2024/25')).toBe('2024-25-Q1');
    expect(suggestPeriod('2024/2025 q3')).toBe('2024-25-Q3');
    const { result, messages } = reading((issues) => readPeriod(cell('2024/25 Q1'), FILE, issues));
    expect(result).toEqual({ ok: false });
    expect(messages[0]).toMatch(/^"2024\/25 Q1" is not a period\. Write periods as YYYY-YY-Qn.* Did you mean 2024-25-Q1 \(April to June 2024\)\?$/);
  });

  it('says the years must follow on, and that a blank period needs writing', () => {
    expect(reading((issues) => readPeriod(cell('2024-26-Q1'), FILE, issues)).messages[0]).toContain('The two years must follow on: 2024-25.');
    expect(reading((issues) => readPeriod(cell(''), FILE, issues)).messages).toEqual(['the period is blank. Write the quarter as YYYY-YY-Qn, e.g. 2024-25-Q1 for April to June 2024.']);
  });
});

describe('readChoice', () => {
  const statuses = ['not_started', 'on_track', 'complete'] as const;

  it('reads a word in any capitals, with spaces or hyphens for underscores', () => {
    expect(reading((issues) => readChoice(cell('On track'), FILE, issues, statuses, 'status')).result).toEqual({ ok: true, value: 'on_track' });
    expect(reading((issues) => readChoice(cell('NOT-STARTED'), FILE, issues, statuses, 'status')).result).toEqual({ ok: true, value: 'not_started' });
  });

  it('lists the words to write for anything else, and reads blank as its default only where there is one', () => {
    expect(reading((issues) => readChoice(cell('done'), FILE, issues, statuses, 'status', 'not_started')).messages)
      .toEqual(['"done" is not a status. Write one of: not_started, on_track, complete, or leave it blank for not_started.']);
    expect(reading((issues) => readChoice(cell(''), FILE, issues, statuses, 'status', 'not_started')).result).toEqual({ ok: true, value: 'not_started' });
    expect(reading((issues) => readChoice(cell(''), FILE, issues, statuses, 'status')).messages).toEqual(['the status is blank. Write one of: not_started, on_track, complete.']);
  });
});

describe('readPositiveCount', () => {
  it('reads a whole number of 1 or more', () => {
    expect(reading((issues) => readPositiveCount(cell('12'), FILE, issues, 'audits')).result).toEqual({ ok: true, value: 12 });
  });

  it('refuses 0, a fraction, a blank and a word, each saying how to write the count', () => {
    expect(reading((issues) => readPositiveCount(cell('0'), FILE, issues, 'audits')).messages)
      .toEqual(['"0" cannot be a count. Write the number of audits as a whole number of 1 or more, e.g. 3 (delete the row instead of writing 0).']);
    expect(reading((issues) => readPositiveCount(cell('2.5'), FILE, issues, 'audits')).messages)
      .toEqual(['"2.5" cannot be a count. Write the number of audits as a whole number of 1 or more, e.g. 3.']);
    expect(reading((issues) => readPositiveCount(cell(''), FILE, issues, 'audits')).messages)
      .toEqual(['the count is blank. Write the number of audits as a whole number of 1 or more, e.g. 3.']);
    expect(reading((issues) => readPositiveCount(cell('three'), FILE, issues, 'audits')).messages)
      .toEqual(['"three" is not a number. Write the number of audits as a whole number of 1 or more, e.g. 3.']);
  });
});
