// The demo as a council would have built it up: a git repository of the demo data in which each quarter is first
// published in a commit of its own, dated when it was published (scripts/lib/demo-history.ts), with the data folder
// as it stood then (only the quarters, targets, comparators, actions, schedule and DfE's benchmark files known by
// that date), and one figure corrected later with its reason. The newest commit's data is data/ exactly: the script
// refuses otherwise. Deterministic: fixed author, dates and messages, and no user or system git settings, so every
// run makes the same commits with the same hashes.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { comparePeriods, nextPeriod, periodEndDate, periodMonths, periodMonthsLabel, periodOrdinal, periodShortLabel } from '../../src/domain/period.ts';
import { BENCHMARKS_FROM, CORRECTION, DEMO_AUTHOR, PUBLICATIONS, STATEMENT_DATES, publicationMessage } from './demo-history.ts';

/** Folders holding one file per quarter, named after it. */
const PERIOD_FOLDERS = ['quarters', 'audits', 'audit-domains', 'feedback', 'narrative'];
/** Comparator figures are published about six months after the period they describe (national statistics). */
const COMPARATOR_DELAY = 2;
/** A change to a service is written into spc-rebase.csv once two more quarters show that it has lasted. */
const REBASE_DELAY = 2;

type Files = Map<string, string>;

async function readTree(dir: string, prefix = ''): Promise<Files> {
  const files: Files = new Map();
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [name, text] of await readTree(path.join(dir, entry.name), relative)) files.set(name, text);
    else if (entry.isFile()) files.set(relative, await readFile(path.join(dir, entry.name), 'utf8'));
  }
  return files;
}

// The same quoting as the demo generator's (scripts/demo-data/text.ts), so a row that is kept is written exactly as it was.
function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  return { header, rows };
}

function writeCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** Keeps the rows `keep` accepts (and rewrites them with `edit`); null when none is left, so the file is left out. */
function filterCsv(text: string, keep: (row: Record<string, string>) => boolean, edit?: (row: Record<string, string>) => void): string | null {
  const { header, rows } = parseCsv(text);
  const kept: string[][] = [];
  for (const cells of rows) {
    const row = Object.fromEntries(header.map((name, k) => [name, cells[k] ?? '']));
    if (!keep(row)) continue;
    edit?.(row);
    kept.push(header.map((name) => row[name]!));
  }
  return kept.length === 0 ? null : writeCsv(header, kept);
}

const lastMonth = (period: string): string => periodEndDate(period).slice(0, 7);
const dateOf = (at: string): string => at.slice(0, 10);

/** The quarter file as first published, before the correction. */
function firstPublished(text: string): string {
  const { header, rows } = parseCsv(text);
  const [id, value, numerator, denominator] = ['indicator_id', 'value', 'numerator', 'denominator'].map((name) => header.indexOf(name));
  const row = rows.find((cells) => cells[id!] === CORRECTION.indicatorId);
  if (!row) throw new Error(`${CORRECTION.period} has no ${CORRECTION.indicatorId} row to correct`);
  const first = Number(row[numerator!]) + CORRECTION.firstNumeratorChange;
  row[numerator!] = String(first);
  row[value!] = String(Math.round((1000 * first) / Number(row[denominator!])) / 10);
  return writeCsv(header, rows);
}

/** The data folder as it stood just after a commit made at `at`, when `period` was the newest quarter published. */
function snapshot(final: Files, period: string, at: string, corrected: boolean): Files {
  const files: Files = new Map();
  const date = dateOf(at);
  const upTo = (p: string) => comparePeriods(p, period) <= 0;
  for (const [name, text] of final) {
    const [folder, file] = name.split('/');
    let kept: string | null = text;
    if (file !== undefined && PERIOD_FOLDERS.includes(folder!)) {
      const filePeriod = file.replace(/\.\w+$/, '');
      if (!upTo(filePeriod)) continue;
      if (folder === 'quarters' && filePeriod === CORRECTION.period && !corrected) kept = firstPublished(text);
    } else if (name === 'benchmarks.csv' || folder === 'benchmarks') {
      if (date < BENCHMARKS_FROM) continue;
    } else if (name === 'site.json') {
      const statement = STATEMENT_DATES.filter((d) => d <= date).at(-1);
      const site = JSON.parse(text) as Record<string, unknown>;
      if (date < BENCHMARKS_FROM) {
        delete site['local_authority'];
        delete site['statistical_neighbours'];
      }
      kept = JSON.stringify({ ...site, statement_date: statement }, null, 2) + '\n';
    } else if (name === 'targets.csv') {
      kept = filterCsv(text, (row) => upTo(row['period']!));
    } else if (name === 'spc-rebase.csv') {
      kept = filterCsv(text, (row) => periodOrdinal(row['period']!) <= periodOrdinal(period) - REBASE_DELAY);
    } else if (name === 'comparators.csv') {
      kept = filterCsv(text, (row) => periodOrdinal(row['period']!) <= periodOrdinal(period) - COMPARATOR_DELAY);
    } else if (name === 'actions.csv') {
      // An action completed after the commit was on track when it was made, with no completed date yet.
      kept = filterCsv(text, (row) => upTo(row['raised']!), (row) => {
        if (row['status'] === 'complete' && row['completed']! > date) {
          row['status'] = 'on_track';
          row['completed'] = '';
        }
      });
    } else if (name === 'schedule.csv') {
      // The schedule runs to the end of the next quarter; what lies after the newest quarter is still planned.
      kept = filterCsv(text, (row) => row['month']! <= lastMonth(nextPeriod(period)), (row) => {
        if (row['month']! > lastMonth(period)) row['status'] = 'planned';
      });
    }
    if (kept !== null) files.set(name, kept);
  }
  return files;
}

interface DemoCommit {
  at: string;
  message: string;
  files: Files;
}

/** Every commit of the demo's history, oldest first. */
export function demoCommits(final: Files): DemoCommit[] {
  const events = [
    ...PUBLICATIONS.map((p) => ({ at: p.at, period: p.period, correction: false })),
    { at: CORRECTION.at, period: '', correction: true },
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const commits: DemoCommit[] = [];
  let newest: string | null = null;
  let corrected = false;
  for (const event of events) {
    if (event.correction) {
      if (newest === null || comparePeriods(CORRECTION.period, newest) > 0) throw new Error(`The correction to ${CORRECTION.period} comes before it was published`);
      corrected = true;
      commits.push({ at: event.at, message: CORRECTION.message, files: snapshot(final, newest, event.at, corrected) });
      continue;
    }
    newest = event.period;
    commits.push({ at: event.at, message: publicationMessage(periodShortLabel(newest), periodMonthsLabel(newest)), files: snapshot(final, newest, event.at, corrected) });
  }
  return commits;
}

/** Checks the history against the data: every quarter published once, in order, weeks after it ended; the end is data/. */
function check(final: Files, commits: DemoCommit[]): void {
  const quarters = [...final.keys()].filter((name) => name.startsWith('quarters/')).map((name) => name.slice('quarters/'.length, -'.csv'.length)).sort(comparePeriods);
  const published = PUBLICATIONS.map((p) => p.period);
  if (published.join() !== quarters.join()) throw new Error(`demo-history.ts publishes ${published.join(', ')}, but data/quarters/ has ${quarters.join(', ')}`);
  for (const { period, at } of PUBLICATIONS) {
    const { end } = periodMonths(period);
    const days = (Date.parse(dateOf(at)) - Date.UTC(end.year, end.month + 1, 0)) / 86_400_000;
    const weekday = new Date(Date.parse(dateOf(at))).getUTCDay();
    if (days < 35 || days > 49 || weekday === 0 || weekday === 6) throw new Error(`${period} is published on ${dateOf(at)}, not on a working day five to seven weeks after it ended`);
  }
  const last = commits.at(-1)!.files;
  const differing = [...new Set([...final.keys(), ...last.keys()])].filter((name) => final.get(name) !== last.get(name));
  if (differing.length > 0) throw new Error(`The demo history does not end with data/ as it is: ${differing.join(', ')} differ`);
}

/** Makes the repository in `repoDir` (replacing it) with the data folder at `repoDir/data`; returns the data folder. */
export async function makeDemoRepo(dataDir: string, repoDir: string): Promise<string> {
  const final = await readTree(dataDir);
  const commits = demoCommits(final);
  check(final, commits);
  await rm(repoDir, { recursive: true, force: true });
  const repoData = path.join(repoDir, 'data');
  await mkdir(repoData, { recursive: true });
  const git = (args: string[], at: string) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.autocrlf=false', ...args], {
    cwd: repoDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      // Nobody's own git settings may change what is committed.
      GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: DEMO_AUTHOR.name, GIT_AUTHOR_EMAIL: DEMO_AUTHOR.email, GIT_AUTHOR_DATE: at,
      GIT_COMMITTER_NAME: DEMO_AUTHOR.name, GIT_COMMITTER_EMAIL: DEMO_AUTHOR.email, GIT_COMMITTER_DATE: at,
    },
  });
  git(['init', '-q', '--initial-branch=main'], commits[0]!.at);
  let previous: Files = new Map();
  for (const commit of commits) {
    for (const name of previous.keys()) if (!commit.files.has(name)) await rm(path.join(repoData, name));
    for (const [name, text] of commit.files) {
      if (previous.get(name) === text) continue;
      await mkdir(path.dirname(path.join(repoData, name)), { recursive: true });
      await writeFile(path.join(repoData, name), text);
    }
    git(['add', '-A'], commit.at);
    git(['commit', '-q', '-m', commit.message], commit.at);
    previous = commit.files;
  }
  return repoData;
}
