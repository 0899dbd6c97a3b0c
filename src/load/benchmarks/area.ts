// Who we are and who we compare with, resolved against DfE's files: site.json gives our new_la_code; the files
// give our old_la_code, name and region; the neighbours come from site.json or the statistical-neighbour model,
// by old or new code, and each is found in the files so that its figures can be read by its new code.
import type { BenchmarkArea } from '../../domain/benchmark/types.ts';
import { comparePeriods } from '../../domain/period.ts';
import type { CsvCell } from '../csv.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { SITE_FILE } from '../site.ts';
import type { CouncilEntry } from './ees-file.ts';
import { NEIGHBOURS_FILE, readNeighbours } from './neighbours-file.ts';
import { OLD_LA_CODE, type BenchmarkSettings } from './site-settings.ts';

interface Listed {
  code: string;
  /** Where the code is written, for a problem with it. */
  file: string;
  line: number;
  column: string;
}

/**
 * `councils`: every council in the benchmark files by new_la_code. `neighboursText`: the model file, undefined when
 * there is none. Null when our council is not in the files (already said for each file) or a neighbour cannot be found.
 */
export function resolveArea(
  settings: BenchmarkSettings, councils: ReadonlyMap<string, CouncilEntry>, neighboursText: string | undefined, issues: ValidationIssue[],
): BenchmarkArea | null {
  const own = councils.get(settings.localAuthority);
  if (!own) return null;
  let listed: Listed[] | null;
  if (settings.statisticalNeighbours !== null) {
    listed = settings.statisticalNeighbours.map((code, index) => ({ code, file: SITE_FILE, line: settings.lines.neighbour(index), column: `statistical_neighbours[${index}]` }));
  } else if (neighboursText === undefined) {
    issues.push(issue(SITE_FILE, settings.lines.localAuthority, 'local_authority',
      `benchmarks need your 10 statistical neighbours, and there is no ${NEIGHBOURS_FILE}. Add DfE's statistical-neighbour model there as published ` +
      '(old_la_code, SN_1 … SN_10), or list the neighbours in site.json, e.g. "statistical_neighbours": ["330", "332", …].'));
    return null;
  } else {
    const read = readNeighbours(neighboursText, own.oldCode, own.name, issues);
    listed = read && read.map(({ code, cell }: { code: string; cell: CsvCell }) => ({ code, file: NEIGHBOURS_FILE, line: cell.line, column: cell.column }));
  }
  if (listed === null) return null;

  // An old code is read as the council that had it most recently (a code can pass to a new council on reorganisation).
  const byOldCode = new Map<string, CouncilEntry>();
  for (const council of councils.values()) {
    const known = byOldCode.get(council.oldCode);
    if (!known || comparePeriods(council.period, known.period) > 0) byOldCode.set(council.oldCode, council);
  }
  const neighbours: string[] = [];
  for (const { code, file, line, column } of listed) {
    const old = OLD_LA_CODE.test(code);
    const found = old ? byOldCode.get(code) : councils.get(code);
    if (found) {
      neighbours.push(found.code);
      continue;
    }
    issues.push(issue(file, line, column,
      `no council in the benchmark files has the ${old ? 'old_la_code' : 'new_la_code'} "${code}", so its figures cannot be read. ` +
      'Check the code against the old_la_code and new_la_code columns of DfE\'s files.'));
  }
  if (neighbours.length < listed.length) return null;
  return { code: own.code, oldCode: own.oldCode, name: own.name, regionCode: own.regionCode, regionName: own.regionName, neighbours };
}
