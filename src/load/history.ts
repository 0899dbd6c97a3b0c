// The data's version history, read from the git repository that holds the data folder (which may be a
// different repository from the code's, with the data folder anywhere inside it). Three git processes
// whatever the number of commits: rev-parse to find the repository, one log listing the commits and the
// files each changed, and one cat-file reading every changed file's content; plus a status for edits not
// yet committed. Any failure (no git, not a repository, a shallow clone) means "no history", never a
// failed build: the site is then published without it and says so. The one exception is a commit whose date
// git cannot give properly: publishing it would date figures wrongly, so the build stops, naming the commit.
// The log is read so that no commit message can forge it (src/load/git-log.ts).
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { CommitInfo, DataCommit, Snapshot } from '../domain/revisions.ts';
import { isPeriodId } from '../domain/period.ts';
import type { PeriodId } from '../domain/types.ts';
import { parseNumberText } from './cells.ts';
import { commitDateProblem, LOG_FORMAT, parseGitLog, publishedMessage } from './git-log.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { readJson } from './json.ts';
import { QUARTERS_DIR } from './quarters.ts';
import { SITE_FILE } from './site.ts';

const run = promisify(execFile);

export type HistoryRead =
  | { available: true; dataCommit: DataCommit; snapshots: Snapshot[] }
  | { available: false; reason: string }
  /** History that cannot be published as it is (a commit with no readable date): the build stops, saying so. */
  | { available: false; reason: string; problems: ValidationIssue[] };

// Long histories print long logs; far more than any council's data needs.
const MAX_OUTPUT = 256 * 1024 * 1024;

async function git(dataDir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', dataDir, '-c', 'core.quotePath=false', ...args], { maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  return stdout;
}

// cat-file's header for an object it found; anything else (`<name> missing`, `<name> ambiguous`) means the
// file did not exist at that commit. The names asked for are made here from a commit hash and a path
// (src/load/history.ts), never from a message.
const FOUND = /^[0-9a-f]{40}(?:[0-9a-f]{24})? (\w+) (\d+)$/;

/** The content of each `<commit>:<path>` through one `git cat-file --batch`; null where it did not exist. */
export function readBlobs(dataDir: string, objects: string[]): Promise<(Buffer | null)[]> {
  return new Promise((resolve, reject) => {
    // One name a line: a name holding a line break would be read as two.
    const broken = objects.find((o) => /[\r\n]/.test(o));
    if (broken !== undefined) return reject(new Error(`a path in the repository holds a line break (${JSON.stringify(broken)})`));
    const child = spawn('git', ['-C', dataDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed (exit ${code}): ${errors.trim()}`));
      const out = Buffer.concat(chunks);
      const blobs: (Buffer | null)[] = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const end = out.indexOf(10, at);
        if (end < 0) return reject(new Error('git cat-file stopped early'));
        const found = FOUND.exec(out.toString('utf8', at, end));
        at = end + 1;
        if (!found) {
          blobs.push(null);
          continue;
        }
        const size = Number(found[2]);
        // Each object's content is followed by a newline; anything else means the output was misread.
        if (out[at + size] !== 10) return reject(new Error('git cat-file gave an object of the wrong size'));
        blobs.push(found[1] === 'blob' ? out.subarray(at, at + size) : null);
        at += size + 1;
      }
      resolve(blobs);
    });
    child.stdin.on('error', () => {}); // an early exit is reported by 'close'
    child.stdin.end(objects.map((o) => `${o}\n`).join(''));
  });
}

/**
 * A quarter file as it was at some commit, read leniently: indicator id to value, or null when the file
 * could not have been published then (no indicator_id or value column, a value that is not a number, an
 * indicator twice). Blank values are "not available".
 */
export function readQuarterLeniently(text: string): Map<string, number | null> | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) return null;
  const names = header.map((name) => name.trim().toLowerCase());
  const id = names.indexOf('indicator_id');
  const value = names.indexOf('value');
  if (id < 0 || value < 0) return null;
  const values = new Map<string, number | null>();
  for (const row of rows) {
    const indicatorId = (row[id] ?? '').trim();
    const text = (row[value] ?? '').trim();
    if (indicatorId === '' || values.has(indicatorId)) return null;
    if (text === '') {
      values.set(indicatorId, null);
      continue;
    }
    const number = parseNumberText(text);
    if (number === null) return null;
    values.set(indicatorId, number.value);
  }
  return values;
}

/**
 * The drafts site.json listed at some commit; null when it could not be read, or gave a name twice (the
 * previous list stands): as the loader, never one of two meanings.
 */
export function readDraftsLeniently(text: string): Set<PeriodId> | null {
  try {
    const read = readJson(text.replace(/^\uFEFF/, ''));
    if (!read.ok || read.duplicates.length > 0) return null;
    const json = read.value;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
    const drafts = (json as Record<string, unknown>)['drafts'];
    if (drafts === undefined) return new Set();
    if (!Array.isArray(drafts)) return null;
    return new Set(drafts.filter((d): d is string => typeof d === 'string').map((d) => d.trim()));
  } catch {
    return null;
  }
}

const NO_COMMITS = 'no commit has touched the data folder yet';

/** The refusal for a commit whose date cannot be published: which commit, what is wrong, how to correct it. */
function undatedCommit(commit: CommitInfo, problem: string, newest: boolean): ValidationIssue {
  const named = commit.message === '' ? '' : ` ("${commit.message}")`;
  const fix = newest
    ? 'As it is the newest commit, correct its date with git commit --amend --no-edit (which dates it now), then build again.'
    : `Ask whoever looks after the repository to give it a real date, e.g. with git rebase --committer-date-is-author-date ${commit.hash}~1 ` +
      `(or git rebase --force-rebase ${commit.hash}~1, which dates the rewritten commits now), then build again.`;
  return issue('', null, null,
    `The data's version history: commit ${commit.hash}${named} cannot be published: ${problem}. ` +
    `The site dates each published figure and each change to it by its commit, so it would show a wrong date. ${fix}`);
}

function failure(error: unknown): string {
  const e = error as { code?: unknown; stderr?: unknown; message?: unknown };
  if (e.code === 'ENOENT') return 'git is not installed where the site was built';
  const text = typeof e.stderr === 'string' && e.stderr.trim() !== '' ? e.stderr : String(e.message ?? error);
  if (/not a git repository/i.test(text)) return 'the data folder is not in a git repository (for example, it was copied or unpacked from an archive)';
  if (/does not have any commits yet/i.test(text)) return NO_COMMITS;
  return `git could not read it (${text.trim().split('\n')[0]})`;
}

export async function readHistory(dataDir: string): Promise<HistoryRead> {
  // All three at once (the log and status are only used when rev-parse finds a full repository).
  const [where, logged, changed] = await Promise.allSettled([
    git(dataDir, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']),
    // --first-parent: a change counts from when it reached the main line, which is when it was published.
    git(dataDir, ['log', '-z', '--first-parent', '--diff-merges=first-parent', `--format=${LOG_FORMAT}`, '--name-only', '--', '.']),
    git(dataDir, ['status', '--porcelain', '--untracked-files=normal', '--', '.']),
  ]);
  if (where.status === 'rejected') return { available: false, reason: failure(where.reason) };
  const [inside = '', shallow = '', prefix = ''] = where.value.split('\n');
  if (inside !== 'true') return { available: false, reason: 'the data folder is not in a git working copy' };
  if (shallow === 'true') return { available: false, reason: 'the repository is a shallow clone without its full history (run git fetch --unshallow)' };
  if (logged.status === 'rejected') return { available: false, reason: failure(logged.reason) };
  if (changed.status === 'rejected') return { available: false, reason: failure(changed.reason) };
  const log = logged.value;
  const status = changed.value;
  try {
    const parsed = parseGitLog(log);
    if (parsed === null) return { available: false, reason: 'git gave its log in a form that could not be read' };
    const commits = parsed.reverse().map((c) => ({ ...c, info: { hash: c.hash, date: c.date, message: publishedMessage(c.body) } }));
    const newest = commits[commits.length - 1];
    if (!newest) return { available: false, reason: NO_COMMITS };
    const dataCommit: DataCommit = { hash: newest.info.hash, date: newest.info.date, uncommitted: status.trim() !== '' };

    const quartersPrefix = `${prefix}${QUARTERS_DIR}/`;
    const sitePath = `${prefix}${SITE_FILE}`;
    const periodOf = (file: string): PeriodId | null => {
      if (!file.startsWith(quartersPrefix) || !file.endsWith('.csv')) return null;
      const name = file.slice(quartersPrefix.length, -'.csv'.length);
      return isPeriodId(name) ? name : null;
    };
    const relevant = commits.map((c) => ({ ...c, files: c.files.filter((f) => f === sitePath || periodOf(f) !== null) })).filter((c) => c.files.length > 0);
    // Every date the site publishes: each commit that changed a quarter or site.json, and the newest commit.
    const dated = new Map([...relevant, newest].map((commit) => [commit.full, commit.info]));
    const problems = [...dated].flatMap(([full, info]) => {
      const problem = commitDateProblem(info.date);
      return problem === '' ? [] : [undatedCommit(info, problem, full === newest.full)];
    });
    if (problems.length > 0) return { available: false, reason: 'a commit has no readable date', problems };
    const blobs = await readBlobs(dataDir, relevant.flatMap((c) => c.files.map((f) => `${c.full}:${f}`)));

    const snapshots: Snapshot[] = [];
    let quarters = new Map<PeriodId, ReadonlyMap<string, number | null>>();
    let drafts: ReadonlySet<PeriodId> = new Set();
    let next = 0;
    for (const commit of relevant) {
      quarters = new Map(quarters);
      for (const file of commit.files) {
        const blob = blobs[next++] ?? null;
        const period = periodOf(file);
        if (period === null) {
          if (blob === null) drafts = new Set();
          else drafts = readDraftsLeniently(blob.toString('utf8')) ?? drafts;
        } else if (blob === null) {
          quarters.delete(period);
        } else {
          // A file that could not be read then is skipped: its last readable version stands.
          const values = readQuarterLeniently(blob.toString('utf8'));
          if (values) quarters.set(period, values);
        }
      }
      snapshots.push({ commit: commit.info, drafts, quarters });
    }
    return { available: true, dataCommit, snapshots };
  } catch (error) {
    return { available: false, reason: failure(error) };
  }
}
