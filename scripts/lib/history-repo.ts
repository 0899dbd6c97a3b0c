// A data folder with a long version history, for measuring what reading history costs: the template data
// (the demo) put in a new git repository as a council would build it up, one quarter published per commit,
// then corrections to published figures until there are as many commits as asked for.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Makes the repository; returns its data folder (inside a new temporary folder the caller removes). */
export async function dataWithHistory(template: string, commits: number): Promise<string> {
  const repo = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-history-'));
  const dataDir = path.join(repo, 'data');
  await cp(template, dataDir, { recursive: true });
  const quartersDir = path.join(dataDir, 'quarters');
  const names = (await readdir(quartersDir)).filter((n) => n.endsWith('.csv')).sort();
  const contents = new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(quartersDir, n), 'utf8')] as const)));
  for (const name of names.slice(1)) await rm(path.join(quartersDir, name));
  let day = 0;
  const git = (...args: string[]) => {
    const date = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString();
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', `Publish ${names[0]}`);
  let made = 1;
  for (const name of names.slice(1)) {
    if (made >= commits) break;
    day += 91;
    await writeFile(path.join(quartersDir, name), contents.get(name)!);
    git('add', '-A');
    git('commit', '-q', '-m', `Publish ${name}`);
    made++;
  }
  // Corrections: each commit nudges one figure of a published quarter, towards the middle of its range.
  for (let i = 0; made < commits; i++, made++) {
    day += 1;
    const name = names[i % names.length]!;
    const file = path.join(quartersDir, name);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const editable = lines.map((line, n) => ({ line, n })).filter(({ line, n }) => n > 0 && /^[a-z0-9_-]+,-?\d+(\.\d+)?,,/.test(line));
    const { line, n } = editable[i % editable.length]!;
    const cells = line.split(',');
    const value = Number(cells[1]);
    cells[1] = String(Math.round((value >= 50 ? value - 0.1 : value + 0.1) * 10) / 10);
    lines[n] = cells.join(',');
    await writeFile(file, lines.join('\n'));
    git('commit', '-q', '-a', '-m', `Correct ${cells[0]} in ${name}`);
  }
  return dataDir;
}

export interface CorrectedData {
  /** The repository's folder (the caller removes it) and the data folder inside it. */
  repo: string;
  dataDir: string;
  /** The figure corrected, in the newest quarter: its value as first published and as corrected. */
  first: number;
  corrected: number;
  /** Short hashes of the correction and of the commit that first published the newest quarter. */
  hash: string;
  publishedHash: string;
}

/**
 * The template data as a council publishes it: every quarter but the newest (committed `dates.earlier`), the
 * newest (`dates.published`), then one correction to `indicatorId`'s figure in it (`dates.corrected`), whose
 * commit message is `message`. The figure must be a value with no numerator or denominator.
 */
export async function dataWithCorrection(template: string, options: {
  newest: string; indicatorId: string; message: string; publishMessage?: string;
  dates: { earlier: string; published: string; corrected: string };
  env?: NodeJS.ProcessEnv;
}): Promise<CorrectedData> {
  const repo = await mkdtemp(path.join(tmpdir(), 'scorecard-history-repo-'));
  const dataDir = path.join(repo, 'data');
  await cp(template, dataDir, { recursive: true });
  const newestFile = path.join(dataDir, 'quarters', `${options.newest}.csv`);
  const newest = await readFile(newestFile, 'utf8');
  await rm(newestFile);
  const git = (args: string[], date: string) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...options.env, GIT_AUTHOR_NAME: 'Performance team', GIT_AUTHOR_EMAIL: 'p@example.gov.uk', GIT_COMMITTER_NAME: 'Performance team', GIT_COMMITTER_EMAIL: 'p@example.gov.uk', GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z` },
  });
  git(['init', '-q'], options.dates.earlier);
  git(['add', '-A'], options.dates.earlier);
  git(['commit', '-q', '-m', 'Publish the earlier quarters'], options.dates.earlier);
  await writeFile(newestFile, newest);
  git(['add', '-A'], options.dates.published);
  git(['commit', '-q', '-m', options.publishMessage ?? `Publish ${options.newest}`], options.dates.published);
  const line = newest.split('\n').find((l) => l.startsWith(`${options.indicatorId},`))!;
  const written = line.split(',')[1]!;
  const first = Number(written);
  const corrected = Math.round((first + 2.3) * 10) / 10;
  await writeFile(newestFile, newest.replace(line, line.replace(`,${written},`, `,${corrected},`)));
  git(['commit', '-q', '-a', '-m', options.message], options.dates.corrected);
  const hash = git(['log', '-1', '--format=%h'], options.dates.corrected).trim();
  const publishedHash = git(['log', '-1', '--skip=1', '--format=%h'], options.dates.corrected).trim();
  return { repo, dataDir, first, corrected, hash, publishedHash };
}
