import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { resolveArea } from '../../../../src/load/benchmarks/area.ts';
import type { CouncilEntry } from '../../../../src/load/benchmarks/ees-file.ts';
import type { BenchmarkSettings } from '../../../../src/load/benchmarks/site-settings.ts';

const council = (code: string, oldCode: string, name: string, period = '2024-25-Q4'): CouncilEntry =>
  ({ code, oldCode, name, regionCode: 'E12000005', regionName: 'West Midlands', period });
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => council(`E0800010${i}`, String(400 + i), `Neighbour ${i}`));
const COUNCILS = new Map([council('E08000026', '331', 'Coventry'), ...NEIGHBOURS].map((c) => [c.code, c]));

function settings(neighbours: string[] | null): BenchmarkSettings {
  return { localAuthority: 'E08000026', statisticalNeighbours: neighbours, lines: { localAuthority: 4, neighbour: (i) => 6 + i } };
}
const MODEL = `old_la_code,SN_1,SN_2,SN_3,SN_4,SN_5,SN_6,SN_7,SN_8,SN_9,SN_10\n331,${NEIGHBOURS.map((n) => n.oldCode).join(',')}\n`;

function resolve(s: BenchmarkSettings, model?: string, councils = COUNCILS) {
  const issues: ValidationIssue[] = [];
  return { area: resolveArea(s, councils, model, issues), issues };
}

describe('resolveArea', () => {
  it('takes our old code, name and region from the files, and the neighbours from the model by old code', () => {
    const { area, issues } = resolve(settings(null), MODEL);
    expect(issues).toEqual([]);
    expect(area).toEqual({ code: 'E08000026', oldCode: '331', name: 'Coventry', regionCode: 'E12000005', regionName: 'West Midlands', neighbours: NEIGHBOURS.map((n) => n.code) });
  });

  it('takes site.json\'s neighbours instead, old or new codes', () => {
    const listed = NEIGHBOURS.map((n, i) => (i % 2 === 0 ? n.oldCode : n.code));
    expect(resolve(settings(listed)).area!.neighbours).toEqual(NEIGHBOURS.map((n) => n.code));
  });

  it('reads an old code as the council that had it most recently', () => {
    const moved = new Map(COUNCILS);
    moved.set('E06000099', council('E06000099', '400', 'Newer', '2023-24-Q4'));
    moved.set('E10000099', council('E10000099', '400', 'Older', '2018-19-Q4'));
    moved.delete('E08000100');
    expect(resolve(settings(null), MODEL, moved).area!.neighbours[0]).toBe('E06000099');
  });

  it('refuses a neighbour no file has, at the place it is written', () => {
    const listed = [...NEIGHBOURS.slice(0, 9).map((n) => n.code), '999'];
    expect(resolve(settings(listed)).issues).toEqual([{ file: 'site.json', line: 15, column: 'statistical_neighbours[9]', message: expect.stringMatching(/no council in the benchmark files has the old_la_code "999"/) }]);
    expect(resolve(settings(null), MODEL.replace(',409\n', ',E06000999\n')).issues)
      .toEqual([{ file: 'benchmarks/statistical-neighbours.csv', line: 2, column: 'K (sn_10)', message: expect.stringMatching(/new_la_code "E06000999"/) }]);
  });

  it('asks for neighbours when neither site.json nor the model gives them', () => {
    const { area, issues } = resolve(settings(null));
    expect(area).toBeNull();
    expect(issues).toEqual([{ file: 'site.json', line: 4, column: 'local_authority', message: expect.stringMatching(/there is no benchmarks\/statistical-neighbours.csv. Add DfE's statistical-neighbour model.*or list the neighbours/) }]);
  });

  it('gives nothing when our council is in none of the files (each file has said so)', () => {
    expect(resolve(settings(null), MODEL, new Map())).toEqual({ area: null, issues: [] });
  });
});
