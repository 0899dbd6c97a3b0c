// A synthetic data folder of any size for the benchmark and the scale tests, made from a template data
// folder (the demo data) rather than by a second generator: every indicator is repeated as often as needed
// (ids "<id>-2", "<id>-3", ...), and quarters before the template's first are filled by repeating its
// quarters a whole number of years earlier (so annual Q4-only figures stay in Q4), with their audits,
// audit domains, feedback, narratives, schedule and comparator figures moved by the same number of years.
// SPC rebases are kept for the quarters the folder still has.
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { periodFromOrdinal, periodOfMonth, periodOrdinal } from '../../src/domain/period.ts';

export interface ScaleOptions {
  /** How many indicators; at least 1. */
  indicators: number;
  /** How many quarters, ending with the template's latest; at least 1. */
  quarters: number;
  /** Where to write; a new temporary folder when left out. */
  into?: string;
}

type Row = Record<string, string>;

async function readCsv(file: string): Promise<{ rows: Row[]; fields: string[] } | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return { rows: parsed.data, fields: parsed.meta.fields ?? [] };
}

async function writeCsv(file: string, rows: Row[], fields: string[]): Promise<void> {
  await writeFile(file, Papa.unparse(rows, { columns: fields, newline: '\n' }) + '\n');
}

const periodFiles = async (dir: string, ext: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort((a, b) => periodOrdinal(a) - periodOrdinal(b));

/** `2024-10` moved `years` years (negative: earlier). */
const shiftMonth = (month: string, years: number) => (month ? `${Number(month.slice(0, 4)) + years}${month.slice(4)}` : month);

/** Writes a data folder of the given size made from `template`; returns its path. */
export async function scaledData(template: string, options: ScaleOptions): Promise<string> {
  const { indicators: wanted, quarters: wantedQuarters } = options;
  if (!Number.isInteger(wanted) || wanted < 1) throw new Error('the number of indicators must be a whole number of 1 or more');
  if (!Number.isInteger(wantedQuarters) || wantedQuarters < 1) throw new Error('the number of quarters must be a whole number of 1 or more');
  const dir = options.into ?? (await mkdtemp(path.join(tmpdir(), 'scorecard-scaled-')));
  await mkdir(dir, { recursive: true });
  for (const file of ['site.json', 'grade-scales.json', 'glossary.csv']) {
    await cp(path.join(template, file), path.join(dir, file)).catch(() => undefined);
  }

  // Indicators: copy c of template row r, grouped by template row so themes stay together.
  const catalogue = (await readCsv(path.join(template, 'indicators.csv')))!;
  const count = catalogue.rows.length;
  const copies = Array.from({ length: wanted }, (_, i) => ({ row: i % count, copy: Math.floor(i / count) })).sort((a, b) => a.row - b.row || a.copy - b.copy);
  const copiesOf = new Map<string, string[]>();
  for (const { row, copy } of copies) {
    const id = catalogue.rows[row]!['id']!;
    const list = copiesOf.get(id) ?? [];
    list.push(copy === 0 ? id : `${id}-${copy + 1}`);
    copiesOf.set(id, list);
  }
  const repeat = (rows: Row[], column: string) =>
    rows.flatMap((row) => (copiesOf.get(row[column]!) ?? []).map((id) => ({ ...row, [column]: id })));
  await writeCsv(path.join(dir, 'indicators.csv'), repeat(catalogue.rows, 'id'), catalogue.fields);

  // Quarters: the template's latest `wantedQuarters`, or earlier ones standing in for quarters before its first.
  const templatePeriods = await periodFiles(path.join(template, 'quarters'), '.csv');
  const first = periodOrdinal(templatePeriods[0]!);
  const last = periodOrdinal(templatePeriods.at(-1)!);
  const cycle = Math.max(4, Math.floor((last - first + 1) / 4) * 4);
  /** The template quarter that stands in for quarter `ordinal`, and how many years later it is. */
  const source = (ordinal: number) => {
    const from = ordinal >= first ? ordinal : last - ((((last - ordinal) % cycle) + cycle) % cycle);
    return { period: periodFromOrdinal(from), years: (ordinal - from) / 4 };
  };
  const periods = Array.from({ length: wantedQuarters }, (_, i) => last - wantedQuarters + 1 + i);
  const firstNew = periodFromOrdinal(periods[0]!);

  for (const folder of ['quarters', 'audits', 'audit-domains', 'feedback', 'narrative']) {
    const ext = folder === 'narrative' ? '.md' : '.csv';
    const available = new Set(await periodFiles(path.join(template, folder), ext));
    if (available.size === 0) continue;
    await mkdir(path.join(dir, folder), { recursive: true });
    for (const ordinal of periods) {
      const { period, years } = source(ordinal);
      if (!available.has(period)) continue;
      const from = path.join(template, folder, `${period}${ext}`);
      const to = path.join(dir, folder, `${periodFromOrdinal(ordinal)}${ext}`);
      if (folder === 'narrative') await cp(from, to);
      else {
        const { rows, fields } = (await readCsv(from))!;
        const moved = folder === 'audits' ? rows.map((row) => ({ ...row, month: shiftMonth(row['month'] ?? '', years) })) : rows;
        await writeCsv(to, folder === 'quarters' ? repeat(moved, 'indicator_id') : moved, fields);
      }
    }
  }

  // Targets apply from a quarter on: those from the template's first quarter apply from the new first.
  const targets = await readCsv(path.join(template, 'targets.csv'));
  if (targets) {
    const firstTemplate = templatePeriods[0]!;
    const rows = targets.rows.map((row) => (row['period'] === firstTemplate && periodOrdinal(firstNew) < first ? { ...row, period: firstNew } : row));
    await writeCsv(path.join(dir, 'targets.csv'), repeat(rows, 'indicator_id'), targets.fields);
  }

  // Comparator figures: each quarter gets those of the template quarter standing in for it.
  const comparators = await readCsv(path.join(template, 'comparators.csv'));
  if (comparators) {
    const standingIn = Map.groupBy(periods, (ordinal) => source(ordinal).period);
    const rows = comparators.rows.flatMap((row) => (standingIn.get(row['period']!) ?? []).map((ordinal) => ({ ...row, period: periodFromOrdinal(ordinal) })));
    await writeCsv(path.join(dir, 'comparators.csv'), repeat(rows, 'indicator_id'), comparators.fields);
  }

  // The QA schedule by month: each quarter's months from its stand-in, plus what the template plans after its last.
  const schedule = await readCsv(path.join(template, 'schedule.csv'));
  if (schedule) {
    const byPeriod = Map.groupBy(schedule.rows, (row) => periodOfMonth(row['month'] ?? '') ?? '');
    const rows: Row[] = periods.flatMap((ordinal) => {
      const { period, years } = source(ordinal);
      return (byPeriod.get(period) ?? []).map((row) => ({ ...row, month: shiftMonth(row['month']!, years) }));
    });
    rows.push(...schedule.rows.filter((row) => periodOrdinal(periodOfMonth(row['month']!) ?? templatePeriods[0]!) > last));
    await writeCsv(path.join(dir, 'schedule.csv'), rows, schedule.fields);
  }

  // Improvement actions as they are, naming only indicators that exist.
  const actions = await readCsv(path.join(template, 'actions.csv'));
  if (actions) {
    const rows = actions.rows.map((row) => ({ ...row, indicators: (row['indicators'] ?? '').split(';').filter((id) => copiesOf.has(id)).join(';') }));
    await writeCsv(path.join(dir, 'actions.csv'), rows, actions.fields);
  }

  // Benchmarks (issue 18): DfE's files as they are, and every copy of a benchmarked indicator mapped to them.
  const benchmarks = await readCsv(path.join(template, 'benchmarks.csv'));
  if (benchmarks) {
    await writeCsv(path.join(dir, 'benchmarks.csv'), repeat(benchmarks.rows, 'indicator_id'), benchmarks.fields);
    await cp(path.join(template, 'benchmarks'), path.join(dir, 'benchmarks'), { recursive: true });
  }

  // SPC rebases for every copy of their indicator, where their quarter is still in the folder.
  const rebases = await readCsv(path.join(template, 'spc-rebase.csv'));
  if (rebases) {
    const kept = new Set(periods.map((ordinal) => periodFromOrdinal(ordinal)));
    await writeCsv(path.join(dir, 'spc-rebase.csv'), repeat(rebases.rows.filter((row) => kept.has(row['period']!)), 'indicator_id'), rebases.fields);
  }
  return dir;
}
