// The indicator catalogue (catalogue.json): each indicator as indicators.csv holds it, with its targets, comparators
// and commentary, and how its figures behave. Read here, checked against a schema, and every problem reported at
// its line in the file with the key's path, as the site reports a problem in site.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatIssues, issue, type ValidationIssue } from '../../src/load/issue.ts';
import { readJsonFile, reportSchemaIssues } from '../../src/load/json-file.ts';
import { periodOrdinal } from '../../src/domain/period.ts';
import { OPERATORS, POLARITIES, UNITS, type Indicator, type Operator } from '../../src/domain/types.ts';
import { SERIES_NAMES, type QuarterSeries, type SeriesName } from './front-door.ts';
import { FIRST, PERIODS, quarterIndex, type FinancialQuarter } from './periods.ts';

export const CATALOGUE_FILE = path.join(import.meta.dirname, 'catalogue.json');
export const COMPARATOR_IDS = ['stat_neighbours', 'region', 'england'] as const;
export type ComparatorId = (typeof COMPARATOR_IDS)[number];

// ---------------------------------------------------------------------------------------------------------
// The file's schema

const LAST = PERIODS.at(-1)!;
const notAQuarter = (text: string): string => `"${text}" is not one of the demo's quarters: write a period from ${FIRST} to ${LAST}, e.g. "2024-25-Q1".`;
const quarter = z.string().refine((text) => quarterIndex(text) !== null, { error: (problem) => notAQuarter(String(problem.input)) });
/** Values by quarter. The keys are checked here rather than by a key schema, whose message zod replaces with its own. */
const byQuarter = <T extends z.ZodType>(value: T) => z.record(z.string(), value).superRefine((record, ctx) => {
  for (const key of Object.keys(record)) if (quarterIndex(key) === null) ctx.addIssue({ code: 'custom', path: [key], message: notAQuarter(key) });
});
const text = z.string().trim().min(1, { error: 'this text is empty: write it, or leave the key out.' });
const phrases = z.array(text).min(1).optional();

const modelSchema = z.strictObject({
  /** Why the figures move as they do (the story behind the knots). */
  comment: z.string().optional(),
  /** [quarter, level]: straight lines between knots, flat before the first and after the last; two knots a quarter apart make a step. */
  level: z.array(z.tuple([quarter, z.number()])).min(1),
  /** By financial quarter: a multiplier for counts, points added for anything else. */
  season: z.strictObject({ Q1: z.number().optional(), Q2: z.number().optional(), Q3: z.number().optional(), Q4: z.number().optional() }).optional(),
  /** Quarter-to-quarter noise: relative for counts (0.04 is 4%), otherwise in the indicator's units. */
  noise: z.number().min(0),
  /** Share of last quarter's noise carried into this one, for stocks such as children in care at the quarter's end. */
  carry: z.number().min(0).lt(1).optional(),
  /** The quarters a story depends on, at exactly these values. */
  fixed: byQuarter(z.number()).optional(),
  /** Quarters with no figure ("not available"). */
  blank: z.array(quarter).optional(),
}).refine((model) => model.level.every(([p], k) => k === 0 || periodOrdinal(p) > periodOrdinal(model.level[k - 1]![0])), {
  error: 'the knots of "level" must be in order of their quarters, each quarter once.',
  path: ['level'],
});

const term = z.strictObject({ series: z.enum(SERIES_NAMES), times: z.number().positive().optional(), lag: z.int().min(0).max(3).optional() });
const countsSchema = z.strictObject({
  /** The denominator each quarter: a typical size, a straight line from the first quarter, or a sum of named series. */
  base: z.union([z.number().positive(), z.strictObject({ from: z.number().positive(), step: z.number() }), z.array(term).min(1)]).optional(),
  /** Relative noise on the denominator. */
  spread: z.number().min(0).optional(),
  /** Reuse an earlier indicator's denominators (the same cohort, e.g. the same audits). */
  shareWith: z.string().optional(),
  /** Mostly the same children from one quarter to the next: the percentage moves only by the model's noise. */
  cohort: z.literal(true).optional(),
}).refine((counts) => (counts.base === undefined) !== (counts.shareWith === undefined), {
  error: 'give the counts a "base" or a "shareWith", one of the two.',
});

const targetSchema = z.strictObject({
  comment: z.string().optional(),
  from: quarter,
  target: z.number().nullable(),
  operator: z.enum(OPERATORS).optional(),
  amber: z.number().min(0).optional(),
});

const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'an id is lower-case letters and digits joined by hyphens, e.g. "cp-visits-10-days".' }),
  title: text,
  theme: text,
  unit: z.enum(UNITS, { error: `the unit is one of ${UNITS.map((u) => `"${u}"`).join(', ')}.` }),
  polarity: z.enum(POLARITIES, { error: `the polarity is one of ${POLARITIES.map((p) => `"${p}"`).join(', ')}.` }),
  amber: z.number().min(0).nullable(),
  decimals: z.int().min(0).max(3).nullable(),
  definition: text,
  source: text,
  /** The first quarter with a row (an indicator collected from partway). */
  start: quarter.optional(),
  /** Collected once a year at 31 March: a figure only in Q4 files; the other quarters' rows are blank. */
  annual: z.literal(true).optional(),
  /** Figures worked out from a named series (front-door.ts). */
  series: z.enum(SERIES_NAMES).optional(),
  /** Figures given quarter by quarter; a quarter left out has no figure. */
  figures: byQuarter(z.number().min(0)).optional(),
  model: modelSchema.optional(),
  counts: countsSchema.optional(),
  targets: z.array(targetSchema).min(1).optional(),
  /** Comparators' values by the period they describe. */
  comparators: z.strictObject({
    stat_neighbours: byQuarter(z.number()).optional(),
    region: byQuarter(z.number()).optional(),
    england: byQuarter(z.number()).optional(),
  }).optional(),
  /** Hand-written officer commentary by quarter. */
  notes: byQuarter(text).optional(),
  /** Why a red figure missed its target and what is being done: commentary for a red quarter with no note. */
  missed: phrases,
  /** Phrases for filler commentary, by whether the movement was good or bad (or context, for a neutral measure). */
  better: phrases,
  worse: phrases,
  context: phrases,
});

const catalogueSchema = z.array(indicatorSchema).min(1).superRefine((indicators, ctx) => {
  const seen = new Map<string, number>();
  indicators.forEach((indicator, k) => {
    const first = seen.get(indicator.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [k, 'id'], message: `"${indicator.id}" is the id of indicator ${first + 1} too: give each indicator its own id.` });
    else seen.set(indicator.id, k);
    const sources = (['series', 'figures', 'model'] as const).filter((key) => indicator[key] !== undefined);
    if (sources.length !== 1) {
      ctx.addIssue({ code: 'custom', path: [k], message: `"${indicator.id}" needs exactly one of "series", "figures" or "model" to give its figures; it has ${sources.length === 0 ? 'none' : sources.map((key) => `"${key}"`).join(' and ')}.` });
    }
    const shareWith = indicator.counts?.shareWith;
    if (shareWith !== undefined) {
      const other = indicators.slice(0, k).find((earlier) => earlier.id === shareWith);
      if (!other?.counts?.base) {
        ctx.addIssue({ code: 'custom', path: [k, 'counts', 'shareWith'], message: `"${shareWith}" is not an earlier indicator with counts of its own: name one above this one that has "counts" with a "base".` });
      }
    }
    if (indicator.counts && indicator.unit !== 'percent') {
      ctx.addIssue({ code: 'custom', path: [k, 'counts'], message: `only a percentage is built from counts, and "${indicator.id}" is a ${indicator.unit}: remove "counts".` });
    }
  });
});

type IndicatorEntry = z.infer<typeof indicatorSchema>;

// ---------------------------------------------------------------------------------------------------------
// What the generator works with: quarters as indexes (0 is the first quarter), series as functions.

/** [quarter index, level]. */
export type Knots = [number, number][];

export interface Model {
  level: Knots;
  season?: Partial<Record<FinancialQuarter, number>>;
  noise: number;
  carry?: number;
  fixed?: Record<number, number>;
  blank?: number[];
}

export interface Counts {
  base: number | ((i: number) => number);
  spread?: number;
  shareWith?: string;
  cohort?: boolean;
}

export interface TargetSpec {
  id: string;
  period: string;
  target: number | null;
  operator?: Operator;
  amber?: number;
}

/** An indicator as indicators.csv will hold it, plus how its figures behave. */
export interface Spec extends Omit<Indicator, 'partOf'> {
  model?: Model;
  /** Figures given or worked out, one for each quarter (null: no figure). */
  derived?: (number | null)[];
  counts?: Counts;
  start?: number;
  annual?: boolean;
  notes?: Record<number, string>;
  missed?: string[];
  better?: string[];
  worse?: string[];
  context?: string[];
  targets: TargetSpec[];
  /** Each comparator's values, in order of period. */
  comparators?: Partial<Record<ComparatorId, [period: string, value: number][]>>;
}

const index = (period: string): number => quarterIndex(period)!;
const byIndex = <T>(record: Record<string, T>): Record<number, T> =>
  Object.fromEntries(Object.entries(record).map(([period, value]) => [index(period), value]));

function countBase(base: NonNullable<NonNullable<IndicatorEntry['counts']>['base']>, series: Record<SeriesName, QuarterSeries>): Counts['base'] {
  if (typeof base === 'number') return base;
  if (!Array.isArray(base)) return (i) => base.from + base.step * i;
  // Summed from 0 in the file's order, so 0.4 × last quarter's referrals + 0.55 × this quarter's is that sum exactly.
  return (i) => base.reduce((sum, t) => sum + (t.times ?? 1) * series[t.series](i - (t.lag ?? 0)), 0);
}

function toSpec(entry: IndicatorEntry, series: Record<SeriesName, QuarterSeries>): Spec {
  const { id, title, theme, unit, polarity, amber, decimals, definition, source } = entry;
  const spec: Spec = { id, title, theme, unit, polarity, amber, decimals, definition, source, targets: [] };
  if (entry.model) {
    const { level, season, noise, carry, fixed, blank } = entry.model;
    spec.model = { level: level.map(([period, value]) => [index(period), value]), noise };
    if (season) spec.model.season = season;
    if (carry !== undefined) spec.model.carry = carry;
    if (fixed) spec.model.fixed = byIndex(fixed);
    if (blank) spec.model.blank = blank.map(index);
  }
  if (entry.series) spec.derived = PERIODS.map((_, i) => series[entry.series!](i));
  if (entry.figures) spec.derived = PERIODS.map((period) => entry.figures![period] ?? null);
  if (entry.counts) {
    const { base, spread, shareWith, cohort } = entry.counts;
    spec.counts = { base: base === undefined ? 0 : countBase(base, series) };
    if (spread !== undefined) spec.counts.spread = spread;
    if (shareWith !== undefined) spec.counts.shareWith = shareWith;
    if (cohort) spec.counts.cohort = true;
  }
  if (entry.start !== undefined) spec.start = index(entry.start);
  if (entry.annual) spec.annual = true;
  if (entry.notes) spec.notes = byIndex(entry.notes);
  for (const key of ['missed', 'better', 'worse', 'context'] as const) if (entry[key]) spec[key] = entry[key];
  spec.targets = (entry.targets ?? []).map(({ from, target, operator, amber: targetAmber }) => ({
    id, period: from, target, ...(operator ? { operator } : {}), ...(targetAmber !== undefined ? { amber: targetAmber } : {}),
  }));
  if (entry.comparators) {
    spec.comparators = {};
    for (const comparator of COMPARATOR_IDS) {
      const values = entry.comparators[comparator];
      if (values) spec.comparators[comparator] = Object.entries(values).sort(([a], [b]) => periodOrdinal(a) - periodOrdinal(b));
    }
  }
  return spec;
}

export type CatalogueResult = { ok: true; specs: Spec[] } | { ok: false; issues: ValidationIssue[] };

/** Reads catalogue text; `file` names it in the problems found. Pure: no file is read. */
export function parseCatalogue(source: string, file: string, series: Record<SeriesName, QuarterSeries>): CatalogueResult {
  const issues: ValidationIssue[] = [];
  const json = readJsonFile(source, file, issues, {
    contents: 'the indicators between [ and ]',
    trailing: 'there is more text after the closing ] of the indicators. Remove it, or move it inside the [ ].',
  });
  if (!json) return { ok: false, issues };
  const parsed = catalogueSchema.safeParse(json.value);
  if (!parsed.success) {
    reportSchemaIssues(json, parsed.error.issues, issues);
    return { ok: false, issues };
  }
  return { ok: true, specs: parsed.data.map((entry) => toSpec(entry, series)) };
}

/** Reads catalogue.json, or throws with every problem at its line. */
export function readCatalogue(series: Record<SeriesName, QuarterSeries>, file = CATALOGUE_FILE): Spec[] {
  const shown = path.relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(formatIssues([issue(shown, null, null, `cannot be read: ${(error as Error).message}`)]), { cause: error });
  }
  const result = parseCatalogue(source, shown, series);
  if (!result.ok) throw new Error(`The demo's indicator catalogue has problems:\n${formatIssues(result.issues)}`);
  return result.specs;
}
