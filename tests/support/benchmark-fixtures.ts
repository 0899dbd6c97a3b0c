// Hand-made benchmarks (src/domain/benchmark/types.ts) for the pages' and charts' tests: every council's figure
// for a year, with ours, our neighbours, the region and England, as the loader and rules hand them over. Ranks are
// counted here the plain way (1 + how many councils are strictly better), so a test states only what it is about.
import type { AreaFigure, BenchmarkYear, FunnelPoint, GssSymbol, IndicatorBenchmark, QuartileBand } from '../../src/domain/benchmark/types.ts';
import type { Polarity } from '../../src/domain/types.ts';

export const FIXTURE_FILE = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';

export function areaFigure(code: string, name: string, value: number | null, overrides: Partial<AreaFigure> = {}): AreaFigure {
  return { code, oldCode: '', name, value, numerator: null, denominator: null, file: FIXTURE_FILE, line: 2, ...overrides };
}

/** A council that published no figure: its GSS symbol ('' for a blank cell). */
export function unpublished(code: string, name: string, symbol: GssSymbol | ''): AreaFigure {
  return areaFigure(code, name, null, { notPublished: symbol });
}

/** 1 + the councils strictly better than `value`: ties share the best rank. */
export function plainRank(values: readonly number[], value: number, polarity: Polarity): number {
  return 1 + values.filter((v) => (polarity === 'higher_is_better' ? v > value : v < value)).length;
}

export interface YearInput {
  period: string;
  /** Every council's row that year, published or not, ours among them. */
  councils: AreaFigure[];
  ourCode: string;
  neighbourCodes: readonly string[];
  polarity: Polarity;
  england: number | null;
  region?: { code: string; name: string; value: number | null } | null;
  quartile: QuartileBand | null;
  funnel?: FunnelPoint | null;
}

export function benchmarkYear(input: YearInput): BenchmarkYear {
  const published = input.councils.filter((c) => c.value !== null);
  const values = published.map((c) => c.value!);
  const council = input.councils.find((c) => c.code === input.ourCode) ?? null;
  const neighbours = input.neighbourCodes.map((code) => input.councils.find((c) => c.code === code)!);
  const neighbourValues = neighbours.filter((n) => n.value !== null).map((n) => n.value!);
  const ours = council?.value ?? null;
  return {
    period: input.period,
    council: ours === null ? null : council,
    england: input.england,
    region: input.region === undefined ? { code: 'E12000002', name: 'North West', value: 21.7 } : input.region,
    statNeighbours: {
      value: neighbourValues.length ? neighbourValues.reduce((a, b) => a + b, 0) / neighbourValues.length : null,
      of: neighbourValues.length,
      neighbours,
    },
    rank: ours === null || input.polarity === 'neutral' ? null : plainRank(values, ours, input.polarity),
    of: published.length,
    suppressed: input.councils.length - published.length,
    quartile: ours === null || input.polarity === 'neutral' ? null : input.quartile,
    funnel: input.funnel ?? null,
    councils: published,
  };
}

/** Spiegelhalter's limits round p0 for a council of size n, with the position of p. */
export function funnelPoint(p0: number, n: number, p: number): FunnelPoint {
  const half = (z: number) => z * Math.sqrt((p0 * (1 - p0)) / n);
  const limits = { lower95: p0 - half(1.959964), upper95: p0 + half(1.959964), lower998: p0 - half(3.090232), upper998: p0 + half(3.090232) };
  const position = p > limits.upper998 ? 'above 99.8%' : p > limits.upper95 ? 'above 95%' : p < limits.lower998 ? 'below 99.8%' : p < limits.lower95 ? 'below 95%' : 'within';
  return { position, p0, n, p, limits };
}

/** A small deterministic stream, so a fixture of many councils is the same in every run. */
function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return (state % 100_000) / 100_000;
  };
}

const NEIGHBOUR_NAMES = ['Bolton', 'Bury', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Wigan', 'St Helens', 'Sefton'];

export interface ManyOptions {
  period?: string;
  count?: number;
  ours?: number;
  polarity?: Polarity;
  /** Give every council counts (a denominator near `size`) so the funnel can be drawn. */
  counts?: boolean;
  /** How many councils (not ours or a neighbour) published no figure; the first is 'c', then 'x'. */
  suppressed?: number;
  /** How many neighbours published no figure ('c'). */
  neighboursSuppressed?: number;
  seed?: number;
}

export const OUR_CODE = 'E08000099';
export const OUR_NAME = 'Kesterley';

/**
 * A year of `count` councils (about England's 153) with figures spread round 22%, ours (Kesterley) at `ours` and
 * ten neighbours among them: the shape of DfE's re-referrals file.
 */
export function manyCouncilsYear(options: ManyOptions = {}): BenchmarkYear {
  const { period = '2024-25-Q4', count = 153, ours = 23.5, polarity = 'lower_is_better', counts = false, suppressed = 2, neighboursSuppressed = 0, seed = 7 } = options;
  const random = stream(seed);
  const councils: AreaFigure[] = [];
  for (let i = 0; i < count - 1; i++) {
    const code = `E0${String(6000001 + i).padStart(7, '0')}`;
    const name = i < NEIGHBOUR_NAMES.length ? NEIGHBOUR_NAMES[i]! : `Council ${i + 1}`;
    // Roughly normal round 22 (the sum of three uniforms), with a few far out.
    const value = Math.round((22 + (random() + random() + random() - 1.5) * 8 + (i % 37 === 5 ? 14 : 0)) * 10) / 10;
    // From a few dozen to tens of thousands, as councils' counts run (the Isles of Scilly to Kent).
    const denominator = Math.round(50 * 800 ** random());
    const figure = areaFigure(code, name, value, counts ? { denominator, numerator: Math.round((value / 100) * denominator) } : {});
    const hidden = i < NEIGHBOUR_NAMES.length ? i < neighboursSuppressed : i >= count - 1 - suppressed;
    councils.push(hidden ? unpublished(code, name, i === count - 2 ? 'x' : 'c') : figure);
  }
  const ourDenominator = 3504;
  const us = areaFigure(OUR_CODE, OUR_NAME, ours, { oldCode: '399', ...(counts ? { denominator: ourDenominator, numerator: Math.round((ours / 100) * ourDenominator) } : {}) });
  councils.splice(40, 0, us);
  const year = benchmarkYear({
    period,
    councils,
    ourCode: OUR_CODE,
    neighbourCodes: councils.filter((c) => NEIGHBOUR_NAMES.includes(c.name)).map((c) => c.code),
    polarity,
    england: 22.6,
    quartile: 'C',
  });
  if (counts) year.funnel = funnelPoint(0.226, ourDenominator, us.numerator! / ourDenominator);
  return year;
}

/** A benchmark of several years, oldest first, each made as manyCouncilsYear makes one. */
export function manyYearsBenchmark(years: readonly { period: string; ours: number }[], options: ManyOptions = {}): IndicatorBenchmark {
  return {
    indicatorId: 're-referrals-12-months',
    file: FIXTURE_FILE,
    years: years.map((y, i) => manyCouncilsYear({ ...options, period: y.period, ours: y.ours, seed: (options.seed ?? 7) + i })),
  };
}

// Ours as the loader's tests see it: one indicator's standing in two years (Coventry's re-referrals, 2024-25).

export function standingYear(period: string, overrides: Partial<BenchmarkYear> = {}): BenchmarkYear {
  const council: AreaFigure = { code: 'E08000026', oldCode: '331', name: 'Coventry', value: 18.5, numerator: 878, denominator: 4735, file: 'benchmarks/c1.csv', line: 76 };
  return {
    period, council, england: 22.6, region: { code: 'E12000005', name: 'West Midlands', value: 19.5 },
    statNeighbours: { value: 20.21, of: 10, neighbours: [] }, rank: 55, of: 153, suppressed: 0, quartile: 'B',
    funnel: { position: 'below 99.8%', p0: 0.2258, n: 4735, p: 0.1854, limits: { lower95: 0.214, upper95: 0.238, lower998: 0.207, upper998: 0.245 } },
    councils: [council], ...overrides,
  };
}

/** `indicatorId`'s benchmark for 2023-24 (rank 80, C, no funnel) and 2024-25 (rank 55, B, below 99.8%). */
export function makeBenchmark(indicatorId: string): IndicatorBenchmark {
  return {
    indicatorId, file: 'c1.csv',
    years: [standingYear('2023-24-Q4', { rank: 80, quartile: 'C', funnel: null, england: 22.4 }), standingYear('2024-25-Q4')],
  };
}
