import { describe, expect, it } from 'vitest';
import { csv, loadWith, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'glossary.csv';

describe('glossary.csv', () => {
  it('reads terms in file order; the definition is optional, as a value or a column', async () => {
    const { dataset, issues } = await loadWith({ [FILE]: csv('term,expansion', 'LAC,Looked after child', 'lac,a different term') });
    expect(issues).toEqual([]);
    expect(dataset?.glossary).toEqual([
      { term: 'LAC', expansion: 'Looked after child', definition: '' },
      { term: 'lac', expansion: 'a different term', definition: '' },
    ]);
  });

  it('a blank term or expansion', async () => {
    const issues = await qaIssuesWith({ [FILE]: csv('term,expansion,definition', ',Child in care,', 'CiC,,A child looked after') });
    expect(issues).toEqual([
      { file: FILE, line: 2, column: 'A (term)', message: 'the term is blank. Write the abbreviation or term being explained, e.g. CiC.' },
      { file: FILE, line: 3, column: 'B (expansion)', message: expect.stringMatching(/^the expansion is blank\. Write what the term stands for/) },
    ]);
  });

  it('a repeated term names the earlier line', async () => {
    const issues = await qaIssuesWith({ [FILE]: csv('term,expansion', 'CiC,Child in care', 'CIN,Child in need', 'CiC,Child in care') });
    expect(issues).toEqual([
      { file: FILE, line: 4, column: 'A (term)', message: '"CiC" is already in the glossary on line 2. Keep one row per term: merge the two rows and delete one.' },
    ]);
  });

  it('missing columns', async () => {
    const issues = await qaIssuesWith({ [FILE]: csv('Term,Meaning', 'CiC,Child in care') });
    expect(issues).toEqual([{ file: FILE, line: 1, column: null, message: expect.stringMatching(/missing the column "expansion"/) }]);
  });
});
