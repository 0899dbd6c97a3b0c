import { describe, expect, it } from 'vitest';
import { benchmarkIndicator, benchmarkYearAt, latestBenchmarkYear } from '../../../../src/domain/benchmark/indicator-benchmark.ts';
import type { AreaFigure, BenchmarkArea, BenchmarkSource } from '../../../../src/domain/benchmark/types.ts';

let line = 1;
function figure(code: string, value: number | null, extra: Partial<AreaFigure> = {}): AreaFigure {
  return { code, oldCode: code.startsWith('E0') ? code.slice(-3) : '', name: `Area ${code}`, value, numerator: null, denominator: null, file: 'c1.csv', line: line++, ...extra };
}

const OURS = 'E08000026';
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => `E0800010${i}`);
const AREA: BenchmarkArea = { code: OURS, oldCode: '331', name: 'Coventry', regionCode: 'E12000005', regionName: 'West Midlands', neighbours: NEIGHBOURS };

function source(councils: AreaFigure[], extra: Partial<BenchmarkSource> = {}): BenchmarkSource {
  return {
    indicatorId: 'rereferrals', file: 'c1.csv', filter: {}, valueColumn: 'rereferral_percent', numeratorColumn: null, denominatorColumn: null,
    years: [{
      period: '2024-25-Q4',
      england: figure('E92000001', 22.6, { numerator: 142900, denominator: 632830 }),
      regions: [figure('E12000004', 25), figure('E12000005', 19.5)],
      councils,
    }],
    ...extra,
  };
}

// Ours 18.5; neighbours 10, 20, …, 80 and two not published (c and blank); two other councils.
const COUNCILS = [
  figure(OURS, 18.5, { numerator: 878, denominator: 4735 }),
  ...NEIGHBOURS.map((code, i) => (i < 8 ? figure(code, (i + 1) * 10) : figure(code, null, { notPublished: i === 8 ? 'c' : '' }))),
  figure('E06000001', 18.5),
  figure('E06000002', 5),
];

describe('benchmarkIndicator', () => {
  it('gives England, our region, the neighbours\' average of those published, our rank, band and the suppressed count', () => {
    const [year] = benchmarkIndicator(source(COUNCILS), AREA, 'lower_is_better').years;
    expect(year).toMatchObject({
      period: '2024-25-Q4',
      council: { code: OURS, value: 18.5 },
      england: 22.6,
      region: { code: 'E12000005', name: 'Area E12000005', value: 19.5 },
      // Published: 18.5, 10…80, 18.5 and 5 (11 councils); 2 not published.
      of: 11,
      suppressed: 2,
      // Better: 10 and 5; 18.5 is shared with another council, which does not push ours down.
      rank: 3,
    });
    expect(year!.statNeighbours.value).toBe(45);
    expect(year!.statNeighbours.of).toBe(8);
    expect(year!.statNeighbours.neighbours.map((n) => n.code)).toEqual(NEIGHBOURS);
    expect(year!.councils).toHaveLength(11);
    // Sorted: 5, 10, 18.5, 18.5, 20, 30, 40, 50, 60, 70, 80; R's type-7 quartiles: q25 = 18.5, so ours is on the boundary: A.
    expect(year!.quartile).toBe('A');
    expect(year!.funnel).toBeNull();
  });

  it('flips rank and band when higher is better, and gives neither for a neutral indicator', () => {
    const higher = benchmarkIndicator(source(COUNCILS), AREA, 'higher_is_better').years[0]!;
    expect(higher.rank).toBe(8);
    expect(higher.quartile).toBe('D');
    const neutral = benchmarkIndicator(source(COUNCILS), AREA, 'neutral').years[0]!;
    expect(neutral.rank).toBeNull();
    expect(neutral.quartile).toBeNull();
    expect(neutral.of).toBe(11);
  });

  it('places us on the funnel where counts are mapped, even for a neutral indicator', () => {
    const counted = source(COUNCILS, { numeratorColumn: 'rereferral_count', denominatorColumn: 'referral_count' });
    const neutral = benchmarkIndicator(counted, AREA, 'neutral').years[0]!;
    expect(neutral.funnel).toMatchObject({ position: 'below 99.8%', n: 4735 });
    expect(neutral.funnel!.p0).toBeCloseTo(142900 / 632830, 12);
  });

  it('gives no rank or band, and no funnel, when our own figure is not published', () => {
    const councils = COUNCILS.map((c) => (c.code === OURS ? { ...c, value: null, notPublished: 'c' as const } : c));
    const year = benchmarkIndicator(source(councils, { numeratorColumn: 'n', denominatorColumn: 'd' }), AREA, 'lower_is_better').years[0]!;
    expect(year).toMatchObject({ council: null, rank: null, quartile: null, of: 10, suppressed: 3 });
  });

  it('has no neighbours\' average when none of them published a figure', () => {
    const councils = COUNCILS.map((c) => (NEIGHBOURS.includes(c.code) ? { ...c, value: null, notPublished: 'x' as const } : c));
    expect(benchmarkIndicator(source(councils), AREA, 'lower_is_better').years[0]!.statNeighbours).toMatchObject({ value: null, of: 0 });
  });

  it('lists the years oldest first and finds the latest, or the latest at or before a quarter', () => {
    const two = source(COUNCILS);
    two.years = [{ ...two.years[0]!, period: '2024-25-Q4' }, { ...two.years[0]!, period: '2022-23-Q4' }];
    const benchmark = benchmarkIndicator(two, AREA, 'lower_is_better');
    expect(benchmark.years.map((y) => y.period)).toEqual(['2022-23-Q4', '2024-25-Q4']);
    expect(latestBenchmarkYear(benchmark)?.period).toBe('2024-25-Q4');
    expect(benchmarkYearAt(benchmark, '2024-25-Q3')?.period).toBe('2022-23-Q4');
    expect(benchmarkYearAt(benchmark, '2025-26-Q1')?.period).toBe('2024-25-Q4');
    expect(benchmarkYearAt(benchmark, '2021-22-Q4')).toBeNull();
  });
});
