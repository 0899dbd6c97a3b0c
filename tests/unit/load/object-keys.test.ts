// Cells are looked up in tables of known words; a cell holding the name of a property every JavaScript object
// has (`__proto__`, `constructor`, `toString`) must read as plain text, not find that property. Found by the
// property test in tests/unit/property/data-mutations.test.ts ("Did you mean [object Object]?").
import { describe, expect, it } from 'vitest';
import { csv, issuesWith } from '../../support/load-fixtures.ts';

const HEADER = 'indicator_id,period,target,operator,amber';

describe('a targets.csv operator named like an object property', () => {
  for (const operator of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`"${operator}" is an unknown operator, with no suggestion`, async () => {
      const issues = await issuesWith({ 'targets.csv': csv(HEADER, `assess-45,2024-25-Q1,85,${operator},`) });
      expect(issues).toEqual([{
        file: 'targets.csv', line: 2, column: 'D (operator)',
        message: `"${operator}" is not an operator. Write one of >=, <=, >, < (>= means the value meets the target when it is at or above it), ` +
          'or leave it blank to use the indicator\'s polarity.',
      }]);
    });
  }

  it('a near miss still gets its suggestion', async () => {
    const issues = await issuesWith({ 'targets.csv': csv(HEADER, 'assess-45,2024-25-Q1,85,≥,') });
    expect(issues[0]?.message).toMatch(/^"≥" is not an operator\. Did you mean >=\?/);
  });
});
