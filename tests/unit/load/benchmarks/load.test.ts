import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/load/dataset.ts';
import { COMPARATORS_CSV, Q1_CSV, csv, dataDirWith, loadWith } from '../../../support/load-fixtures.ts';

const OURS = { code: 'E08000001', old: '350', name: 'Bolton' };
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => ({ code: `E080000${10 + i}`, old: String(360 + i), name: `Neighbour ${i + 1}` }));
const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,rate';
const council = (c: { code: string; old: string; name: string }, value: string | number) => `2025,Reporting year,Local authority,E92000001,England,E12000002,North West,${c.old},${c.code},${c.name},${value}`;
const EES = csv(
  HEADER,
  '2025,Reporting year,National,E92000001,England,,,,,,70',
  '2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,97',
  council(OURS, 70.5),
  ...NEIGHBOURS.map((n, i) => council(n, i === 9 ? 'c' : 60 + i)),
);
const MODEL = csv(`old_la_code,la_name,${Array.from({ length: 10 }, (_, i) => `SN_${i + 1},SN_${i + 1}P`).join(',')}`, `350,Bolton,${NEIGHBOURS.map((n) => `${n.old},Close `).join(',')}`);
const SITE = (extra: Record<string, unknown> = {}) => `${JSON.stringify({
  organisation: 'Bolton Council', title: 'Scorecard', comparators: [{ id: 'england', label: 'England' }, { id: 'region', label: 'North West' }], ...extra,
}, null, 2)}\n`;
const MAPPING = csv('indicator_id,file,filter,value_column', 'cla-rate,cla.csv,,rate');
const BENCHMARKED = {
  'site.json': SITE({ local_authority: OURS.code }),
  'benchmarks.csv': MAPPING,
  'benchmarks/cla.csv': EES,
  'benchmarks/statistical-neighbours.csv': MODEL,
};

describe('loadDataset with benchmarks', () => {
  it('leaves a council without benchmark files exactly as before: no benchmarks, no comparator figures added', async () => {
    const { dataset, issues, warnings } = await loadWith();
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset).not.toHaveProperty('benchmarks');
    expect(dataset!.comparatorValues).toHaveLength(2);
  });

  it('reads them, and gives England and the region as the comparators site.json lists, at the year\'s Q4', async () => {
    const { dataset, issues } = await loadWith(BENCHMARKED);
    expect(issues).toEqual([]);
    const [benchmark] = dataset!.benchmarks!.indicators;
    expect(benchmark).toMatchObject({ indicatorId: 'cla-rate', file: 'cla.csv' });
    expect(benchmark!.years[0]).toMatchObject({ period: '2024-25-Q4', england: 70, rank: 10, of: 10, suppressed: 1, statNeighbours: { value: 64, of: 9 } });
    expect(dataset!.benchmarks!.area.neighbours).toEqual(NEIGHBOURS.map((n) => n.code));
    // stat_neighbours is not in site.json's comparators, so it is not given as one.
    expect(dataset!.comparatorValues.filter((c) => c.period === '2024-25-Q4')).toEqual([
      { indicatorId: 'cla-rate', comparatorId: 'england', period: '2024-25-Q4', value: 70 },
      { indicatorId: 'cla-rate', comparatorId: 'region', period: '2024-25-Q4', value: 97 },
    ]);
  });

  it('asks for benchmarks.csv when site.json gives local_authority, and for local_authority when there is benchmarks.csv', async () => {
    const { issues } = await loadWith({ 'site.json': SITE({ local_authority: OURS.code }) });
    expect(issues).toEqual([{ file: 'site.json', line: 14, column: 'local_authority', message: expect.stringMatching(/"local_authority" is given, but there is no benchmarks.csv.*Add benchmarks.csv/) }]);
    const reverse = await loadWith({ ...BENCHMARKED, 'site.json': SITE() });
    expect(reverse.issues).toEqual([{ file: 'benchmarks.csv', line: null, column: null, message: expect.stringMatching(/site.json does not say which council you are.*"local_authority": "E08000026"/) }]);
  });

  it('refuses a file that is not in benchmarks/, suggesting the one with the same name in other capitals', async () => {
    const { issues } = await loadWith({ ...BENCHMARKED, 'benchmarks/cla.csv': null, 'benchmarks/CLA.csv': EES });
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'B (file)', message: expect.stringMatching(/^there is no file benchmarks\/cla.csv.*There is a file called "benchmarks\/CLA.csv": rename it/) }]);
  });

  it('refuses a file without the council\'s code', async () => {
    const { issues } = await loadWith({ ...BENCHMARKED, 'site.json': SITE({ local_authority: 'E08000002' }) });
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'B (file)', message: expect.stringMatching(/benchmarks\/cla.csv has no row for your council, E08000002/) }]);
  });

  it('asks for the neighbours when there is no model file and site.json lists none', async () => {
    const { issues } = await loadWith({ ...BENCHMARKED, 'benchmarks/statistical-neighbours.csv': null });
    expect(issues).toEqual([expect.objectContaining({ file: 'site.json', column: 'local_authority', message: expect.stringMatching(/statistical neighbours/) })]);
  });

  it('reads the neighbours from site.json instead of the model, and warns that the model is not read', async () => {
    const { dataset, warnings } = await loadWith({ ...BENCHMARKED, 'site.json': SITE({ local_authority: OURS.code, statistical_neighbours: NEIGHBOURS.map((n) => n.old).reverse() }) });
    expect(dataset!.benchmarks!.area.neighbours).toEqual(NEIGHBOURS.map((n) => n.code).reverse());
    expect(warnings.map((w) => w.file)).toEqual(['benchmarks/statistical-neighbours.csv']);
  });

  it('refuses comparators.csv giving the same indicator, comparator and period as a benchmark file', async () => {
    const { issues } = await loadWith({ ...BENCHMARKED, 'comparators.csv': `${COMPARATORS_CSV}cla-rate,region,2024-25-Q4,97\n` });
    expect(issues).toEqual([{ file: 'comparators.csv', line: 4, column: 'C (period)', message: expect.stringMatching(/"region" figure for "cla-rate" in 2024-25-Q4 comes from benchmarks\/cla.csv \(benchmarks.csv, line 2\)/) }]);
  });

  it('warns where our own Q4 figure and DfE\'s for the same year differ by more than rounding, with both figures, the file and line', async () => {
    const quarter = (rate: string) => Q1_CSV.replace('cla-rate,70.5,210,29800,', `cla-rate,${rate},,,`);
    const dir = dataDirWith({ ...BENCHMARKED, 'quarters/2024-25-Q3.csv': quarter('71'), 'quarters/2024-25-Q4.csv': quarter('72.4') });
    const { issues, warnings } = await loadDataset(dir);
    expect(issues).toEqual([]);
    const reconciling = (found: typeof warnings) => found.filter((w) => w.message.includes('DfE published'));
    expect(reconciling(warnings)).toEqual([{
      file: 'quarters/2024-25-Q4.csv', line: 2, column: 'B (value)',
      message: expect.stringMatching(/your figure for Q4 2024\/25 is 72.4, but DfE published 70.5 for Bolton for the year 2024\/25 \(benchmarks\/cla.csv, line 4\)/),
    }]);
    const close = await loadDataset(dataDirWith({ ...BENCHMARKED, 'quarters/2024-25-Q3.csv': quarter('71'), 'quarters/2024-25-Q4.csv': quarter('70.54') }));
    expect(reconciling(close.warnings)).toEqual([]);
  });

  it('warns of a file in benchmarks/ that benchmarks.csv does not name, even without benchmarks', async () => {
    const { issues, warnings } = await loadWith({ 'benchmarks/b1.csv': EES });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ file: 'benchmarks/b1.csv', message: expect.stringMatching(/not read/) })]);
  });
});
