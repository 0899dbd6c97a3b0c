// What a reader is told about a benchmark (issue 18): where this council stands among every council in DfE's
// published figures, in words and tables. The figures themselves (rank, band, averages, funnel position) come
// computed from the rules in src/domain/benchmark/; this module only words them and lays them out, so the
// sentence, the tables, the charts' text and the scorecard cell all say the same number.
import { ordinal, rankAmong } from '../../domain/benchmark/rank.ts';
import type { AreaFigure, BenchmarkYear, FunnelPosition, GssSymbol, IndicatorBenchmark, QuartileBand } from '../../domain/benchmark/types.ts';
import { formatCount, formatValue } from '../../domain/format.ts';
import { comparePeriods, financialYearLabel, periodEndDate } from '../../domain/period.ts';
import type { Indicator, PeriodId, Polarity } from '../../domain/types.ts';

/** DfE's years run to 31 March: the year a benchmark's Q4 closes, as councils write it ("2024/25"). */
export function yearLabel(period: PeriodId): string {
  return financialYearLabel(period);
}

/** The newest year published by `period` (at or before it, as comparators are); null when none is. */
export function yearAtOrBefore(benchmark: IndicatorBenchmark, period: PeriodId): BenchmarkYear | null {
  return benchmark.years.findLast((year) => comparePeriods(year.period, period) <= 0) ?? null;
}

/** The figures every council published that year, which a neighbour is ranked among as we are. */
function publishedValues(year: BenchmarkYear): number[] {
  return year.councils.flatMap((council) => (council.value === null ? [] : [council.value]));
}

/** "12th of 151 · A", the scorecard's cell; null when there is no rank (neutral, or ours not published). */
export function rankText(year: BenchmarkYear): string | null {
  if (year.rank === null) return null;
  return `${ordinal(year.rank)} of ${year.of}${year.quartile ? ` · ${year.quartile}` : ''}`;
}

/** Another council with exactly our figure: "joint 12th". */
function joint(year: BenchmarkYear, value: number): boolean {
  return year.councils.some((c) => c.value === value && c.code !== year.council?.code);
}

/**
 * Where our figure sits, in words: "12th lowest of 151 councils" (ranked best first; lowest for lower is better),
 * "the highest of 151 councils"; for a neutral indicator, its place from the top ("20th highest"), which is a
 * position, not a rank. Null when ours is not published.
 */
export function placeText(polarity: Polarity, year: BenchmarkYear): string | null {
  const value = year.council?.value ?? null;
  if (value === null) return null;
  // Lower is better: the best is the lowest. A neutral indicator is placed from the highest.
  const direction = polarity === 'lower_is_better' ? 'lowest' : 'highest';
  const place = polarity === 'neutral'
    ? 1 + year.councils.filter((c) => c.value !== null && c.value > value).length
    : year.rank;
  if (place === null) return null;
  const councils = `of ${formatCount(year.of)} councils`;
  if (place === 1 && !joint(year, value)) return `the ${direction} ${councils}`;
  return `${joint(year, value) ? 'joint ' : ''}${ordinal(place)} ${direction} ${councils}`;
}

/** What DfE's symbol in place of a figure means (GSS guidance on symbols), as the tables say it. */
export const NOT_PUBLISHED_WORDS: Readonly<Record<GssSymbol | '', string>> = {
  c: 'not published: confidential (c)',
  x: 'not available (x)',
  z: 'not applicable (z)',
  u: 'not published: low reliability (u)',
  low: 'not published: rounded to 0 (low)',
  '': 'not published (left blank)',
};

export function notPublishedWords(figure: Pick<AreaFigure, 'notPublished'>): string {
  return NOT_PUBLISHED_WORDS[figure.notPublished ?? ''];
}

/** A figure as the indicator shows its own. */
export function benchmarkValue(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number | null): string {
  return formatValue(value, indicator.unit, indicator.decimals);
}

/** Our name as DfE's file gives it, or the organisation's when our figure is not published. */
export function ourName(year: BenchmarkYear, fallback: string): string {
  return year.council?.name ?? fallback;
}

/**
 * The chart's one-sentence summary and the section's opening: "In 2024/25, Kesterley's 21.3% was 12th lowest of
 * 151 councils, band A; England 22.6%."
 */
export function benchmarkSummary(indicator: Pick<Indicator, 'unit' | 'decimals' | 'polarity'>, year: BenchmarkYear, name: string): string {
  const england = year.england === null ? '' : `; England ${benchmarkValue(indicator, year.england)}`;
  const when = `In ${yearLabel(year.period)}`;
  const value = year.council?.value ?? null;
  if (value === null) return `${when}, DfE did not publish ${name}'s figure${england}.`;
  const place = placeText(indicator.polarity, year);
  const band = year.quartile ? `, band ${year.quartile}` : '';
  return `${when}, ${name}'s ${benchmarkValue(indicator, value)} was ${place}${band}${england}.`;
}

/** What a quartile band means, for a reader who has not met LAIT's bands. */
export function bandMeaning(band: QuartileBand): string {
  const quarter = { A: 'the best quarter', B: 'the second quarter', C: 'the third quarter', D: 'the worst quarter' }[band];
  return `${quarter} of councils (A the best, D the worst)`;
}

/** Where the figures come from: "Department for Education, <file>: figures for the year to 31 March 2025 (2024/25), as published." */
export function sourceText(file: string, period: PeriodId): string {
  return `Department for Education, ${file}: figures for the year to 31 March ${periodEndDate(period).slice(0, 4)} (${yearLabel(period)}), as published.`;
}

/** "151 councils published a figure; 2 did not, so they are left out of the ranks, bands and averages." */
export function publishedSentence(year: BenchmarkYear): string {
  const councils = `${formatCount(year.of)} ${year.of === 1 ? 'council' : 'councils'}`;
  const when = yearLabel(year.period);
  if (year.suppressed === 0) return `All ${councils} in DfE's file published a figure for ${when}.`;
  return `${councils} published a figure for ${when}; ${formatCount(year.suppressed)} did not, so ${year.suppressed === 1 ? 'it is' : 'they are'} left out of the ranks, bands and averages.`;
}

/** A proportion (0–1) as a percentage at the indicator's precision. */
export function proportionText(indicator: Pick<Indicator, 'decimals'>, p: number): string {
  return formatValue(p * 100, 'percent', indicator.decimals);
}

/** Where a funnel position lies (as a sentence goes on, and as a fact begins), and what that means, in words. */
export const FUNNEL_WORDS: Record<FunnelPosition, { where: string; meaning: string }> = {
  within: { where: 'within the 95% limits', meaning: 'no further from England than chance alone often puts a council of its size' },
  'above 95%': { where: 'above the upper 95% limit', meaning: 'higher than chance alone would usually give a council of its size (about 1 time in 40)' },
  'above 99.8%': { where: 'above the upper 99.8% limit', meaning: 'far higher than chance alone would give a council of its size (about 1 time in 1,000)' },
  'below 95%': { where: 'below the lower 95% limit', meaning: 'lower than chance alone would usually give a council of its size (about 1 time in 40)' },
  'below 99.8%': { where: 'below the lower 99.8% limit', meaning: 'far lower than chance alone would give a council of its size (about 1 time in 1,000)' },
};

/** "Within the 95% limits", as a fact on its own. */
export function funnelWhere(position: FunnelPosition): string {
  const { where } = FUNNEL_WORDS[position];
  return `${where[0]!.toUpperCase()}${where.slice(1)}`;
}

/**
 * "In 2024/25, Kesterley's 23.5% (823 of 3,504) was within the 95% limits round England's 22.6%: no further from
 * England than chance alone often puts a council of its size." Null without a funnel point.
 */
export function funnelSentence(indicator: Pick<Indicator, 'decimals'>, year: BenchmarkYear, name: string): string | null {
  const point = year.funnel;
  if (point === null) return null;
  const council = year.council;
  const counts = council?.numerator != null && council.denominator != null ? ` (${formatCount(council.numerator)} of ${formatCount(council.denominator)})` : '';
  const words = FUNNEL_WORDS[point.position];
  return `In ${yearLabel(year.period)}, ${name}'s ${proportionText(indicator, point.p)}${counts} was ${words.where} round England's ${proportionText(indicator, point.p0)}: ${words.meaning}.`;
}

export interface NeighbourRow {
  code: string;
  name: string;
  /** The figure, or why there is none. */
  value: string;
  published: boolean;
  /** "12th" among every council with a figure; '' when not ranked. */
  rank: string;
  ours: boolean;
}

/**
 * Our neighbours and us, best first (by value for a neutral indicator: highest first), those without a figure
 * last in the order the neighbour list gives them.
 */
export function neighbourRows(indicator: Pick<Indicator, 'unit' | 'decimals' | 'polarity'>, year: BenchmarkYear, name: string): NeighbourRow[] {
  const councilValues = publishedValues(year);
  const row = (figure: AreaFigure, ours: boolean): NeighbourRow => {
    const rank = ours ? year.rank : figure.value === null ? null : rankAmong(figure.value, councilValues, indicator.polarity);
    return {
      code: figure.code,
      name: ours ? name : figure.name,
      value: figure.value === null ? notPublishedWords(figure) : benchmarkValue(indicator, figure.value),
      published: figure.value !== null,
      rank: rank === null ? '' : ordinal(rank),
      ours,
    };
  };
  const figures = [...(year.council ? [{ figure: year.council, ours: true }] : []), ...year.statNeighbours.neighbours.map((figure) => ({ figure, ours: false }))];
  const published = figures.filter((f) => f.figure.value !== null);
  const sign = indicator.polarity === 'lower_is_better' ? 1 : -1;
  published.sort((a, b) => sign * (a.figure.value! - b.figure.value!) || Number(b.ours) - Number(a.ours));
  return [...published, ...figures.filter((f) => f.figure.value === null)].map((f) => row(f.figure, f.ours));
}

/** "22.3%, the average of 9 of our 10 neighbours' figures". */
export function neighbourAverageText(indicator: Pick<Indicator, 'unit' | 'decimals'>, year: BenchmarkYear): string {
  const { value, of, neighbours } = year.statNeighbours;
  if (value === null) return `None of our ${neighbours.length} statistical neighbours published a figure for ${yearLabel(year.period)}.`;
  const ofText = of === neighbours.length ? `all ${of}` : `the ${of} of our ${neighbours.length} that published one`;
  return `Average of our statistical neighbours in ${yearLabel(year.period)}: ${benchmarkValue(indicator, value)}, from ${ofText}.`;
}

/** The neighbours' average as a fact on its own: "22.3%, the average of all 10", or "… of the 9 of our 10 that published one". */
export function neighbourAverageFact(indicator: Pick<Indicator, 'unit' | 'decimals'>, year: BenchmarkYear): string {
  const { value, of, neighbours } = year.statNeighbours;
  if (value === null) return `None of our ${neighbours.length} published a figure`;
  return `${benchmarkValue(indicator, value)}, the average of ${of === neighbours.length ? `all ${of}` : `the ${of} of our ${neighbours.length} that published one`}`;
}

export interface YearRow {
  period: PeriodId;
  year: string;
  value: string;
  /** "12th of 151"; '' when not ranked. */
  rank: string;
  band: string;
  england: string;
  region: string;
  neighbours: string;
}

/** Every year, newest first: our figure, rank and band, and the three comparisons. */
export function yearRows(indicator: Pick<Indicator, 'unit' | 'decimals'>, benchmark: IndicatorBenchmark, upTo: PeriodId): YearRow[] {
  const fmt = (value: number | null) => benchmarkValue(indicator, value);
  return benchmark.years
    .filter((year) => comparePeriods(year.period, upTo) <= 0)
    .reverse()
    .map((year) => ({
      period: year.period,
      year: yearLabel(year.period),
      value: year.council?.value != null ? fmt(year.council.value) : 'Not published',
      rank: year.rank === null ? '' : `${ordinal(year.rank)} of ${formatCount(year.of)}`,
      band: year.quartile ?? '',
      england: fmt(year.england),
      region: fmt(year.region?.value ?? null),
      neighbours: fmt(year.statNeighbours.value),
    }));
}

export type CouncilKind = 'ours' | 'neighbour' | 'other';

export interface CouncilRow {
  code: string;
  name: string;
  kind: CouncilKind;
  value: string;
  /** Ranked best first; '' for a neutral indicator. */
  rank: string;
  /** "823 of 3,504" where counts are published; ''. */
  counts: string;
}

/** Which councils the charts and tables mark: ours, and our neighbours. */
export function councilKind(year: BenchmarkYear, code: string): CouncilKind {
  if (year.council && code === year.council.code) return 'ours';
  return year.statNeighbours.neighbours.some((n) => n.code === code) ? 'neighbour' : 'other';
}

/** Every council with a published figure, best first (highest first for a neutral indicator), for the table under the charts. */
export function councilRows(indicator: Pick<Indicator, 'unit' | 'decimals' | 'polarity'>, year: BenchmarkYear, name: string): CouncilRow[] {
  const sign = indicator.polarity === 'lower_is_better' ? 1 : -1;
  const published = publishedValues(year);
  return year.councils
    .filter((c) => c.value !== null)
    .sort((a, b) => sign * (a.value! - b.value!) || a.name.localeCompare(b.name))
    .map((c) => {
      const kind = councilKind(year, c.code);
      const rank = kind === 'ours' ? year.rank : rankAmong(c.value!, published, indicator.polarity);
      return {
        code: c.code,
        name: kind === 'ours' ? name : c.name,
        kind,
        value: benchmarkValue(indicator, c.value),
        rank: rank === null ? '' : ordinal(rank),
        counts: c.numerator !== null && c.denominator !== null ? `${formatCount(c.numerator)} of ${formatCount(c.denominator)}` : '',
      };
    });
}
