// Every CSV file the site publishes, where it is, and the table it holds: the one list the open data page,
// the data dictionary and the CSVW metadata files are made from.
import { periodLabel } from '../../domain/period.ts';
import type { PeriodId, SiteConfig } from '../../domain/types.ts';
import type { TableDefinition } from './columns.ts';
import { AUDITS_TABLE } from './audits-table.ts';
import { csvwMetadata } from './csvw.ts';
import { siteLicence } from './licence.ts';
import { scorecardsTableDefinition } from './scorecard-columns.ts';

export type TableId = 'scorecards' | 'audits';

export interface OpenDataTable {
  id: TableId;
  definition: TableDefinition;
}

export interface OpenDataFile {
  table: TableId;
  /** Relative to the site's base, e.g. `api/audits/2025-26-Q3.csv`. */
  path: string;
  /** The CSVW metadata beside it, by the CSVW convention of adding `-metadata.json` to the file's address. */
  metadataPath: string;
  /** What the file holds, for link text. */
  title: string;
  /** Set for a file holding one quarter. */
  period: PeriodId | null;
}

/**
 * The tables, in the order the dictionary describes them; audits only when quality assurance is published; the
 * benchmark columns only when the site has benchmarks against every council (issue 18).
 */
export function openDataTables(site: SiteConfig, qualityPeriods: readonly PeriodId[], benchmarks = false): OpenDataTable[] {
  const tables: OpenDataTable[] = [{ id: 'scorecards', definition: scorecardsTableDefinition(site.comparators, benchmarks) }];
  if (qualityPeriods.length > 0) tables.push({ id: 'audits', definition: AUDITS_TABLE });
  return tables;
}

function file(table: TableId, path: string, title: string, period: PeriodId | null = null): OpenDataFile {
  return { table, path, metadataPath: `${path}-metadata.json`, title, period };
}

/** Every published CSV file: the scorecards, then (with QA) all audits and each quarter's audits, newest first. */
export function openDataFiles(qualityPeriods: readonly PeriodId[]): OpenDataFile[] {
  const files = [file('scorecards', 'api/scorecards.csv', 'Every indicator in every quarter')];
  if (qualityPeriods.length > 0) {
    files.push(file('audits', 'api/audits.csv', 'Audit grades in every quarter'));
    for (const period of [...qualityPeriods].reverse()) files.push(file('audits', `api/audits/${period}.csv`, `${periodLabel(period)} audit grades`, period));
  }
  return files;
}

/** The CSVW metadata for one published file. */
export function fileMetadata(openFile: OpenDataFile, site: SiteConfig, qualityPeriods: readonly PeriodId[], benchmarks = false) {
  const table = openDataTables(site, qualityPeriods, benchmarks).find((t) => t.id === openFile.table);
  if (!table) throw new Error(`No table "${openFile.table}" is published`);
  return csvwMetadata(table.definition, {
    url: openFile.path.slice(openFile.path.lastIndexOf('/') + 1),
    titleSuffix: openFile.period ? `, ${periodLabel(openFile.period)}` : '',
    organisation: site.organisation,
    licence: site.licence,
    licenceUrl: siteLicence(site).url,
  });
}
