import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { readNeighbours } from '../../../../src/load/benchmarks/neighbours-file.ts';

// DfE's 2025 model, unchanged: a byte-order mark, and closeness values with a trailing space.
const MODEL = readFileSync(new URL('../../../fixtures/benchmarks-coventry/benchmarks/statistical-neighbours.csv', import.meta.url), 'utf8');

function read(text: string, oldCode = '331') {
  const issues: ValidationIssue[] = [];
  return { neighbours: readNeighbours(text, oldCode, 'Coventry', issues), issues };
}

describe('readNeighbours: our row of DfE\'s statistical-neighbour model', () => {
  it('reads Coventry\'s 10 neighbours, nearest first, each with its cell', () => {
    const { neighbours, issues } = read(MODEL);
    expect(issues).toEqual([]);
    expect(neighbours).toHaveLength(10);
    const line = MODEL.split('\n').findIndex((l) => l.startsWith('331,')) + 1;
    expect(neighbours![0]).toEqual({ code: expect.stringMatching(/^\d{3}$/), cell: { text: expect.any(String), line, column: 'E (sn_1)' } });
    expect(neighbours!.map((n) => n.code)).toEqual(MODEL.split('\n')[line - 1]!.split(',').filter((_, i) => i >= 4 && i % 2 === 0).slice(0, 10));
  });

  it('says when the model has no row for our council', () => {
    const { neighbours, issues } = read(MODEL, '999');
    expect(neighbours).toBeNull();
    expect(issues).toEqual([{ file: 'benchmarks/statistical-neighbours.csv', line: null, column: null, message: expect.stringMatching(/no row for Coventry \(old_la_code 999/) }]);
  });

  it('refuses a row with a neighbour missing, and a second row for our council', () => {
    const header = 'old_la_code,SN_1,SN_2,SN_3,SN_4,SN_5,SN_6,SN_7,SN_8,SN_9,SN_10';
    expect(read(`${header}\n331,1,2,3,4,5,6,7,8,9,\n`).issues).toEqual([{ file: 'benchmarks/statistical-neighbours.csv', line: 2, column: 'K (sn_10)', message: expect.stringMatching(/has no neighbour here/) }]);
    expect(read(`${header}\n331,1,2,3,4,5,6,7,8,9,10\n331,1,2,3,4,5,6,7,8,9,10\n`).issues).toEqual([{ file: 'benchmarks/statistical-neighbours.csv', line: 3, column: 'A (old_la_code)', message: expect.stringMatching(/already a row for Coventry.*line 2/) }]);
  });

  it('refuses a file without the model\'s columns', () => {
    const { issues } = read('old_la_code,la_name\n331,Coventry\n');
    expect(issues).toEqual([expect.objectContaining({ file: 'benchmarks/statistical-neighbours.csv', line: 1, message: expect.stringMatching(/missing the columns "sn_1", "sn_2"/) })]);
  });
});
