// The one place data is loaded: reads every file in the data directory, checks each one and the references
// between them, and reports every problem found in a single pass.
import { stat } from 'node:fs/promises';
import type { ComparatorValue, Dataset, GlossaryEntry, Indicator, PeriodId, QuarterValue, SiteConfig, SpcRebaseRow, TargetRow } from '../domain/types.ts';
import { COMPARATORS_FILE, COMPARATORS_SPEC, readComparators } from './comparators.ts';
import type { ReferenceContext } from './context.ts';
import { listNames, loadCsv, loadText, missingMessage } from './files.ts';
import { GLOSSARY_FILE, GLOSSARY_SPEC, readGlossary } from './glossary.ts';
import { readSpcRebases, SPC_REBASE_FILE, SPC_REBASE_SPEC } from './spc-rebase.ts';
import { INDICATORS_FILE, INDICATORS_SPEC, readIndicators } from './indicators.ts';
import { checkDrafts } from './drafts.ts';
import { DataValidationError, issue, type ValidationIssue } from './issue.ts';
import { checkPartsAddUp } from './part-of.ts';
import { partsByTotal } from '../domain/disclosure.ts';
import { AUDIT_DOMAINS_DIR } from './audit-domains.ts';
import { AUDITS_DIR } from './audits.ts';
import { FEEDBACK_DIR } from './feedback.ts';
import { NARRATIVE_DIR } from './narratives.ts';
import { listPeriodFiles, type PeriodFile } from './period-files.ts';
import { missingRowWarnings, quarterGapWarnings, unfinishedQuarterIssues } from './period-checks.ts';
import { loadQuality } from './quality.ts';
import { plausibilityWarnings } from './plausibility-warnings.ts';
import { QUARTERS_DIR, QUARTER_SPEC, readQuarter, type QuarterCells } from './quarters.ts';
import { SITE_FILE, readSite } from './site.ts';
import { TARGETS_FILE, TARGETS_SPEC, readTargets } from './targets.ts';
import { unreadFileWarnings } from './unread-files.ts';
import { benchmarkComparatorValues } from '../domain/benchmark/comparator-values.ts';
import { benchmarkIndicator } from '../domain/benchmark/indicator-benchmark.ts';
import { reconcile } from '../domain/benchmark/reconcile.ts';
import type { DatasetBenchmarks } from '../domain/types.ts';
import { checkComparatorConflicts } from './benchmarks/conflicts.ts';
import { loadBenchmarks } from './benchmarks/load.ts';
import { reconcileWarnings } from './benchmarks/reconcile-warnings.ts';
import type { BenchmarkSettings } from './benchmarks/site-settings.ts';

export interface LoadResult {
  /** null whenever there is any issue. */
  dataset: Dataset | null;
  issues: ValidationIssue[];
  /** Things worth a look that never block publishing: files that are not read, figures that look like a mistake. */
  warnings: ValidationIssue[];
  /** Where each quarter figure is (file, line, column), for messages about it; empty when the data has problems. */
  cells: QuarterCells;
}

export interface LoadOptions {
  /** The site's base path (e.g. `/` or `/children/`), for links and images inside narratives. */
  base?: string;
  /**
   * The build's date, `YYYY-MM-DD`, resolved at the edge (src/site/build-date.ts): nothing in the data can have
   * been done after it, and a quarter that has not ended by then must be a draft. Not given, dates are not
   * checked against it.
   */
  today?: string;
}

/** Folders of quarter files other than quarters/: a quarter still under way is refused in any of them. */
const QUALITY_PERIOD_FOLDERS: readonly (readonly [string, string])[] = [[AUDITS_DIR, 'csv'], [AUDIT_DOMAINS_DIR, 'csv'], [FEEDBACK_DIR, 'csv'], [NARRATIVE_DIR, 'md']];

export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const issues: ValidationIssue[] = [];
  const info = await stat(dataDir).catch(() => null);
  if (info === null || !info.isDirectory()) {
    issues.push(issue('', null, null,
      `The data folder ${dataDir} ${info === null ? 'does not exist' : 'is not a folder'}. ` +
      'Run the command from the project folder (where the data folder is), or set DATA_DIR to the folder holding site.json, indicators.csv and quarters/.'));
    return { dataset: null, issues, warnings: [], cells: new Map() };
  }
  const topLevel = await listNames(dataDir);
  const warnings: ValidationIssue[] = [];

  // site.json
  let site: SiteConfig | null = null;
  let comparatorIds: Set<string> | null = null;
  let siteLineOf: (path: readonly PropertyKey[]) => number = () => 1;
  let benchmarkSettings: BenchmarkSettings | null = null;
  const siteText = await loadText(dataDir, SITE_FILE, issues);
  if (siteText === undefined) {
    issues.push(issue(SITE_FILE, null, null, missingMessage(SITE_FILE, topLevel,
      'Create site.json in the data folder with the organisation, the title and the comparators (see docs/data-format.md).')));
  } else if (siteText !== null) {
    ({ site, comparatorIds, lineOf: siteLineOf, benchmarkSettings } = readSite(siteText, issues));
  }

  // indicators.csv
  const indicatorTable = await loadCsv(dataDir, INDICATORS_FILE, INDICATORS_SPEC, issues, warnings);
  if (indicatorTable === undefined) {
    issues.push(issue(INDICATORS_FILE, null, null, missingMessage(INDICATORS_FILE, topLevel,
      'Create indicators.csv in the data folder, with one row per indicator (see docs/data-format.md).')));
  }
  const catalogue = indicatorTable ? readIndicators(indicatorTable, issues) : null;
  const indicators: Indicator[] = catalogue?.indicators ?? [];
  const context: ReferenceContext = {
    indicatorIds: catalogue?.ids ?? null,
    units: catalogue?.units ?? new Map(),
    polarities: catalogue?.polarities ?? new Map(),
    comparatorIds,
  };

  // targets.csv (optional)
  let targets: TargetRow[] = [];
  const targetTable = await loadCsv(dataDir, TARGETS_FILE, TARGETS_SPEC, issues, warnings);
  if (targetTable) targets = readTargets(targetTable, context, issues);

  // quarters/<period>.csv
  const parts = partsByTotal(indicators);
  const periods: PeriodId[] = [];
  const values: QuarterValue[] = [];
  const cells: QuarterCells = new Map();
  const quarters = await listPeriodFiles(dataDir, QUARTERS_DIR, { extension: 'csv' }, issues);
  if (quarters.status !== 'ok') {
    issues.push(issue(QUARTERS_DIR, null, null,
      `the quarters folder is ${quarters.status === 'missing' ? 'missing' : 'not a folder'}. Create a folder called quarters in the data folder, ` +
      'holding one CSV file per quarter named like 2024-25-Q1.csv.'));
  } else if (quarters.candidates === 0) {
    issues.push(issue(QUARTERS_DIR, null, null,
      'there are no quarter files in the quarters folder. Add at least one CSV file named after its quarter, e.g. 2024-25-Q1.csv ' +
      '(in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").'));
  }
  for (const { relative, period } of quarters.files) {
    periods.push(period);
    const table = await loadCsv(dataDir, relative, QUARTER_SPEC, issues, warnings);
    if (table) {
      const before = issues.length;
      const quarterValues = readQuarter(table, period, context, issues, cells);
      // A row refused above is not "missing" from its total: one message for one problem.
      if (issues.length === before) checkPartsAddUp(table, quarterValues, parts, issues);
      values.push(...quarterValues);
    }
  }

  // comparators.csv (optional)
  let comparatorValues: ComparatorValue[] = [];
  const comparatorTable = await loadCsv(dataDir, COMPARATORS_FILE, COMPARATORS_SPEC, issues, warnings);
  if (comparatorTable) comparatorValues = readComparators(comparatorTable, context, issues);

  // benchmarks.csv and benchmarks/ (optional): every council's figures from DfE's files (issue 18).
  const benchmarkRead = await loadBenchmarks(dataDir, { settings: benchmarkSettings, siteRead: site !== null, indicatorIds: context.indicatorIds, units: context.units }, issues, warnings);
  if (benchmarkRead && comparatorTable) checkComparatorConflicts(comparatorTable, benchmarkRead.sources, benchmarkRead.lines, comparatorIds ?? new Set(), issues);

  // Quality assurance files and the glossary (all optional)
  const quality = await loadQuality(dataDir, context.indicatorIds, issues, options.base, warnings, options.today);
  let glossary: GlossaryEntry[] = [];
  const glossaryTable = await loadCsv(dataDir, GLOSSARY_FILE, GLOSSARY_SPEC, issues, warnings);
  if (glossaryTable) glossary = readGlossary(glossaryTable, issues);
  // spc-rebase.csv (optional)
  let spcRebases: SpcRebaseRow[] = [];
  const rebaseTable = await loadCsv(dataDir, SPC_REBASE_FILE, SPC_REBASE_SPEC, issues, warnings);
  if (rebaseTable) spcRebases = readSpcRebases(rebaseTable, context.indicatorIds, new Set(periods), issues);

  if (site !== null && site.drafts.length > 0) {
    const withFiles = new Set([...periods, ...quality.audits.map((a) => a.period), ...quality.domainGrades.map((d) => d.period), ...quality.narratives.map((n) => n.period)]);
    checkDrafts(site.drafts, withFiles, siteLineOf, issues);
  }
  if (site !== null && options.today !== undefined) {
    const files: PeriodFile[] = [...quarters.files];
    for (const [folder, extension] of QUALITY_PERIOD_FOLDERS) files.push(...(await listPeriodFiles(dataDir, folder, { extension, ignore: ['readme.md'] }, [])).files);
    issues.push(...unfinishedQuarterIssues(files, new Set(site.drafts), options.today));
  }
  if (site !== null) warnings.push(...quarterGapWarnings(periods, site.drafts, (index) => siteLineOf(['drafts', index])));

  warnings.unshift(...await unreadFileWarnings(dataDir));
  if (issues.length > 0 || site === null) return { dataset: null, issues, warnings, cells: new Map() };
  let benchmarks: DatasetBenchmarks | undefined;
  if (benchmarkRead) {
    // Computed once, here, so that the comparators, the pages, the API and validate's warnings give the same figures.
    const polarities = new Map(indicators.map((indicator) => [indicator.id, indicator.polarity]));
    const computed = benchmarkRead.sources.map((source) => benchmarkIndicator(source, benchmarkRead.area, polarities.get(source.indicatorId)!));
    benchmarks = { area: benchmarkRead.area, sources: benchmarkRead.sources, indicators: computed, publications: benchmarkRead.publications };
    comparatorValues = [...comparatorValues, ...benchmarkComparatorValues(computed, new Set(site.comparators.map((comparator) => comparator.id)))];
  }
  const dataset: Dataset = { site, indicators, targets, periods, values, comparatorValues, quality, glossary, spcRebases, ...(benchmarks ? { benchmarks } : {}) };
  // Figures are only worth a second look once they are all valid.
  warnings.push(...missingRowWarnings(indicators, values, periods, site.drafts));
  warnings.push(...plausibilityWarnings(dataset, cells));
  if (benchmarks) warnings.push(...reconcileWarnings(reconcile(benchmarks.indicators, values, indicators), cells));
  return { dataset, issues, warnings, cells };
}

/** Loads the data or throws a DataValidationError listing every problem; for the build. */
export async function loadDatasetOrThrow(dataDir: string, options: LoadOptions = {}): Promise<Dataset> {
  const { dataset, issues } = await loadDataset(dataDir, options);
  if (dataset === null) throw new DataValidationError(issues);
  return dataset;
}
