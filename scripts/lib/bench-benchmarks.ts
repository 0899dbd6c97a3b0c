// What benchmarks against every council cost a build (issue 18): a copy of a data folder with 20 of its
// indicators mapped to 20 of DfE's files of about 2,000 rows each (the sample referrals file, one copy per
// indicator, the worst case: no file shared), read, indexed and computed as a build does, beside loading the
// data. Goal: under 500 ms.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchmarkComparatorValues } from '../../src/domain/benchmark/comparator-values.ts';
import { benchmarkIndicator } from '../../src/domain/benchmark/indicator-benchmark.ts';
import { loadBenchmarks } from '../../src/load/benchmarks/load.ts';
import { loadDataset } from '../../src/load/dataset.ts';
import type { ValidationIssue } from '../../src/load/issue.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** DfE's files, unchanged, as the Coventry fixture holds them. */
const SAMPLE = path.join(root, 'tests', 'fixtures', 'benchmarks-coventry', 'benchmarks');
const REFERRALS = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const COVENTRY = 'E08000026';

export interface BenchmarksCost {
  indicators: number;
  /** Data rows in each file. */
  rows: number;
  /** Reading benchmarks.csv and the files, indexing them and computing every year's standing (median of five). */
  benchmarksMs: number;
  /** The same in CPU time, which other work on a busy machine does not inflate as it does the wall clock. */
  benchmarksCpuMs: number;
  /** Loading the whole data folder with the benchmarks, and the same folder without them (medians of five). */
  loadWithMs: number;
  loadWithoutMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchmarksCost(template: string, count = 20): Promise<BenchmarksCost> {
  const first = await loadDataset(template);
  if (!first.dataset) throw new Error(`${template} has ${first.issues.length} problems; run npm run validate`);
  // Counts are not benchmarked (src/load/benchmarks/mapping.ts says why).
  const ids = first.dataset.indicators.filter((indicator) => indicator.unit !== 'count').slice(0, count).map((indicator) => indicator.id);
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-benchmarks-'));
  const without = path.join(folder, 'without');
  const withBenchmarks = path.join(folder, 'with');
  try {
    await cp(template, without, { recursive: true });
    // Typed comparators would clash with the files' England, region and neighbours' figures: the files give them here.
    await rm(path.join(without, 'comparators.csv'), { force: true });
    for (const name of ['benchmarks.csv', 'benchmarks']) await rm(path.join(without, name), { recursive: true, force: true });
    const site = JSON.parse(await readFile(path.join(without, 'site.json'), 'utf8')) as Record<string, unknown>;
    delete site['local_authority'];
    delete site['statistical_neighbours'];
    await writeFile(path.join(without, 'site.json'), JSON.stringify(site, null, 2));
    await cp(without, withBenchmarks, { recursive: true });
    await writeFile(path.join(withBenchmarks, 'site.json'), JSON.stringify({ ...site, local_authority: COVENTRY }, null, 2));
    await cp(path.join(SAMPLE, 'statistical-neighbours.csv'), path.join(withBenchmarks, 'benchmarks', 'statistical-neighbours.csv'));
    const lines = ['indicator_id,file,filter,value_column,numerator_column,denominator_column'];
    for (const [i, id] of ids.entries()) {
      const file = `c1_copy_${String(i + 1).padStart(2, '0')}.csv`;
      await cp(path.join(SAMPLE, REFERRALS), path.join(withBenchmarks, 'benchmarks', file));
      lines.push(`${id},${file},category=Referrals and Re-referrals,rereferral_percent,rereferral_count,referral_count`);
    }
    await writeFile(path.join(withBenchmarks, 'benchmarks.csv'), `${lines.join('\n')}\n`);
    const rows = (await readFile(path.join(SAMPLE, REFERRALS), 'utf8')).trim().split('\n').length - 1;

    const settings = { localAuthority: COVENTRY, statisticalNeighbours: null, lines: { localAuthority: 1, neighbour: () => 1 } };
    const polarities = new Map(first.dataset.indicators.map((indicator) => [indicator.id, indicator.polarity]));
    const comparatorIds = new Set(first.dataset.site.comparators.map((comparator) => comparator.id));
    const benchmarkTimes: number[] = [];
    const benchmarkCpu: number[] = [];
    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const issues: ValidationIssue[] = [];
      let t0 = performance.now();
      const cpu = process.cpuUsage();
      const read = await loadBenchmarks(withBenchmarks, { settings, siteRead: true, indicatorIds: new Set(ids), units: new Map() }, issues, []);
      const computed = read!.sources.map((source) => benchmarkIndicator(source, read!.area, polarities.get(source.indicatorId)!));
      benchmarkComparatorValues(computed, comparatorIds);
      benchmarkTimes.push(performance.now() - t0);
      const used = process.cpuUsage(cpu);
      benchmarkCpu.push((used.user + used.system) / 1000);
      if (issues.length > 0 || read === null) throw new Error(`the benchmark data has problems: ${issues.map((issue) => issue.message).join('; ')}`);
      t0 = performance.now();
      const loaded = await loadDataset(withBenchmarks);
      withTimes.push(performance.now() - t0);
      if (loaded.dataset?.benchmarks?.indicators.length !== ids.length) throw new Error(`the data with benchmarks has ${loaded.issues.length} problems: ${loaded.issues.map((issue) => issue.message).join('; ')}`);
      t0 = performance.now();
      await loadDataset(without);
      withoutTimes.push(performance.now() - t0);
    }
    return { indicators: ids.length, rows, benchmarksMs: median(benchmarkTimes), benchmarksCpuMs: median(benchmarkCpu), loadWithMs: median(withTimes), loadWithoutMs: median(withoutTimes) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
