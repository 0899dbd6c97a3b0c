// What issue 18's benchmarks are: every council's published figure for an indicator, year by year, from the
// Department for Education's files (Explore Education Statistics layout), and where this council stands among them.
// The loader (src/load/benchmarks/) fills BenchmarkSource; the rules (src/domain/benchmark/) compute the rest.
import type { PeriodId } from '../period.ts';

/** The GSS symbols DfE writes in place of a figure it does not publish. */
export const GSS_SYMBOLS = ['c', 'x', 'z', 'u', 'low'] as const;
export type GssSymbol = (typeof GSS_SYMBOLS)[number];

/** One area's published figure for one year: a number, or why there is none (a GSS symbol, or '' for a blank cell). */
export interface AreaFigure {
  /** new_la_code for councils (e.g. E08000026), region_code for regions, country_code for England. */
  code: string;
  /** old_la_code for councils (e.g. 331); '' for regions and England. */
  oldCode: string;
  name: string;
  value: number | null;
  /** Why value is null: the GSS symbol, or '' for a blank cell. */
  notPublished?: GssSymbol | '';
  /** From numerator_column/denominator_column of benchmarks.csv when mapped; null when not mapped or not published. */
  numerator: number | null;
  denominator: number | null;
  /** Where it came from, so a warning or a reader can check it. */
  file: string;
  line: number;
}

/** One indicator's figures for one year, as read from one file. */
export interface BenchmarkYearSource {
  /** The year's Q4: time_period 2025 ("Reporting year") or 202425 ("Financial year") is 2024-25-Q4. */
  period: PeriodId;
  england: AreaFigure | null;
  /** Every region's figure (the council's is picked by its region_code). */
  regions: AreaFigure[];
  /** Every council with a row that year, published or not. */
  councils: AreaFigure[];
}

/** One line of benchmarks.csv with the file's figures. */
export interface BenchmarkSource {
  indicatorId: string;
  /** As written in benchmarks.csv, relative to benchmarks/. */
  file: string;
  filter: Record<string, string>;
  valueColumn: string;
  numeratorColumn: string | null;
  denominatorColumn: string | null;
  years: BenchmarkYearSource[];
}

/** Who we are and who we compare with: site.json's local_authority and statistical_neighbours, resolved against the files. */
export interface BenchmarkArea {
  /** new_la_code from site.json. */
  code: string;
  /** Read from the files. */
  oldCode: string;
  name: string;
  regionCode: string;
  regionName: string;
  /** The 10 neighbours' new_la_codes (site.json may give old or new codes; the loader resolves them). */
  neighbours: string[];
}

export type QuartileBand = 'A' | 'B' | 'C' | 'D';

export type FunnelPosition = 'within' | 'above 95%' | 'above 99.8%' | 'below 95%' | 'below 99.8%';

export interface FunnelPoint {
  position: FunnelPosition;
  /** England's proportion (0–1) the limits are drawn round. */
  p0: number;
  /** The council's denominator. */
  n: number;
  /** The council's proportion (0–1). */
  p: number;
  limits: { lower95: number; upper95: number; lower998: number; upper998: number };
}

/** Where this council stands for one indicator in one year. */
export interface BenchmarkYear {
  period: PeriodId;
  /** Ours as DfE published it; null when suppressed. */
  council: AreaFigure | null;
  england: number | null;
  region: { code: string; name: string; value: number | null } | null;
  /** The mean of the neighbours' published values, of how many of the 10. */
  statNeighbours: { value: number | null; of: number; neighbours: AreaFigure[] };
  /** 1 = best by the indicator's polarity; ties share the best rank (R's ties.method = "min"); null for neutral indicators or when ours is not published. */
  rank: number | null;
  /** Councils with a published figure that year ("12th of 151"). */
  of: number;
  /** Councils in the file that year whose figure is not published. */
  suppressed: number;
  /** LAIT's band, A = best quarter; null for neutral indicators or when ours is not published. */
  quartile: QuartileBand | null;
  /** Only where counts are mapped and published. */
  funnel: FunnelPoint | null;
  /** Every council's published figure that year, for the strip chart. */
  councils: AreaFigure[];
}

export interface IndicatorBenchmark {
  indicatorId: string;
  file: string;
  /** Oldest first. */
  years: BenchmarkYear[];
}
