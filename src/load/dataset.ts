// The one place data is loaded: reads every file in the data directory, checks each one and the references
// between them, and reports every problem found in a single pass.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { comparePeriods } from '../domain/period.ts';
import type { ComparatorValue, Dataset, Indicator, PeriodId, QuarterValue, SiteConfig, TargetRow } from '../domain/types.ts';
import { COMPARATORS_FILE, COMPARATORS_SPEC, readComparators } from './comparators.ts';
import type { ReferenceContext } from './context.ts';
import { parseCsv, type CsvSpec, type CsvTable } from './csv.ts';
import { INDICATORS_FILE, INDICATORS_SPEC, readIndicators } from './indicators.ts';
import { DataValidationError, issue, type ValidationIssue } from './issue.ts';
import { QUARTERS_DIR, QUARTER_SPEC, isQuarterCandidate, quarterFilePeriod, readQuarter } from './quarters.ts';
import { SITE_FILE, readSite } from './site.ts';
import { TARGETS_FILE, TARGETS_SPEC, readTargets } from './targets.ts';
import { readDataFile } from './text.ts';

export interface LoadResult {
  /** null whenever there is any issue. */
  dataset: Dataset | null;
  issues: ValidationIssue[];
}

/** The data directory: `DATA_DIR` resolved against the working directory, default `data`. */
export function dataDirectory(): string {
  const configured = process.env['DATA_DIR'];
  return path.resolve(process.cwd(), configured !== undefined && configured.trim() !== '' ? configured : 'data');
}

async function listNames(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch {
    return [];
  }
}

/** Explains a missing file, spotting the usual causes: wrong capitals, or saved as a workbook instead of CSV. */
function missingMessage(name: string, siblings: readonly string[], what: string): string {
  const base = `this file is missing. ${what}`;
  const sameName = siblings.find((sibling) => sibling.toLowerCase() === name.toLowerCase());
  if (sameName) return `${base} There is a file called "${sameName}": rename it "${name}" (names must match exactly, in lower case).`;
  const stem = name.replace(/\.[^.]+$/, '').toLowerCase();
  const otherFormat = siblings.find((sibling) => sibling.replace(/\.[^.]+$/, '').toLowerCase() === stem);
  if (otherFormat) {
    return `${base} There is a file called "${otherFormat}": save it as "${name}" instead (in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").`;
  }
  return base;
}

/** Reads and parses a CSV file; `undefined` when it does not exist, null when it exists but cannot be used. */
async function loadCsv(dataDir: string, relative: string, spec: CsvSpec, issues: ValidationIssue[]): Promise<CsvTable | null | undefined> {
  const read = await readDataFile(dataDir, relative, issues);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'not_a_file') {
    issues.push(issue(relative, null, null, 'this should be a CSV file, but it is a folder. Rename or remove the folder.'));
    return null;
  }
  if (read.kind === 'failed') return null;
  return parseCsv(read.text, relative, spec, issues);
}

export async function loadDataset(dataDir: string): Promise<LoadResult> {
  const issues: ValidationIssue[] = [];
  const info = await stat(dataDir).catch(() => null);
  if (info === null || !info.isDirectory()) {
    issues.push(issue('', null, null,
      `The data folder ${dataDir} ${info === null ? 'does not exist' : 'is not a folder'}. ` +
      'Run the command from the project folder (where the data folder is), or set DATA_DIR to the folder holding site.json, indicators.csv and quarters/.'));
    return { dataset: null, issues };
  }
  const topLevel = await listNames(dataDir);

  // site.json
  let site: SiteConfig | null = null;
  let comparatorIds: Set<string> | null = null;
  const siteRead = await readDataFile(dataDir, SITE_FILE, issues);
  if (siteRead.kind === 'missing') {
    issues.push(issue(SITE_FILE, null, null, missingMessage(SITE_FILE, topLevel,
      'Create site.json in the data folder with the organisation, the title and the comparators (see docs/data-format.md).')));
  } else if (siteRead.kind === 'not_a_file') {
    issues.push(issue(SITE_FILE, null, null, 'this should be a file, but it is a folder. Rename or remove the folder.'));
  } else if (siteRead.kind === 'text') {
    ({ site, comparatorIds } = readSite(siteRead.text, issues));
  }

  // indicators.csv
  const indicatorTable = await loadCsv(dataDir, INDICATORS_FILE, INDICATORS_SPEC, issues);
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
  const targetTable = await loadCsv(dataDir, TARGETS_FILE, TARGETS_SPEC, issues);
  if (targetTable) targets = readTargets(targetTable, context, issues);

  // quarters/<period>.csv
  const periods: PeriodId[] = [];
  const values: QuarterValue[] = [];
  const quartersDir = path.join(dataDir, QUARTERS_DIR);
  const quartersInfo = await stat(quartersDir).catch(() => null);
  if (quartersInfo === null || !quartersInfo.isDirectory()) {
    issues.push(issue(QUARTERS_DIR, null, null,
      `the quarters folder is ${quartersInfo === null ? 'missing' : 'not a folder'}. Create a folder called quarters in the data folder, ` +
      'holding one CSV file per quarter named like 2024-25-Q1.csv.'));
  } else {
    const entries = await readdir(quartersDir, { withFileTypes: true });
    const candidates = entries.filter((entry) => entry.isFile() && isQuarterCandidate(entry.name)).map((entry) => entry.name);
    const files: { name: string; period: PeriodId }[] = [];
    const byPeriod = new Map<PeriodId, string>();
    for (const name of candidates.sort()) {
      const relative = `${QUARTERS_DIR}/${name}`;
      const named = quarterFilePeriod(name);
      if (!named.ok) {
        issues.push(issue(relative, null, null, named.message));
        continue;
      }
      const other = byPeriod.get(named.period);
      if (other !== undefined) {
        issues.push(issue(relative, null, null,
          `this is a second file for ${named.period} (the other is ${QUARTERS_DIR}/${other}). Keep one file per quarter and delete the other.`));
        continue;
      }
      byPeriod.set(named.period, name);
      files.push({ name, period: named.period });
    }
    if (candidates.length === 0) {
      issues.push(issue(QUARTERS_DIR, null, null,
        'there are no quarter files in the quarters folder. Add at least one CSV file named after its quarter, e.g. 2024-25-Q1.csv ' +
        '(in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").'));
    }
    files.sort((a, b) => comparePeriods(a.period, b.period));
    for (const { name, period } of files) {
      periods.push(period);
      const table = await loadCsv(dataDir, `${QUARTERS_DIR}/${name}`, QUARTER_SPEC, issues);
      if (table) values.push(...readQuarter(table, period, context, issues));
    }
  }

  // comparators.csv (optional)
  let comparatorValues: ComparatorValue[] = [];
  const comparatorTable = await loadCsv(dataDir, COMPARATORS_FILE, COMPARATORS_SPEC, issues);
  if (comparatorTable) comparatorValues = readComparators(comparatorTable, context, issues);

  if (issues.length > 0 || site === null) return { dataset: null, issues };
  return { dataset: { site, indicators, targets, periods, values, comparatorValues }, issues };
}

/** Loads the data or throws a DataValidationError listing every problem; for the build. */
export async function loadDatasetOrThrow(dataDir: string = dataDirectory()): Promise<Dataset> {
  const { dataset, issues } = await loadDataset(dataDir);
  if (dataset === null) throw new DataValidationError(issues);
  return dataset;
}
