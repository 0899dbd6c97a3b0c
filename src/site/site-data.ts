// The single entry point pages use for data. The data directory is loaded and validated once per build
// (src/load), and everything derived from it (scorecards, series) is computed once and shared by every page.
// Pages never parse files.
import { dataDirectory, loadDataset } from '../load/dataset.ts';
import { readHistory } from '../load/history.ts';
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
import { provided, type Provided } from '../domain/provided.ts';
import { feedbackView, type FeedbackView } from '../domain/quality/feedback.ts';
import { qualityPeriods } from '../domain/quality/report.ts';
import { gradedTypes, publishQuality, type AuditCell, type PublishedReport, type UngradedCell } from '../domain/quality/disclosure.ts';
import { scheduleAsAt } from '../domain/quality/schedule.ts';
import { publishedTrends, type PublishedTrendPoint as QualityTrendPoint } from '../domain/quality/trends.ts';
import { createAbbreviator, type Abbreviator } from './abbreviate.ts';
import { withholdRevisions } from '../domain/revision-disclosure.ts';
import { base } from './base.ts';
import { pagesBuildDate } from './build-date.ts';
import { absoluteUrl } from './site-url.ts';
import { showsDrafts } from './drafts-mode.ts';
import { actionAnchors, termAnchors, themeAnchors } from './slug.ts';

export interface SiteData {
  dataset: Dataset;
  index: DatasetIndex;
  /** Oldest first. */
  periods: PeriodId[];
  latest: PeriodId;
  scorecards: Map<PeriodId, Scorecard>;
  series: Map<string, SeriesPoint[]>;
  /** Each indicator's SPC over every published quarter (the chart and the API); rows carry their quarter's reading. */
  spc: Map<string, SpcAnalysis>;
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


let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  // While an officer previews with `npm run dev`, reload the data on every page so edits show on refresh;
  // a build loads it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const dataDir = dataDirectory();
  const [loaded, read] = await Promise.all([loadDataset(dataDir, { base, today: pagesBuildDate }), readHistory(dataDir)]);
  if (loaded.dataset === null) throw new DataValidationError(loaded.issues);
  const everything = loaded.dataset;
  // History that cannot be published as it is stops the build like a problem in a data file.
  if ('problems' in read) throw new DataValidationError(read.problems);
  const withDrafts = showsDrafts();
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
  const history = siteHistory(read, periods, (revisions) => withholdRevisions(revisions, index, dataset.indicators, dataset.site.disclosure));
  return { dataset, index, history, periods, latest, scorecards, series, spc, themes, qualityPeriods: qaPeriods, qualityReports, qualityCells, qualityFeedback, qualityTrends: trends,
    anchors: { themes: themeAnchors(themes.map((t) => t.theme)), actions: actionAnchors(dataset.quality.actions.map((a) => a.id)), terms: termAnchors(dataset.glossary.map((g) => g.term)) },
    abbreviator: createAbbreviator(dataset.glossary), draftPeriods, provided: provided(dataset),
    devWarnings: import.meta.env.DEV ? loaded.warnings : [] };
}

let told = false;

function siteHistory(read: Awaited<ReturnType<typeof readHistory>>, periods: PeriodId[], disclose: (revisions: Revisions) => Revisions): SiteHistory {
  const home = absoluteUrl('');
  const feed = home && read.available ? { url: absoluteUrl('changes.xml')!, page: absoluteUrl('changes/')!, site: home } : null;
  const history: SiteHistory = read.available
    ? { dataCommit: read.dataCommit, unavailable: null, revisions: disclose(revisionsForPeriods(revisionsFromSnapshots(read.snapshots), periods)), feed }
    : { dataCommit: null, unavailable: read.reason, revisions: { events: [], versions: new Map() }, feed };
  // Said once per build (npm run dev loads the data for every page).
  if (!told) {
    told = true;
    if (read.available && read.dataCommit.uncommitted) console.warn('Note: the data folder has changes not yet committed. They are published, but a changed figure is only marked revised once it is committed.');
    if (!read.available) console.warn(`Note: version history is not available (${read.reason}), so no figure is marked revised and the changes page says so.`);
    if (read.available && !feed) console.warn('Note: the site\'s address is not set (SITE_URL, or "site_url" in site.json), so the changes feed changes.xml is not published.');
  }
  return history;
}
