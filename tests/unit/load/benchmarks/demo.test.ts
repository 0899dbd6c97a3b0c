// The demo council's benchmarks (data/benchmarks/: DfE's referrals file with Kesterley's rows added, and ten real
// North West neighbours in site.json), loaded as a build loads them, against the same figures worked out from the
// raw file by the tests' own simple code (tests/support/benchmark-recompute.ts), for every year in the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/load/dataset.ts';
import { csv, recompute } from '../../../support/benchmark-recompute.ts';

const DATA = path.resolve(import.meta.dirname, '../../../../data');
const site = JSON.parse(readFileSync(path.join(DATA, 'site.json'), 'utf8')) as { local_authority: string; statistical_neighbours: string[] };
const mappings = csv(readFileSync(path.join(DATA, 'benchmarks.csv'), 'utf8'));
const { dataset, issues } = await loadDataset(DATA);

describe("the demo's benchmarks, recomputed independently from data/benchmarks/", () => {
  it('loads without a problem, and maps more than one indicator', () => {
    expect(issues).toEqual([]);
    expect(mappings.length).toBeGreaterThan(1);
  });

  for (const mapping of mappings) {
    it(`${mapping['indicator_id']}: England, region, neighbours' average, rank, band and funnel position for every year`, () => {
      const indicator = dataset!.indicators.find((i) => i.id === mapping['indicator_id'])!;
      const filters = (mapping['filter'] ?? '').split(';').filter(Boolean).map((pair) => pair.split('=') as [string, string]);
      const rows = csv(readFileSync(path.join(DATA, 'benchmarks', mapping['file']!), 'utf8')).filter((r) => filters.every(([k, v]) => r[k] === v));
      const benchmark = dataset!.benchmarks!.indicators.find((b) => b.indicatorId === indicator.id)!;
      const years = [...new Set(rows.map((r) => r['time_period']!))];
      expect(benchmark.years.length).toBe(years.length);
      const counts = mapping['numerator_column'] ? [mapping['numerator_column'], mapping['denominator_column']!] as [string, string] : undefined;
      for (const year of years) {
        const want = recompute({
          rows, ours: site.local_authority, neighbours: site.statistical_neighbours, column: mapping['value_column']!, year,
          lowerIsBetter: indicator.polarity === 'neutral' ? null : indicator.polarity === 'lower_is_better', counts,
        });
        const got = benchmark.years.find((y) => y.period === `${Number(year) - 1}-${year.slice(2)}-Q4`)!;
        expect({
          council: got.council?.value ?? null, england: got.england, region: got.region?.value ?? null, of: got.statNeighbours.of,
          rank: got.rank, outOf: got.of, suppressed: got.suppressed, band: got.quartile, funnel: got.funnel?.position ?? null,
        }, `${indicator.id} ${year}`).toEqual({ ...want, neighbours: undefined });
        expect(got.statNeighbours.value).toBeCloseTo(want.neighbours!, 10);
      }
    });
  }
});
