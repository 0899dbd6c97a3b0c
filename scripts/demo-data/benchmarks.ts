// The demo's benchmarks (issue 18): DfE's published children in need file, with a row for Kesterley added each
// year, mapped to the demo indicators it measures (benchmarks.csv), and Kesterley's statistical neighbours.
//
// Kesterley is fictional, so no DfE file has it. The demo's copy of the file is DfE's exactly (dfe/, as downloaded)
// with one row per year for Kesterley inserted among the North West's councils, made-up codes E08000099 and 399.
// In the years the demo has, that row's figures are the demo's own Q4 figures, so reconciling the two agrees; the
// years before are invented near them. A council never edits DfE's files: it commits them exactly as published.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { periodEndDate } from '../../src/domain/period.ts';
import { funnelPoint } from '../../src/domain/benchmark/funnel.ts';
import { ordinal, rankAmong } from '../../src/domain/benchmark/rank.ts';
import type { Figures } from './series.ts';
import { PERIODS } from './periods.ts';
import { createRandom } from './random.ts';
import { csv, round } from './text.ts';

/** The DfE files the demo uses, kept exactly as published in scripts/demo-data/dfe/ (Open Government Licence v3.0). */
export const REFERRALS_FILE = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const DFE_DIR = path.join(import.meta.dirname, 'dfe');

/** The DfE files by name, as published: read once by scripts/make-demo-data.ts and the tests, and handed in. */
export function readDfeFiles(): Map<string, string> {
  return new Map([[REFERRALS_FILE, readFileSync(path.join(DFE_DIR, REFERRALS_FILE), 'utf8')]]);
}

/** Kesterley as DfE's files would name it: a metropolitan borough in the North West, with codes no council has. */
export const KESTERLEY = { newCode: 'E08000099', oldCode: '399', name: 'Kesterley', regionCode: 'E12000002', regionName: 'North West' } as const;

/**
 * Ten real North West metropolitan boroughs, by new_la_code: the neighbours a council like Kesterley would have in
 * DfE's statistical-neighbour model (Bolton, Bury, Oldham, Rochdale, Salford, Stockport, Tameside, Wigan, St Helens
 * and Sefton).
 */
export const STATISTICAL_NEIGHBOURS = [
  'E08000001', 'E08000002', 'E08000004', 'E08000005', 'E08000006', 'E08000007', 'E08000008', 'E08000010', 'E08000013', 'E08000014',
] as const;

/** Which demo indicator each column measures (benchmarks.csv): two percentages with their counts, and a neutral one without. */
export const BENCHMARK_MAPPINGS = [
  {
    indicatorId: 're-referrals-12-months', file: REFERRALS_FILE, filter: 'category=Referrals and Re-referrals',
    value: 'rereferral_percent', numerator: 'rereferral_count', denominator: 'referral_count',
  },
  {
    indicatorId: 'referrals-nfa', file: REFERRALS_FILE, filter: 'category=Referrals and Re-referrals',
    value: 'no_further_action_percent', numerator: 'no_further_action_count', denominator: 'referral_count',
  },
  { indicatorId: 'assessments-nfa', file: REFERRALS_FILE, filter: 'category=Referrals and Re-referrals', value: 'not_in_need_percent', numerator: '', denominator: '' },
] as const;

export function benchmarksCsv(): string {
  return csv(
    ['indicator_id', 'file', 'filter', 'value_column', 'numerator_column', 'denominator_column'],
    BENCHMARK_MAPPINGS.map((m) => [m.indicatorId, m.file, m.filter, m.value, m.numerator, m.denominator]),
  );
}

/** Kesterley's own stream for the years before the demo, so nothing else moves. */
const BENCHMARK_SEED = 20251030;

/** A percentage as DfE writes one: one decimal, without a trailing zero ("21", "22.6"). */
const dfePercent = (value: number) => String(round(value, 1));

/** The whole count nearest `share`% of `total` that DfE would round back to exactly `share`. */
function countFor(total: number, share: number): number {
  let count = Math.round((total * share) / 100);
  while (round((100 * count) / total, 1) < share) count += 1;
  while (round((100 * count) / total, 1) > share) count -= 1;
  return count;
}

/** The demo's Q4 figures for a year to 31 March (time_period 2025 is 2024-25-Q4), when the demo has that quarter. */
function demoQ4(figures: Figures, id: string, timePeriod: number) {
  const i = PERIODS.findIndex((period) => period.endsWith('Q4') && periodEndDate(period).startsWith(`${timePeriod}-`));
  return i < 0 ? undefined : figures.get(id)?.[i];
}

interface Row {
  [column: string]: string;
}

/** The columns that say which row it is rather than give a figure: Kesterley's take the region's councils' values. */
const IDENTITY = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name', 'category'];

/** Kesterley's row for one year, every column of the file filled in as DfE fills a council's. */
function kesterleyRow(header: readonly string[], like: Row, timePeriod: number, figures: Figures, england: Row, random: ReturnType<typeof createRandom>): string {
  // Every draw is made every year, used or not, so that a change to the demo's own figures moves no other year.
  const draws = { referrals: random.gaussian(150), rereferrals: random.gaussian(1.1), notInNeed: random.gaussian(1.5), nfa: random.gaussian(0.8), children: random.gaussian(0.3) };
  const rereferrals = demoQ4(figures, 're-referrals-12-months', timePeriod);
  const referralsNfa = demoQ4(figures, 'referrals-nfa', timePeriod);
  const notInNeed = demoQ4(figures, 'assessments-nfa', timePeriod);
  // A year of referrals is about four quarters' worth; before the demo, about as many as in its first years.
  const referrals = rereferrals?.denominator != null ? 4 * rereferrals.denominator : Math.round(3600 + draws.referrals);
  const rereferralShare = rereferrals?.value ?? round(24.6 + draws.rereferrals, 1);
  // Not in need follows England's rise over the years, a few points above it, as the demo's own figures are.
  const notInNeedShare = notInNeed?.value ?? round(Number(england['not_in_need_percent']) + 4 + draws.notInNeed, 1);
  const nfaShare = referralsNfa?.value ?? round(4.5 + draws.nfa, 1);
  const children = Math.round(referrals * 0.88);
  const childShare = round(rereferralShare - 1.2 + draws.children, 1);
  const values: Row = {
    ...Object.fromEntries(IDENTITY.map((column) => [column, like[column]!])),
    old_la_code: KESTERLEY.oldCode,
    new_la_code: KESTERLEY.newCode,
    la_name: KESTERLEY.name,
    referral_count: String(referrals),
    rereferral_count: String(countFor(referrals, rereferralShare)),
    rereferral_percent: dfePercent(rereferralShare),
    no_further_action_count: String(countFor(referrals, nfaShare)),
    no_further_action_percent: dfePercent(nfaShare),
    not_in_need_count: String(countFor(referrals, notInNeedShare)),
    not_in_need_percent: dfePercent(notInNeedShare),
    referral_child_count: String(children),
    rereferral_child_count: String(countFor(children, childShare)),
    rereferral_child_percent: dfePercent(childShare),
  };
  const missing = header.filter((column) => values[column] === undefined);
  if (missing.length > 0) throw new Error(`${REFERRALS_FILE}: no value for Kesterley's ${missing.join(', ')}: add it in scripts/demo-data/benchmarks.ts`);
  return header.map((column) => values[column]).join(',');
}

/**
 * DfE's file with Kesterley's row inserted each year where DfE would put it: among the North West's councils, in
 * order of name. Every other line is DfE's, byte for byte.
 */
export function withKesterley(text: string, figures: Figures): string {
  const lines = text.split('\n');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${REFERRALS_FILE}: ${parsed.errors[0]!.message}`);
  const header = parsed.meta.fields!;
  const rows = parsed.data;
  // Papa reads one row per line here (no field spans lines), so row r is line r + 1.
  if (rows.length !== lines.filter((line) => line !== '').length - 1) throw new Error(`${REFERRALS_FILE}: expected one row per line`);
  const years = [...new Set(rows.map((row) => Number(row['time_period'])))].sort((a, b) => a - b);
  const random = createRandom(BENCHMARK_SEED);
  const insertions = new Map<number, string>();
  for (const year of years) {
    const inYear = rows.map((row, r) => ({ row, line: r + 1 })).filter(({ row }) => Number(row['time_period']) === year);
    const region = inYear.filter(({ row }) => row['geographic_level'] === 'Local authority' && row['region_code'] === KESTERLEY.regionCode);
    const england = inYear.find(({ row }) => row['geographic_level'] === 'National');
    if (region.length === 0 || !england) throw new Error(`${REFERRALS_FILE}: no North West councils or no England row for ${year}`);
    const after = region.find(({ row }) => row['la_name']! > KESTERLEY.name);
    const at = after ? after.line : region.at(-1)!.line + 1;
    insertions.set(at, kesterleyRow(header, region[0]!.row, year, figures, england.row, random));
  }
  return lines.flatMap((line, i) => (insertions.has(i) ? [insertions.get(i)!, line] : [line])).join('\n');
}

/**
 * The latest quarter's narrative sentence that explains one comparison: where Kesterley's re-referrals stood among
 * every council in the latest year of the file, and what the funnel plot says of the gap from England. Worked out
 * here from the file as written (the site works the same figures out with its own rules, src/domain/benchmark/), so
 * the sentence changes with the figures.
 */
export function comparisonSentence(fileText: string): string {
  const rows = Papa.parse<Row>(fileText, { header: true, skipEmptyLines: true }).data;
  const latest = Math.max(...rows.map((row) => Number(row['time_period'])));
  const inYear = rows.filter((row) => Number(row['time_period']) === latest);
  const published = (row: Row) => /^\d+(\.\d+)?$/.test(row['rereferral_percent'] ?? '');
  const councils = inYear.filter((row) => row['geographic_level'] === 'Local authority' && published(row));
  const ours = councils.find((row) => row['new_la_code'] === KESTERLEY.newCode);
  const england = inYear.find((row) => row['geographic_level'] === 'National');
  const region = inYear.find((row) => row['geographic_level'] === 'Regional' && row['region_code'] === KESTERLEY.regionCode);
  if (!ours || !england || !region) throw new Error(`${REFERRALS_FILE}: Kesterley, England or the North West has no re-referral figure for ${latest}`);
  const value = Number(ours['rereferral_percent']);
  // The site's own rules, so the sentence and the indicator's page give the same rank and funnel position.
  const rank = rankAmong(value, councils.map((row) => Number(row['rereferral_percent'])), 'lower_is_better')!;
  const point = funnelPoint(
    { numerator: Number(ours['rereferral_count']), denominator: Number(ours['referral_count']) },
    { numerator: Number(england['rereferral_count']), denominator: Number(england['referral_count']) },
  );
  if (!point) throw new Error(`${REFERRALS_FILE}: Kesterley or England has no re-referral counts for ${latest}`);
  const side = point.position.startsWith('above') ? 'above' : 'below';
  const funnel = point.position.endsWith('99.8%')
    ? `${side} the 99.8% limits round England: further from England than chance alone would give a council of our size`
    : point.position.endsWith('95%')
      ? `${side} the 95% limits round England: further from England than chance alone would usually give a council of our size`
      : 'within the 95% limits round England: no further from England than chance alone often gives a council of our size, so the concern is that the rate has not come down, not that it is out of line';
  const compared = (other: Row) => (value > Number(other['rereferral_percent']) ? 'above' : value < Number(other['rereferral_percent']) ? 'below' : 'level with');
  const year = `${latest - 1}/${String(latest % 100).padStart(2, '0')}`;
  const againstRegion = compared(region) === compared(england) ? '' : `${compared(region)} `;
  return `Against every council, in the Department for Education's figures for ${year}, our re-referral rate of ${dfePercent(value)}% was ` +
    `${ordinal(rank)} lowest of ${councils.length}, ${compared(england)} England's ${england['rereferral_percent']}% and ${againstRegion}the North West's ` +
    `${region['rereferral_percent']}%. On the funnel plot it lies ${funnel}.`;
}
