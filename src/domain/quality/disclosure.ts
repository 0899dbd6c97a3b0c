// Disclosure control for quality assurance: with site.json's "disclosure" on, no count of audits (each one a
// child's or family's case) from 1 to minimum - 1 is published, and no withheld count can be worked out from
// the counts that are.
//
// The QA figures are sums of the quarter's audit cells (the rows of the audits CSV: one activity, service area,
// month, auditor's grade and moderated grade), in many overlapping tables: grades before and after moderation,
// by type, by service area, by month, the movement table, pass-line and lowest-grade shares. So, rather than a
// rule per table (which would miss a route through another table), every figure is taken as what it is: a
// linear sum of cells. The sums are found by evaluating the report itself once per cell with that cell set to
// 1 and the others to 0, so every number the report holds is covered, whatever table it is in.
//
// Primary: a figure from 1 to minimum - 1 is withheld; so is a share whose count or total is, or whose rest
// (total - count) is in that range. Secondary: while a withheld figure, or a small rest, is a linear
// combination of published figures (it could be worked out from them), the smallest published figure in
// that combination is withheld too. The same figure shown in two places is one figure, so it is shown or
// withheld in both. Domain grades (audit-domains/) are cells of their own. Each quarter stands alone: no
// figure sums across quarters, and a previous quarter's figures beside this one's are as that quarter
// published them.
import { group } from 'd3';
import { isSmallCount, type DisclosureRule } from '../disclosure.ts';
import { previousPeriod } from '../period.ts';
import type { PeriodId } from '../types.ts';
import { qualityReport, type QualityReport } from './report.ts';
import { compareDomains } from './domains.ts';
import type { Action, AuditRow, DomainGradeRow, Grade, GradeScale, Narrative, QualityData, UngradedRow } from './types.ts';

/** A figure as published: every count may be withheld (null, shown as `c`). */
export type Published<T> = T extends number
  ? number | null
  : T extends string | boolean | null | undefined
    ? T
    : T extends GradeScale | Grade | Action | Narrative
      ? T
      : T extends readonly (infer U)[]
        ? Published<U>[]
        : { [K in keyof T]: Published<T[K]> };

export type PublishedReport = Published<QualityReport> & {
  /** True when any count on the quarter's page is withheld (this quarter's or the previous quarter's beside it), so it explains c. */
  withheld: boolean;
};

/** One row of the audits CSV: the audits of one activity with the same area, month and grades, added up. */
export type AuditCell = Omit<AuditRow, 'count'> & { count: number | null };
export type UngradedCell = Omit<UngradedRow, 'count'> & { count: number | null };

export interface PublishedQuarter {
  report: PublishedReport;
  /** The audits CSV's rows for the quarter, in file order; count null where withheld. */
  audits: AuditCell[];
  ungraded: UngradedCell[];
  /** How many figures (distinct sums) were withheld: for npm run validate, never published. */
  withheld: { primary: number; secondary: number };
}

/** Fields that hold no count of this quarter's audits: left as they are (previous is filled in from that quarter). */
const NOT_COUNTS = new Set(['percent', 'previous', 'actions', 'narrative', 'scale']);

function cellKey(row: AuditRow | UngradedRow): string {
  return 'auditorGrade' in row
    ? JSON.stringify(['graded', row.activity, row.serviceArea, row.month, row.auditorGrade, row.moderatedGrade])
    : JSON.stringify(['ungraded', row.activity, row.serviceArea, row.month]);
}

/** Rows with the same key added together, in order of first appearance. */
function aggregate<T extends { count: number }>(rows: readonly T[], key: (row: T) => string): T[] {
  const cells = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const found = cells.get(k);
    cells.set(k, found ? { ...found, count: found.count + row.count } : { ...row });
  }
  return [...cells.values()];
}

/** Every number the report holds, by where it is; arrays of domains by name, as they are sorted by their shares. */
function leaves(value: unknown, path: string, out: Map<string, number>): void {
  if (typeof value === 'number') {
    out.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const domain = item !== null && typeof item === 'object' && typeof (item as { domain?: unknown }).domain === 'string' ? `d:${(item as { domain: string }).domain}` : String(i);
      leaves(item, `${path}/${domain}`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_COUNTS.has(key)) leaves(item, `${path}.${key}`, out);
  }
}

/** Every object with a count and a total (a share), by path: its rest, total - count, is a count too. */
function sharePaths(values: ReadonlyMap<string, number>): string[] {
  return [...values.keys()].filter((p) => p.endsWith('.count') && values.has(`${p.slice(0, -'.count'.length)}.total`)).map((p) => p.slice(0, -'.count'.length));
}

interface Functional {
  coefficients: Float64Array;
  value: number;
  /** A figure the site publishes (else only a rest, never published). */
  figure: boolean;
  withheld: boolean;
  primary: boolean;
  /** Order of first appearance, for ties. */
  order: number;
}

const EPSILON = 1e-9;

/** A basis of the published figures' span in reduced row echelon form: is a sum of cells a combination of them? */
class Span {
  private readonly rows: Float64Array[] = [];
  private readonly pivots: number[] = [];

  add(vector: Float64Array): void {
    const x = this.reduce(vector);
    let pivot = -1;
    for (let j = 0; j < x.length; j++) if (Math.abs(x[j]!) > EPSILON && (pivot < 0 || Math.abs(x[j]!) > Math.abs(x[pivot]!))) pivot = j;
    if (pivot < 0) return;
    const scale = x[pivot]!;
    for (let j = 0; j < x.length; j++) x[j]! /= scale;
    // Clear the new pivot's column from the other rows, so that one pass of reduce() is enough.
    for (const row of this.rows) {
      const factor = row[pivot]!;
      if (Math.abs(factor) > EPSILON) for (let j = 0; j < x.length; j++) row[j]! -= factor * x[j]!;
    }
    this.rows.push(x);
    this.pivots.push(pivot);
  }

  private reduce(vector: Float64Array): Float64Array {
    const x = Float64Array.from(vector);
    this.rows.forEach((row, b) => {
      const factor = x[this.pivots[b]!]!;
      if (Math.abs(factor) > EPSILON) for (let j = 0; j < x.length; j++) x[j]! -= factor * row[j]!;
    });
    return x;
  }

  /** True when the figure can be worked out from the published ones. */
  contains(vector: Float64Array): boolean {
    return this.reduce(vector).every((v) => Math.abs(v) <= 1e-7);
  }
}

/**
 * Decides which functionals are withheld, in place. A figure is safe once some change to the cells (moving
 * one audit from one cell to another, or adding one) alters it but leaves every published figure as it is:
 * a reader then cannot tell the two apart. So for each withheld figure (or small rest) that the published
 * figures still pin down, the move that alters the fewest published counts (weighted by size, so that small
 * figures go before the totals readers most need) is chosen and every published figure it alters is withheld.
 * Those are then safe by the same move, and stay safe as only more is withheld, so this ends.
 */
function suppress(functionals: Functional[], width: number, rule: DisclosureRule): void {
  for (const f of functionals) {
    if (f.figure && isSmallCount(f.value, rule)) {
      f.withheld = true;
      f.primary = true;
    }
  }
  const sensitive = functionals.filter((f) => f.withheld || isSmallCount(f.value, rule));
  for (;;) {
    const published = functionals.filter((f) => f.figure && !f.withheld);
    const span = new Span();
    for (const f of published) span.add(f.coefficients);
    const exposed = functionals.find((f) => (f.withheld || sensitive.includes(f)) && span.contains(f.coefficients));
    if (exposed === undefined) return;
    const s = exposed.coefficients;
    let best: { cost: number; altered: Functional[] } | null = null;
    const consider = (i: number, j: number | null) => {
      if (s[i]! === (j === null ? 0 : s[j]!)) return;
      const altered = published.filter((p) => p.coefficients[i]! !== (j === null ? 0 : p.coefficients[j]!));
      const cost = altered.reduce((sum, p) => sum + p.value, 0);
      if (best === null || cost < best.cost || (cost === best.cost && altered.length < best.altered.length)) best = { cost, altered };
    };
    for (let i = 0; i < width; i++) {
      consider(i, null);
      for (let j = i + 1; j < width; j++) consider(i, j);
    }
    // s is not zero, so some move alters it; a move that alters no published figure means s was not pinned down.
    const chosen = best as { cost: number; altered: Functional[] } | null;
    if (chosen === null || chosen.altered.length === 0) throw new Error('Disclosure control: no change to the cells hides a figure that can be worked out');
    for (const p of chosen.altered) p.withheld = true;
  }
}

/** The quarter's report with every figure as published, the CSV rows, and the counts withheld. */
function publishQuarter(quality: QualityData, period: PeriodId, rule: DisclosureRule | null, previous: PublishedReport | null): PublishedQuarter {
  const inPeriod = <T extends { period: PeriodId }>(rows: readonly T[]) => rows.filter((row) => row.period === period);
  const others = <T extends { period: PeriodId }>(rows: readonly T[]) => rows.filter((row) => row.period !== period);
  const graded = aggregate(inPeriod(quality.audits), cellKey);
  const ungraded = aggregate(inPeriod(quality.ungraded), cellKey);
  const domains = aggregate(inPeriod(quality.domainGrades), (row) => JSON.stringify([row.activity, row.domain, row.grade]));
  const reportOf = (g: readonly AuditRow[], u: readonly UngradedRow[], d: readonly DomainGradeRow[]) => qualityReport({
    ...quality,
    audits: [...others(quality.audits), ...g],
    ungraded: [...others(quality.ungraded), ...u],
    domainGrades: [...others(quality.domainGrades), ...d],
  }, period);
  const raw = reportOf(graded, ungraded, domains);
  const withPrevious = (report: Published<QualityReport>, withheld: boolean): PublishedReport => {
    const done = {
      ...report,
    activities: report.activities.map((a) => ({ ...a, previous: a.previous && previousActivity(previous, a.activity, a.scale.id, a.previous, rule === null) })),
      byServiceArea: report.byServiceArea.map((g) => ({ ...g, previous: g.previous && previousArea(previous, g.key, g.previous, rule === null) })),
    };
    const shares = [...done.activities.flatMap((a) => (a.previous ? [a.previous.headline] : [])), ...done.byServiceArea.flatMap((g) => g.previous?.headlines ?? [])];
    const previousWithheld = [...done.activities, ...done.byServiceArea].some((x) => x.previous !== null && x.previous.graded === null)
      || shares.some((h) => h.count === null || h.total === null);
    return { ...done, withheld: withheld || previousWithheld };
  };
  if (rule === null) return { report: withPrevious(raw, false), audits: graded, ungraded, withheld: { primary: 0, secondary: 0 } };

  const values = new Map<string, number>();
  leaves(raw, '', values);
  const width = graded.length + ungraded.length + domains.length;
  const coefficients = new Map<string, Float64Array>([...values.keys()].map((p) => [p, new Float64Array(width)]));
  // The report is a sum of cells, so its figure at each path with cell i at 1 and the rest at 0 is i's coefficient.
  for (let i = 0; i < width; i++) {
    const unit = <T extends { count: number }>(rows: readonly T[], offset: number) => rows.map((row, j) => ({ ...row, count: j + offset === i ? 1 : 0 }));
    const probe = new Map<string, number>();
    leaves(reportOf(unit(graded, 0), unit(ungraded, graded.length), unit(domains, graded.length + ungraded.length)), '', probe);
    if (probe.size !== values.size) throw new Error(`Disclosure control: the report for ${period} changes shape with its counts`);
    for (const [p, value] of probe) {
      const row = coefficients.get(p);
      if (row === undefined) throw new Error(`Disclosure control: the report for ${period} changes shape with its counts (${p})`);
      row[i] = value;
    }
  }
  // One functional per distinct sum: the same figure in two places is shown or withheld in both.
  const functionals = new Map<string, Functional>();
  const functionalOf = (vector: Float64Array, value: number, figure: boolean): Functional | null => {
    if (vector.every((c) => c === 0)) return null;
    const key = vector.join(',');
    let f = functionals.get(key);
    if (!f) {
      f = { coefficients: vector, value, figure, withheld: false, primary: false, order: functionals.size };
      functionals.set(key, f);
    }
    f.figure ||= figure;
    return f;
  };
  const byPath = new Map<string, Functional | null>();
  for (const [p, value] of values) byPath.set(p, functionalOf(coefficients.get(p)!, value, true));
  // Each CSV row is a figure: one cell.
  const cellFunctionals = Array.from({ length: width }, (_, i) => {
    const vector = new Float64Array(width);
    vector[i] = 1;
    const count = i < graded.length ? graded[i]!.count : i < graded.length + ungraded.length ? ungraded[i - graded.length]!.count : domains[i - graded.length - ungraded.length]!.count;
    return functionalOf(vector, count, i < graded.length + ungraded.length);
  });
  // The rest of each share (e.g. audits not graded good) is a count too, never published but not to be worked out.
  for (const p of sharePaths(values)) {
    const total = coefficients.get(`${p}.total`)!;
    const count = coefficients.get(`${p}.count`)!;
    if (isSmallCount(values.get(`${p}.total`)! - values.get(`${p}.count`)!, rule)) functionalOf(total.map((t, j) => t - count[j]!), values.get(`${p}.total`)! - values.get(`${p}.count`)!, false);
  }
  suppress([...functionals.values()], width, rule);

  const withheldAt = (p: string) => byPath.get(p)?.withheld === true;
  const rebuild = (value: unknown, path: string): unknown => {
    if (typeof value === 'number') return withheldAt(path) ? null : value;
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        const segment = item !== null && typeof item === 'object' && typeof (item as { domain?: unknown }).domain === 'string' ? `d:${(item as { domain: string }).domain}` : String(i);
        return rebuild(item, `${path}/${segment}`);
      });
    }
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, item]) => {
      if (key === 'percent') return [key, withheldAt(`${path}.count`) || withheldAt(`${path}.total`) ? null : item];
      return [key, NOT_COUNTS.has(key) ? item : rebuild(item, `${path}.${key}`)];
    });
    return Object.fromEntries(entries);
  };
  const rebuilt = rebuild(raw, '') as Published<QualityReport>;
  // Domains are ranked by their shares; a withheld share's place in the ranking would narrow it down, so it goes last.
  const ranked = { ...rebuilt, domainViews: rebuilt.domainViews.map((view) => ({ ...view, domains: rankDomains(view.domains) })) };
  const report = withPrevious(ranked, [...values.keys()].some(withheldAt));
  const kept = (i: number, count: number) => (cellFunctionals[i]?.withheld ? null : count);
  const all = [...functionals.values()].filter((f) => f.figure && f.withheld);
  return {
    report,
    audits: graded.map((row, i) => ({ ...row, count: kept(i, row.count) })),
    ungraded: ungraded.map((row, i) => ({ ...row, count: kept(graded.length + i, row.count) })),
    withheld: { primary: all.filter((f) => f.primary).length, secondary: all.filter((f) => !f.primary).length },
  };
}

/** Strongest first by published share; withheld or ungraded shares last; ties by name (as summariseDomains ranks them). */
function rankDomains<T extends { domain: string; goodOrBetter: { percent: number | null } }>(domains: readonly T[]): T[] {
  return [...domains].sort(compareDomains);
}

/** Last quarter's figures for an activity, as that quarter published them; under disclosure control, none when it cannot be found. */
function previousActivity(previous: PublishedReport | null, activity: string, scale: string, figures: NonNullable<PublishedReport['activities'][number]['previous']>, open: boolean) {
  const found = previous?.activities.find((a) => a.activity === activity && a.scale.id === scale);
  return found ? { period: figures.period, graded: found.graded, headline: found.headline } : open ? figures : null;
}

/** Last quarter's figures for a service area, as that quarter published them ('' is the whole quarter when no area was named). */
function previousArea(previous: PublishedReport | null, key: string, figures: NonNullable<PublishedReport['byServiceArea'][number]['previous']>, open: boolean) {
  const found = previous?.byServiceArea.find((g) => g.key === key) ?? (key === '' && previous?.byServiceArea.length === 0 ? previous.all : undefined);
  return found ? { period: figures.period, graded: found.graded, headlines: found.headlines } : open ? figures : null;
}

/**
 * Every quarter's quality assurance as published, oldest first: with disclosure control off, every figure as
 * the data gives it; on, with small counts and the figures that would reveal them withheld.
 */
export function publishQuality(quality: QualityData, periods: readonly PeriodId[], rule: DisclosureRule | null): Map<PeriodId, PublishedQuarter> {
  const result = new Map<PeriodId, PublishedQuarter>();
  for (const period of periods) {
    const before = result.get(previousPeriod(period))?.report ?? null;
    result.set(period, publishQuarter(quality, period, rule, before));
  }
  return result;
}

/** Types graded anywhere in the data, for the trend series (as qualityTrends takes them). */
export function gradedTypes(quality: QualityData): Set<string> {
  return new Set(group(quality.audits, (row) => row.type).keys());
}
