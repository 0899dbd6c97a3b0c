// The shapes of validated data. Everything here is produced by src/load and consumed by the rules and pages;
// nothing downstream of the loader ever sees raw CSV.
import type { DataUrl } from '../escape/url.ts';
import type { BenchmarkArea, BenchmarkSource, IndicatorBenchmark } from './benchmark/types.ts';
import type { LicenceId } from './licence.ts';
import type { PeriodId } from './period.ts';
import type { QualityData } from './quality/types.ts';

export const UNITS = ['percent', 'count', 'rate_per_10000', 'days', 'number'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * Which of an indicator's numerator and denominator count children, young people or families (indicators.csv
 * `counts_of_people`), so that disclosure control protects them whatever the unit.
 */
export const COUNTS_OF_PEOPLE = ['both', 'numerator', 'denominator', 'none'] as const;
export type CountsOfPeople = (typeof COUNTS_OF_PEOPLE)[number];

export const OPERATORS = ['>=', '<=', '>', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

// Defined with the period rules: quality/types.ts takes it from there, as this file imports quality/types.ts.
export type { PeriodId } from './period.ts';

export interface Comparator {
  id: string;
  label: string;
}

export interface SiteConfig {
  organisation: string;
  title: string;
  comparators: Comparator[];
  /** Site-wide default amber tolerance, in each indicator's own units; null when none. */
  amber: number | null;
  /** One paragraph shown under the home page heading. */
  description: string;
  /** Where readers send questions or report a problem: what to show, and the checked address; null when none. */
  contact: { text: string; url: DataUrl } | null;
  /** The licence statement printed in the footer and the downloads (the council's own terms when licenceId is null). */
  licence: string;
  /** The licence chosen in site.json (or the default), by its SPDX identifier; null for the council's own terms ("licence_text"). */
  licenceId: LicenceId | null;
  /** When the accessibility statement was last reviewed (`YYYY-MM-DD`); null when not given. */
  statementDate: string | null;
  /** Small-count suppression, opt-in; null publishes every figure (see src/domain/disclosure.ts). */
  disclosure: { minimumCount: number } | null;
  /** Quarters being prepared (site.json "drafts"): shown in previews, left out of the published site. */
  drafts: PeriodId[];
  /** site.json "site_url": the host's address, e.g. `https://www.kesterley.gov.uk`; null when not given (SITE_URL overrides). */
  siteUrl: string | null;
  /** site.json "base_path": the folder on the host, e.g. `/children/`; null when not given (BASE_PATH overrides). */
  basePath: string | null;
}

export interface Indicator {
  id: string;
  title: string;
  theme: string;
  unit: Unit;
  polarity: Polarity;
  /** Default amber tolerance in the indicator's units; null falls back to site.json. */
  amber: number | null;
  /** Decimal places to show; null means the unit's default. */
  decimals: number | null;
  definition: string;
  source: string;
  /** The count indicator this count is one part of (the parts add up to it); null when none. */
  partOf: string | null;
  /**
   * Which of the numerator and denominator are counts of people (indicators.csv `counts_of_people`); left out,
   * the unit's default (see countsOfPeople in disclosure.ts): the denominator for days, both otherwise.
   */
  countsOfPeople?: CountsOfPeople;
}

/** One row of targets.csv: applies from `period` until a later row for the same indicator. */
export interface TargetRow {
  indicatorId: string;
  period: PeriodId;
  /** null ends any target from this period. */
  target: number | null;
  /** null means the polarity's default (validated: neutral indicators always state it). */
  operator: Operator | null;
  /** null falls back to the indicator's amber, then the site's. */
  amber: number | null;
}

/** The target in force for one indicator in one period, with every default resolved. */
export interface ResolvedTarget {
  value: number;
  operator: Operator;
  /** Tolerance in the indicator's units; null means no amber band (a miss is red). */
  amber: number | null;
  /** The period of the targets.csv row this came from. */
  from: PeriodId;
}

export interface QuarterValue {
  indicatorId: string;
  period: PeriodId;
  /** null means "not available". */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  commentary: string;
}

export interface ComparatorValue {
  indicatorId: string;
  comparatorId: string;
  period: PeriodId;
  value: number;
}

export interface Dataset {
  site: SiteConfig;
  /** In file order; pages keep this order within a theme. */
  indicators: Indicator[];
  targets: TargetRow[];
  /** Every period that has a quarter file, oldest first. */
  periods: PeriodId[];
  values: QuarterValue[];
  comparatorValues: ComparatorValue[];
  /** Quality assurance: grade scales, audits, domain grades, schedule, actions and narratives; empty lists when none are published. */
  quality: QualityData;
  /** From glossary.csv, in file order; empty when there is no glossary. */
  glossary: GlossaryEntry[];
  /** From spc-rebase.csv: changes to a service from which SPC limits are recalculated; empty when there is none. */
  spcRebases: SpcRebaseRow[];
  /** Benchmarks against every council from DfE's files (issue 18); absent when the council publishes none. */
  benchmarks?: DatasetBenchmarks;
}

/** DfE's figures for every council (benchmarks.csv and benchmarks/), as read, and where we stand, as computed once. */
export interface DatasetBenchmarks {
  area: BenchmarkArea;
  /** In benchmarks.csv order. */
  sources: BenchmarkSource[];
  /** One for each source, in the same order (src/domain/benchmark/indicator-benchmark.ts). */
  indicators: IndicatorBenchmark[];
  /** The DfE publication each file is from, by file name (relative to benchmarks/), where benchmarks.csv names it. */
  publications: Map<string, string>;
}

/** One row of spc-rebase.csv. */
export interface SpcRebaseRow {
  indicatorId: string;
  /** The first quarter of the new limits. */
  period: PeriodId;
  /** What changed, shown at the break in the chart. */
  reason: string;
}

/** One row of glossary.csv: an abbreviation or term and what it means. */
export interface GlossaryEntry {
  term: string;
  /** What the abbreviation stands for, e.g. "Child in care" for CiC. */
  expansion: string;
  /** '' when not given. */
  definition: string;
}

export type RagStatus = 'green' | 'amber' | 'red' | 'no_target' | 'no_data';

export type Direction = 'improving' | 'worsening' | 'up' | 'down' | 'no_change' | 'not_applicable';

export type Judgement = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not_applicable';
