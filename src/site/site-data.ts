// Everything the pages show, derived once from the data read and validated at the edge (scripts/build.ts for a
// build, the dev server for each page of `npm run dev`): scorecards, series, SPC, QA under disclosure control,
// the version history. A pure function of its inputs, so a test can derive a site from a fixture folder without
// building one. Pages get it from `virtual:scorecard/site` (src/site/site-source.ts) and pass components what
// they need; pages never parse files.
import type { HistoryRead } from '../load/history.ts';
import { DataValidationError, type ValidationIssue } from '../load/issue.ts';
import { revisionsForPeriods, revisionsFromSnapshots, type DataCommit, type Revisions } from '../domain/revisions.ts';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { publishedOnly } from '../domain/drafts.ts';
import { sortPeriods } from '../domain/period.ts';
import { buildScorecard, type Scorecard } from '../domain/scorecard.ts';
import { indicatorSeries, type SeriesPoint } from '../domain/series.ts';
import type { SpcAnalysis } from '../domain/spc/analysis.ts';
import { spcAsAt } from '../domain/spc/as-at.ts';
import type { Dataset, Indicator, PeriodId } from '../domain/types.ts';
import type { IndicatorBenchmark } from '../domain/benchmark/types.ts';
import { provided, type Provided } from '../domain/provided.ts';
import { feedbackView, type FeedbackView } from '../domain/quality/feedback.ts';
import { qualityPeriods } from '../domain/quality/report.ts';
import { gradedTypes, publishQuality, type AuditCell, type PublishedReport, type UngradedCell } from '../domain/quality/disclosure.ts';
import { scheduleAsAt } from '../domain/quality/schedule.ts';
import { publishedTrends, type PublishedTrendPoint as QualityTrendPoint } from '../domain/quality/trends.ts';
import { createAbbreviator, type Abbreviator } from './abbreviate.ts';
import { withholdRevisions } from '../domain/revision-disclosure.ts';
import { absoluteUrlFor } from './deployment.ts';
import type { SiteSettings } from './settings.ts';
import { actionAnchors, termAnchors, themeAnchors } from './slug.ts';

export interface SiteData {
  /** How this build was asked for: base path, site address, drafts, date, production or dev. */
  settings: SiteSettings;
  dataset: Dataset;
  index: DatasetIndex;
  /** Oldest first. */
  periods: PeriodId[];
  latest: PeriodId;
  scorecards: Map<PeriodId, Scorecard>;
  series: Map<string, SeriesPoint[]>;
  /** Each indicator's SPC over every published quarter (the chart and the API); rows carry their quarter's reading. */
  spc: Map<string, SpcAnalysis>;
  /**
   * Where this council stands among every council, by indicator id, from DfE's files (issue 18): computed once as
   * the data was loaded. Empty when the council publishes no benchmarks, so pages, files and links leave them out.
   */
  benchmarks: Map<string, IndicatorBenchmark>;
  themes: { theme: string; indicators: Indicator[] }[];
  /** Quarters with audits or a narrative, oldest first; empty when the council publishes no QA. */
  qualityPeriods: PeriodId[];
  /** Each quarter's QA as published: under disclosure control, withheld counts are null (src/domain/quality/disclosure.ts). */
  qualityReports: Map<PeriodId, PublishedReport>;
  /** The rows of the audits CSV by quarter, as published (count null where withheld). */
  qualityCells: Map<PeriodId, { audits: AuditCell[]; ungraded: UngradedCell[] }>;
  /** Feedback from children and families by quarter, under disclosure control; quarters without feedback are absent. */
  qualityFeedback: Map<PeriodId, FeedbackView>;
  qualityTrends: QualityTrendPoint[];
  /** Fragment ids shared by every page that shows or links to them (unique whatever the names). */
  anchors: { themes: Map<string, string>; actions: Map<string, string>; terms: Map<string, string> };
  /** Marks glossary terms up with <abbr> in text the pages show. */
  abbreviator: Abbreviator;
  /**
   * The draft quarters (site.json "drafts") this site shows, oldest first: in `npm run dev` and a preview build
   * (`npm run build -- --drafts`). Empty in the published site, which leaves drafts out entirely.
   */
  draftPeriods: PeriodId[];
  history: SiteHistory;
  /** Which optional files the council provided: pages mention, count and link to only these. */
  provided: Provided;
  /**
   * The data's warnings, as `npm run validate` gives them, for the banner on every page of `npm run dev`.
   * Always empty in a build: the build prints them, and the published site never shows them.
   */
  devWarnings: ValidationIssue[];
}

/** The data's version history, for the published quarters only. */
export interface SiteHistory {
  /** The last commit that touched the data folder; null when the build has no history (e.g. from an archive). */
  dataCommit: DataCommit | null;
  /** Why there is no history; null when there is. */
  unavailable: string | null;
  /** Empty when there is no history. */
  revisions: Revisions;
  /**
   * Absolute addresses of the changes feed, the changes page and the site's home; null when the site's
   * address is not configured or there is no history, so no feed is published.
   */
  feed: { url: string; page: string; site: string } | null;
}


/**
 * The site from the data as loaded and validated (`loadDataset`) and its version history as read (`readHistory`).
 * `warnings` are the data's, shown in a banner only by `npm run dev` (settings.production false).
 */
export function deriveSite(settings: SiteSettings, everything: Dataset, read: HistoryRead, warnings: readonly ValidationIssue[] = []): SiteData {
  // History that cannot be published as it is stops the build like a problem in a data file.
  if ('problems' in read) throw new DataValidationError(read.problems);
  const withDrafts = settings.drafts;
  const published = withDrafts ? everything : publishedOnly(everything);
  const draftPeriods = withDrafts ? sortPeriods(everything.site.drafts) : [];
  const index = indexDataset(published);
  const periods = published.periods;
  const latest = periods[periods.length - 1];
  if (!latest) {
    throw new Error(everything.periods.length > 0
      ? 'Every quarter is listed in "drafts" in site.json, so there is nothing to publish. Take the quarter to publish out of "drafts", or make a preview with npm run build -- --drafts.'
      : 'There are no quarter files to publish.');
  }
  // Under disclosure control the index holds the figures as published; pages get only those, even from the raw list.
  // Nothing is shown done after the latest quarter shown (a draft's schedule months marked done stay planned);
  // actions are shown as at a quarter's end wherever they are (domain/quality/actions.ts).
  const dataset: Dataset = {
    ...published,
    values: published.values.map((value) => index.valueAt(value.indicatorId, value.period)!),
    quality: { ...published.quality, schedule: scheduleAsAt(published.quality.schedule, latest) },
  };
  const scorecards = new Map(periods.map((period) => [period, buildScorecard(index, period)]));
  const series = new Map(dataset.indicators.map((indicator) => [indicator.id, indicatorSeries(index, indicator.id)]));
  const spc = new Map(dataset.indicators.map((indicator) => [indicator.id, spcAsAt(index, indicator, latest)]));
  const benchmarks = new Map((dataset.benchmarks?.indicators ?? []).map((benchmark) => [benchmark.indicatorId, benchmark]));
  const themes: SiteData['themes'] = [];
  for (const indicator of dataset.indicators) {
    const group = themes.find((t) => t.theme === indicator.theme);
    if (group) group.indicators.push(indicator);
    else themes.push({ theme: indicator.theme, indicators: [indicator] });
  }
  const qaPeriods = qualityPeriods(dataset.quality);
  // Disclosure control is applied here, once, so no page, chart or file sees a QA count that is not published.
  const publishedQuality = publishQuality(dataset.quality, qaPeriods, dataset.site.disclosure);
  const qualityReports = new Map([...publishedQuality].map(([period, q]) => [period, q.report]));
  const qualityCells = new Map([...publishedQuality].map(([period, q]) => [period, { audits: q.audits, ungraded: q.ungraded }]));
  const qualityFeedback = new Map<PeriodId, FeedbackView>();
  for (const period of qaPeriods) {
    const view = feedbackView(dataset.quality.feedback, period, dataset.site.disclosure);
    if (view) qualityFeedback.set(period, view);
  }
  const trends = publishedTrends(qualityReports, qaPeriods, gradedTypes(dataset.quality));
  const history = siteHistory(read, periods, settings, (revisions) => withholdRevisions(revisions, index, dataset.indicators, dataset.site.disclosure));
  return { settings, dataset, index, history, periods, latest, scorecards, series, spc, benchmarks, themes, qualityPeriods: qaPeriods, qualityReports, qualityCells, qualityFeedback, qualityTrends: trends,
    anchors: { themes: themeAnchors(themes.map((t) => t.theme)), actions: actionAnchors(dataset.quality.actions.map((a) => a.id)), terms: termAnchors(dataset.glossary.map((g) => g.term)) },
    abbreviator: createAbbreviator(dataset.glossary), draftPeriods, provided: provided(dataset),
    devWarnings: settings.production ? [] : [...warnings] };
}

function siteHistory(read: HistoryRead, periods: PeriodId[], settings: SiteSettings, disclose: (revisions: Revisions) => Revisions): SiteHistory {
  const absoluteUrl = (path: string) => absoluteUrlFor(settings, path);
  const home = absoluteUrl('');
  const feed = home && read.available ? { url: absoluteUrl('changes.xml')!, page: absoluteUrl('changes/')!, site: home } : null;
  return read.available
    ? { dataCommit: read.dataCommit, unavailable: null, revisions: disclose(revisionsForPeriods(revisionsFromSnapshots(read.snapshots), periods)), feed }
    : { dataCommit: null, unavailable: read.reason, revisions: { events: [], versions: new Map() }, feed };
}

/** What the build says about the version history it publishes (once per build; `npm run dev` says it when it starts). */
export function historyNotes(read: HistoryRead, siteUrl: string | null): string[] {
  if (!read.available) return [`Note: version history is not available (${read.reason}), so no figure is marked revised and the changes page says so.`];
  return [
    ...(read.dataCommit.uncommitted ? ['Note: the data folder has changes not yet committed. They are published, but a changed figure is only marked revised once it is committed.'] : []),
    ...(siteUrl === null ? ['Note: the site\'s address is not set (SITE_URL, or "site_url" in site.json), so the changes feed changes.xml is not published.'] : []),
  ];
}
