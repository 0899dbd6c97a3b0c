import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { readSite } from '../../../../src/load/site.ts';

function site(value: unknown) {
  const issues: ValidationIssue[] = [];
  const result = readSite(`${JSON.stringify(value, null, 2)}\n`, issues);
  return { ...result, issues };
}

const BASE = { organisation: 'Coventry City Council', title: 'Scorecard', comparators: [{ id: 'england', label: 'England' }] };
const OLD_CODES = ['330', '332', '333', '334', '335', '336', '340', '341', '342', '343'];

describe('site.json: local_authority and statistical_neighbours (benchmarks)', () => {
  it('are absent for a council without benchmarks, and the settings read as before', () => {
    const { site: config, issues, benchmarkSettings } = site(BASE);
    expect(issues).toEqual([]);
    expect(benchmarkSettings).toBeNull();
    expect(config).not.toHaveProperty('localAuthority');
  });

  it('reads the council\'s new_la_code, trimmed, and no neighbour list when it is left out', () => {
    const { issues, benchmarkSettings } = site({ ...BASE, local_authority: ' E08000026 ' });
    expect(issues).toEqual([]);
    expect(benchmarkSettings).toEqual({ localAuthority: 'E08000026', statisticalNeighbours: null, lines: expect.any(Object) });
    expect(benchmarkSettings!.lines.localAuthority).toBe(10);
  });

  it('reads ten neighbours, old or new codes, with the line of each', () => {
    const codes = [...OLD_CODES.slice(0, 9), 'E06000019'];
    const { issues, benchmarkSettings } = site({ ...BASE, local_authority: 'E08000026', statistical_neighbours: codes });
    expect(issues).toEqual([]);
    expect(benchmarkSettings!.statisticalNeighbours).toEqual(codes);
    expect(benchmarkSettings!.lines.neighbour(0)).toBe(12);
    expect(benchmarkSettings!.lines.neighbour(9)).toBe(21);
  });

  it.each([
    ['E8000026', /"local_authority" must be your council's new_la_code.*E08000026/],
    ['Coventry', /"local_authority" must be your council's new_la_code/],
    [331, /"local_authority" must be text in double quotes/],
  ])('refuses local_authority %j, saying what to write', (value, message) => {
    const { site: config, issues } = site({ ...BASE, local_authority: value });
    expect(config).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ file: 'site.json', line: 10, column: 'local_authority', message: expect.stringMatching(message) })]);
  });

  it('refuses a neighbour list that is not ten different codes of other councils', () => {
    const nine = site({ ...BASE, local_authority: 'E08000026', statistical_neighbours: OLD_CODES.slice(0, 9) });
    expect(nine.issues).toEqual([expect.objectContaining({ column: 'statistical_neighbours', message: expect.stringMatching(/lists 9 councils.*10/) })]);
    const twice = site({ ...BASE, local_authority: 'E08000026', statistical_neighbours: [...OLD_CODES.slice(0, 9), '330'] });
    expect(twice.issues).toEqual([expect.objectContaining({ column: 'statistical_neighbours[9]', line: 21, message: expect.stringMatching(/"330" is listed twice/) })]);
    const self = site({ ...BASE, local_authority: 'E08000026', statistical_neighbours: [...OLD_CODES.slice(0, 9), 'E08000026'] });
    expect(self.issues).toEqual([expect.objectContaining({ column: 'statistical_neighbours[9]', message: expect.stringMatching(/is your own council/) })]);
    const bad = site({ ...BASE, local_authority: 'E08000026', statistical_neighbours: [...OLD_CODES.slice(0, 9), 'Dudley'] });
    expect(bad.issues).toEqual([expect.objectContaining({ column: 'statistical_neighbours[9]', message: expect.stringMatching(/"Dudley" is not a council's code.*old_la_code.*new_la_code/) })]);
  });

  it('refuses neighbours without the council they are neighbours of', () => {
    const { site: config, issues } = site({ ...BASE, statistical_neighbours: OLD_CODES });
    expect(config).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ column: 'statistical_neighbours', message: expect.stringMatching(/"local_authority" is not.*Add "local_authority"/) })]);
  });
});
