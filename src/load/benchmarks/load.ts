// Benchmarks against every council (issue 18), read once with the rest of the data: site.json's local_authority,
// benchmarks.csv, the files it names in benchmarks/ (each read once, however many indicators it holds) and the
// statistical-neighbour model. A council with neither local_authority nor benchmarks.csv has no benchmarks and
// nothing here says a word; one without the other is told what to add.
import type { Unit } from '../../domain/types.ts';
import type { BenchmarkArea, BenchmarkSource } from '../../domain/benchmark/types.ts';
import { comparePeriods } from '../../domain/period.ts';
import { listNames, loadCsv, loadText, missingMessage } from '../files.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { SITE_FILE } from '../site.ts';
import { resolveArea } from './area.ts';
import { readEesFile, type CouncilEntry } from './ees-file.ts';
import { BENCHMARKS_DIR, BENCHMARKS_FILE, BENCHMARKS_SPEC, readBenchmarkMappings, type BenchmarkMapping } from './mapping.ts';
import { NEIGHBOURS_FILE } from './neighbours-file.ts';
import type { BenchmarkSettings } from './site-settings.ts';
import { unreadBenchmarkFiles } from './unread.ts';

export interface LoadedBenchmarks {
  area: BenchmarkArea;
  /** In benchmarks.csv order. */
  sources: BenchmarkSource[];
  /** Each indicator's line in benchmarks.csv, for problems found later (comparators.csv giving the same figure). */
  lines: Map<string, number>;
  /** The DfE publication each file is from (relative to benchmarks/), when benchmarks.csv names it. */
  publications: Map<string, string>;
}

export interface BenchmarksInput {
  /** site.json's local_authority and statistical_neighbours; null when not given (or site.json has problems). */
  settings: BenchmarkSettings | null;
  /** site.json was read without problems, so a missing local_authority is truly missing. */
  siteRead: boolean;
  indicatorIds: ReadonlySet<string> | null;
  /** Each indicator's unit from indicators.csv: a count is not compared with other councils. */
  units: ReadonlyMap<string, Unit>;
}

const EXAMPLE_LINE = 'rereferrals,c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv,category=Referrals and Re-referrals,rereferral_percent,rereferral_count,referral_count';

/** The benchmarks, or null when there are none or any problem was found (every problem is in `issues`). */
export async function loadBenchmarks(dataDir: string, input: BenchmarksInput, issues: ValidationIssue[], warnings: ValidationIssue[]): Promise<LoadedBenchmarks | null> {
  const { settings } = input;
  const before = issues.length;
  const table = await loadCsv(dataDir, BENCHMARKS_FILE, BENCHMARKS_SPEC, issues, warnings);
  if (table === undefined) {
    if (settings !== null) {
      issues.push(issue(SITE_FILE, settings.lines.localAuthority, 'local_authority',
        `"local_authority" is given, but there is no ${BENCHMARKS_FILE} saying which of DfE's files in ${BENCHMARKS_DIR}/ hold which indicator. ` +
        `Add ${BENCHMARKS_FILE} with a line for each indicator, e.g. ${EXAMPLE_LINE} (see docs/data-format.md), or delete "local_authority".`));
    }
    warnings.push(...await unreadBenchmarkFiles(dataDir, new Set(), false));
    return null;
  }
  const mappings = table ? readBenchmarkMappings(table, input.indicatorIds, input.units, issues) : [];
  if (settings === null) {
    if (input.siteRead) {
      issues.push(issue(BENCHMARKS_FILE, null, null,
        `this file maps indicators to DfE's files, but site.json does not say which council you are in them. Add your council's new_la_code to site.json, ` +
        'e.g. "local_authority": "E08000026", or delete benchmarks.csv.'));
    }
    return null;
  }
  if (table === null) return null;
  if (table.rows.length === 0) {
    issues.push(issue(BENCHMARKS_FILE, null, null, `this file has no rows. Add a line for each indicator to compare with every council, e.g. ${EXAMPLE_LINE}, or delete the file and "local_authority".`));
    return null;
  }

  const byFile = new Map<string, BenchmarkMapping[]>();
  for (const mapping of mappings) byFile.set(mapping.file, [...(byFile.get(mapping.file) ?? []), mapping]);
  const siblings = await listNames(`${dataDir}/${BENCHMARKS_DIR}`);
  const sources = new Map<BenchmarkMapping, BenchmarkSource>();
  const councils = new Map<string, CouncilEntry>();
  for (const [name, named] of byFile) {
    const relative = `${BENCHMARKS_DIR}/${name}`;
    const first = named[0]!;
    const text = await loadText(dataDir, relative, issues, 'a CSV file');
    if (text === undefined) {
      issues.push(issue(BENCHMARKS_FILE, first.cells.file.line, first.cells.file.column,
        `${missingMessage(relative, siblings.map((sibling) => `${BENCHMARKS_DIR}/${sibling}`), `Put DfE's file in the ${BENCHMARKS_DIR} folder exactly as downloaded, or correct the name here.`)
          .replace(/^this file is missing/, `there is no file ${relative}`)}`));
      continue;
    }
    if (text === null) continue;
    const read = readEesFile(text, relative, named, issues);
    if (read === null) continue;
    for (const [mapping, source] of read.sources) sources.set(mapping, source);
    if (!read.councils.has(settings.localAuthority)) {
      issues.push(issue(BENCHMARKS_FILE, first.cells.file.line, first.cells.file.column,
        `${relative} has no row for your council, ${settings.localAuthority} (site.json's "local_authority"). Check that "local_authority" is your council's new_la_code ` +
        'as DfE\'s files give it, and that this file holds every council (a local authority level file from Explore Education Statistics).'));
    }
    for (const council of read.councils.values()) {
      const known = councils.get(council.code);
      if (!known || comparePeriods(known.period, council.period) < 0) councils.set(council.code, council);
    }
  }

  const neighboursText = settings.statisticalNeighbours === null ? await loadText(dataDir, NEIGHBOURS_FILE, issues, 'a CSV file') : undefined;
  // A model file that exists but cannot be read has been reported; it is not the same as no file.
  const area = councils.size > 0 && neighboursText !== null ? resolveArea(settings, councils, neighboursText, issues) : null;
  warnings.push(...await unreadBenchmarkFiles(dataDir, new Set(byFile.keys()), settings.statisticalNeighbours === null));
  if (issues.length > before || area === null) return null;
  const publications = new Map<string, string>();
  for (const mapping of mappings) if (mapping.publication !== '' && !publications.has(mapping.file)) publications.set(mapping.file, mapping.publication);
  return {
    area,
    sources: mappings.map((mapping) => sources.get(mapping)!),
    lines: new Map(mappings.map((mapping) => [mapping.indicatorId, mapping.line])),
    publications,
  };
}
