// The machine-readable views of the data: the same figures the pages show, for anyone who wants to check
// or reuse them.
import type { Scorecard } from '../domain/scorecard.ts';
import { periodLabel } from '../domain/period.ts';
import type { Dataset, PeriodId } from '../domain/types.ts';
import type { Published } from '../domain/quality/disclosure.ts';
import type { QualityReport } from '../domain/quality/report.ts';
import type { HeadlineShare } from '../domain/quality/headline.ts';
import type { LowestGradeShare } from '../domain/quality/lowest-grade.ts';
import type { ModerationCounts } from '../domain/quality/moderation.ts';
import type { AuditCounts } from '../domain/quality/audit-counts.ts';
import type { CsvRecord } from '../escape/csv.ts';
import { periodCells } from './open-data/period-columns.ts';
import { benchmarkCells } from './open-data/benchmark-columns.ts';
import type { IndicatorBenchmark } from '../domain/benchmark/types.ts';
import type { ScorecardFixedColumn } from './open-data/scorecard-columns.ts';
import { earlierVersions, type Revisions } from '../domain/revisions.ts';
import { dataCommitJson } from './changes-api.ts';
import type { SiteHistory } from './site-data.ts';

export function scorecardJson(scorecard: Scorecard, licence: string, history: Pick<SiteHistory, 'dataCommit' | 'revisions'>) {
  return {
    data_commit: dataCommitJson(history.dataCommit),
    period: scorecard.period,
    label: periodLabel(scorecard.period),
    previous_period: scorecard.previousPeriod,
    next_period: scorecard.nextPeriod,
    licence,
    summary: scorecard.summary.rag,
    indicators: scorecard.rows.map((row) => ({
      id: row.indicator.id,
      title: row.indicator.title,
      theme: row.indicator.theme,
      unit: row.indicator.unit,
      polarity: row.indicator.polarity,
      value: row.value,
      // Under disclosure control: the figure is not published (value, counts and interval are null).
      suppressed: row.suppressed,
      numerator: row.numerator,
      denominator: row.denominator,
      confidence_interval: row.interval,
      target: row.target?.value ?? null,
      operator: row.target?.operator ?? null,
      amber_tolerance: row.target?.amber ?? null,
      rag: row.rag,
      previous: { period: row.previous.period, value: row.previous.value, suppressed: row.previous.suppressed },
      direction: row.direction,
      // The same quarter a year earlier (quarterly figures are seasonal) and the direction of travel since.
      year_earlier: {
        period: row.yearEarlier.period,
        value: row.yearEarlier.value,
        suppressed: row.yearEarlier.suppressed,
        direction: row.yearEarlier.direction,
      },
      commentary: row.commentary,
      comparators: row.comparators.map((c) => ({ id: c.id, label: c.label, value: c.value, period: c.period, judgement: c.judgement })),
      // Earlier published values, newest first (see docs/data-format.md, "Correcting a published figure").
      revisions: earlierVersions(history.revisions, row.period, row.indicator.id)
        .map((v) => ({ value: v.value, suppressed: v.withheld === true, date: v.commit.date, commit: v.commit.hash, message: v.commit.message })),
    })),
  };
}

export function indicatorsJson(dataset: Dataset) {
  return {
    organisation: dataset.site.organisation,
    licence: dataset.site.licence,
    periods: dataset.periods,
    comparators: dataset.site.comparators,
    indicators: dataset.indicators.map((i) => ({
      id: i.id,
      title: i.title,
      theme: i.theme,
      unit: i.unit,
      polarity: i.polarity,
      decimals: i.decimals,
      definition: i.definition,
      source: i.source,
    })),
  };
}

export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export interface ScorecardsTableOptions {
  /** Whether the figure was changed after it was first published; every figure counts as unrevised when not given. */
  revised?: (indicatorId: string, period: PeriodId) => boolean;
  /** Benchmarks by indicator id (issue 18): when there are any, every row gains the benchmark_ columns. */
  benchmarks?: ReadonlyMap<string, IndicatorBenchmark>;
}

/**
 * Every quarter's scorecard in one tidy table (one row per indicator per quarter), for spreadsheets. The keys are
 * the columns of open-data/scorecard-columns.ts, which gives their order and meaning.
 */
export function scorecardsTable(scorecards: Iterable<Scorecard>, options: ScorecardsTableOptions = {}): CsvRecord[] {
  const revised = options.revised ?? (() => false);
  const rows: CsvRecord[] = [];
  for (const scorecard of scorecards) {
    const period = periodCells(scorecard.period);
    for (const row of scorecard.rows) {
      const record: CsvRecord = {
        ...period,
        indicator_id: row.indicator.id,
        indicator: row.indicator.title,
        theme: row.indicator.theme,
        unit: row.indicator.unit,
        // c is the government statistical symbol for a figure not published to protect confidentiality.
        value: row.suppressed ? 'c' : row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        target: row.target?.value ?? null,
        operator: row.target?.operator ?? null,
        rag: row.rag,
        direction: row.direction,
        value_year_earlier: row.yearEarlier.suppressed ? 'c' : row.yearEarlier.value,
        direction_year_earlier: row.yearEarlier.direction,
        commentary: row.commentary,
        revised: revised(row.indicator.id, scorecard.period),
      } satisfies Record<ScorecardFixedColumn, CsvRecord[string]>;
      for (const c of row.comparators) {
        record[`${c.id}_value`] = c.value;
        record[`${c.id}_period`] = c.period;
        record[`${c.id}_judgement`] = c.judgement;
      }
      if (options.benchmarks && options.benchmarks.size > 0) Object.assign(record, benchmarkCells(options.benchmarks.get(row.indicator.id), scorecard.period));
      rows.push(record);
    }
  }
  return rows;
}

/** `{ label, count, total, percent }`: a share named by its scale's pass line. */
function headlineJson(h: Published<HeadlineShare> | null) {
  return h === null ? null : { label: h.label, count: h.count, total: h.total, percent: h.percent };
}

/** `{ scale, label, count, total, percent }`: a share at one scale's lowest grade, named in its words. */
function lowestGradeJson(l: Published<LowestGradeShare>) {
  return { scale: l.scale, label: l.label, count: l.count, total: l.total, percent: l.percent };
}

/**
 * Audits done (`total`), graded and not graded: one meaning of "total" in every group of the audits JSON, as on
 * every page (src/domain/quality/audit-counts.ts). Shares carry their own base (`headline.total`: graded audits).
 */
function countsJson(counts: Published<AuditCounts>) {
  return { total: counts.done, graded: counts.graded, not_graded: counts.notGraded };
}

/** Moderation counts, or null for each when the file did not report moderation ("not reported", not "none"). */
function moderationJson(counts: Published<ModerationCounts>, reported: boolean) {
  return {
    moderation_reported: reported,
    moderated: reported ? counts.moderated : null,
    agreed: reported ? counts.agreed : null,
    upgraded: reported ? counts.upgraded : null,
    downgraded: reported ? counts.downgraded : null,
  };
}

/**
 * A quarter's audits as published. Under disclosure control (`minimumCount` set), a count withheld is null, and so
 * is a share's percent when its count or total is; `disclosure` says so, as moderation figures are null too where
 * moderation was not reported (`moderation_reported`).
 */
export function auditsJson(report: Published<QualityReport>, licence: string, minimumCount: number | null = null) {
  const { all } = report;
  return {
    period: report.period,
    label: periodLabel(report.period),
    licence,
    disclosure: minimumCount === null ? null : { minimum_count: minimumCount, withheld: 'A count that is null, or a percent that is null with a count or total null, is withheld to protect the privacy of a small number of children.' },
    totals: {
      ...countsJson(all),
      ...moderationJson(all, all.moderationReported),
      // One share per pass line: shares on scales with different headline words are never added.
      headlines: all.headlines.map(headlineJson),
      // One share per scale at its lowest grade, like headlines: never added across scales.
      lowest_grade: all.lowestGrades.map(lowestGradeJson),
    },
    by_type: report.byType.map((g) => ({
      type: g.key, ...countsJson(g), moderated: g.moderationReported ? g.moderated : null,
      headlines: g.headlines.map(headlineJson), lowest_grade: g.lowestGrades.map(lowestGradeJson),
    })),
    by_service_area: report.byServiceArea.map((g) => ({
      service_area: g.key, ...countsJson(g), headlines: g.headlines.map(headlineJson), lowest_grade: g.lowestGrades.map(lowestGradeJson),
      previous: g.previous && { period: g.previous.period, graded: g.previous.graded, headlines: g.previous.headlines.map(headlineJson) },
    })),
    activities: [
      ...report.activities.map((a) => ({
        activity: a.activity,
        type: a.type,
        scale: a.scale.id,
        ...countsJson(a),
        ...moderationJson(a, a.moderationReported),
        auditor: a.auditor,
        final: a.final,
        headline: headlineJson(a.headline),
        good_or_better: a.goodOrBetter,
        lowest_grade: a.lowest,
        moderation_rate: a.moderationReported ? a.moderationRate : null,
        service_areas: a.serviceAreas.map((s) => ({ service_area: s.serviceArea, ...countsJson(s), final: s.final })),
        by_month: a.byMonth.map((m) => ({ month: m.month, ...countsJson(m), headline: headlineJson(m.headline) })),
        previous: a.previous && { period: a.previous.period, graded: a.previous.graded, headline: headlineJson(a.previous.headline) },
        movement: a.moderationReported
          ? a.matrix.rows.map((r) => ({ auditor: r.auditor.id, moderated: Object.fromEntries(r.cells.map((c) => [c.moderated.id, c.count])) }))
          : null,
      })),
      // Audits done but none graded: counted (total = not_graded), with no share to give.
      ...report.ungradedActivities.map((a) => ({
        activity: a.activity, type: a.type, scale: null, ...countsJson(a),
        moderation_reported: false, moderated: null, agreed: null, upgraded: null, downgraded: null, auditor: null, final: null,
        headline: null, good_or_better: null, lowest_grade: null, moderation_rate: null,
        service_areas: a.serviceAreas.map((s) => ({ service_area: s.serviceArea, ...countsJson(s), final: null })),
        by_month: a.byMonth.map((m) => ({ month: m.month, ...countsJson(m), headline: null })),
        previous: null, movement: null,
      })),
    ],
  };
}
