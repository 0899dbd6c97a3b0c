// History read from a real git repository, built commit by commit in a temporary folder: the data folder
// sits inside a larger repository, as when DATA_DIR points into a council's own data repository.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earlierVersions, revisionsFromSnapshots } from '../../../src/domain/revisions.ts';
import { readDraftsLeniently, readHistory, readQuarterLeniently } from '../../../src/load/history.ts';

// Never let git find a repository above the temporary folders (the tests must not depend on where /tmp is).
process.env['GIT_CEILING_DIRECTORIES'] = tmpdir();

let repo: string;
let dataDir: string;

function git(args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Performance team', GIT_AUTHOR_EMAIL: 'performance@example.gov.uk', GIT_COMMITTER_NAME: 'Performance team', GIT_COMMITTER_EMAIL: 'performance@example.gov.uk' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` });
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: repo, env, encoding: 'utf8' });
}

async function quarter(period: string, rows: [string, string][]): Promise<void> {
  await writeFile(path.join(dataDir, 'quarters', `${period}.csv`), `indicator_id,value,commentary\n${rows.map(([id, v]) => `${id},${v},`).join('\n')}\n`);
}

async function commit(message: string, date: string): Promise<void> {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message, '-m', 'Body lines are not published.'], date);
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'scorecard-history-'));
  dataDir = path.join(repo, 'council', 'data');
  await mkdir(path.join(dataDir, 'quarters'), { recursive: true });
  git(['init', '-q']);
  await writeFile(path.join(dataDir, 'site.json'), '{"title": "Scorecard"}\n');
  await quarter('2025-26-Q1', [['referrals', '11.2'], ['contacts', '400']]);
  await commit('Publish 2025/26 Q1', '2025-08-04');
  await quarter('2025-26-Q2', [['referrals', '12.5'], ['contacts', '']]);
  await commit('Publish 2025/26 Q2', '2025-11-03');
  await quarter('2025-26-Q1', [['referrals', '11.8'], ['contacts', '400']]);
  await commit('Correct Q1 referrals: late returns from the out-of-hours team', '2025-11-20');
  // A quarter file that would not have validated is skipped, not taken as every figure removed.
  await writeFile(path.join(dataDir, 'quarters', '2025-26-Q2.csv'), 'indicator_id;value\nreferrals;12,9\n');
  await commit('Broken save from Excel', '2025-11-21');
  await quarter('2025-26-Q2', [['referrals', '12.5'], ['contacts', '310']]);
  await commit('Fill in Q2 contacts', '2025-11-24');
  await writeFile(path.join(dataDir, 'site.json'), '{"title": "Scorecard", "drafts": ["2025-26-Q3"]}\n');
  await quarter('2025-26-Q3', [['referrals', '13']]);
  await commit('Q3 draft for checking', '2026-01-12');
  await quarter('2025-26-Q3', [['referrals', '13.4']]);
  await commit('Q3 draft corrected', '2026-01-19');
  await writeFile(path.join(dataDir, 'site.json'), '{"title": "Scorecard", "drafts": []}\n');
  await commit('Publish 2025/26 Q3', '2026-02-03');
  // A commit outside the data folder is not the data's version.
  await writeFile(path.join(repo, 'README.md'), 'Not data\n');
  await commit('Readme', '2026-03-01');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('readHistory', () => {
  it('names the last commit that touched the data folder', async () => {
    const history = await readHistory(dataDir);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.dataCommit.date).toBe('2026-02-03');
    expect(history.dataCommit.hash).toMatch(/^[0-9a-f]{7,}$/);
    expect(git(['log', '-1', '--format=%s', history.dataCommit.hash]).trim()).toBe('Publish 2025/26 Q3');
    expect(history.dataCommit.uncommitted).toBe(false);
  });

  it('gives first publications and revisions, newest first, with dates and subject lines', async () => {
    const history = await readHistory(dataDir);
    if (!history.available) throw new Error(history.reason);
    const revisions = revisionsFromSnapshots(history.snapshots);
    expect(revisions.events.map((e) => [e.kind, e.period, e.kind === 'revision' ? `${e.indicatorId} ${e.previous} -> ${e.value}` : '', e.commit.date, e.commit.message])).toEqual([
      ['publication', '2025-26-Q3', '', '2026-02-03', 'Publish 2025/26 Q3'],
      ['revision', '2025-26-Q2', 'contacts null -> 310', '2025-11-24', 'Fill in Q2 contacts'],
      ['revision', '2025-26-Q1', 'referrals 11.2 -> 11.8', '2025-11-20', 'Correct Q1 referrals: late returns from the out-of-hours team'],
      ['publication', '2025-26-Q2', '', '2025-11-03', 'Publish 2025/26 Q2'],
      ['publication', '2025-26-Q1', '', '2025-08-04', 'Publish 2025/26 Q1'],
    ]);
    expect(earlierVersions(revisions, '2025-26-Q1', 'referrals').map((v) => [v.value, v.commit.date, v.commit.message])).toEqual([
      [11.2, '2025-08-04', 'Publish 2025/26 Q1'],
    ]);
    expect(earlierVersions(revisions, '2025-26-Q3', 'referrals')).toEqual([]);
  });

  it('says when the data folder has changes not yet committed', async () => {
    await quarter('2025-26-Q3', [['referrals', '14']]);
    try {
      const history = await readHistory(dataDir);
      expect(history.available && history.dataCommit.uncommitted).toBe(true);
    } finally {
      git(['checkout', '-q', '--', '.']);
    }
  });

  it('has no history outside a repository, in a shallow clone, or with no commits', async () => {
    const loose = await mkdtemp(path.join(tmpdir(), 'scorecard-tarball-'));
    const outside = await readHistory(loose);
    expect(outside).toEqual({ available: false, reason: expect.stringMatching(/not in a git repository/) });

    const shallow = path.join(loose, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(await readHistory(path.join(shallow, 'council', 'data'))).toEqual({ available: false, reason: expect.stringMatching(/shallow clone/) });

    const empty = path.join(loose, 'empty');
    await mkdir(empty);
    execFileSync('git', ['init', '-q'], { cwd: empty });
    expect(await readHistory(empty)).toEqual({ available: false, reason: expect.stringMatching(/no commit/) });
    await rm(loose, { recursive: true, force: true });
  });
});

describe('reading old versions leniently', () => {
  it('reads a quarter file saved by Excel, and refuses one that could not have validated', () => {
    expect(readQuarterLeniently('\uFEFFIndicator_ID,Value\r\nreferrals, 11.2 \r\ncontacts,\r\n')).toEqual(new Map([['referrals', 11.2], ['contacts', null]]));
    expect(readQuarterLeniently('indicator_id,value\nreferrals,twelve\n')).toBeNull();
    expect(readQuarterLeniently('indicator_id,value\nreferrals,1\nreferrals,2\n')).toBeNull();
    expect(readQuarterLeniently('id,figure\nreferrals,1\n')).toBeNull();
  });

  it('reads drafts from site.json, and leaves them as they were when the file cannot be read', () => {
    expect(readDraftsLeniently('{"drafts": ["2026-27-Q1"]}')).toEqual(new Set(['2026-27-Q1']));
    expect(readDraftsLeniently('{"title": "x"}')).toEqual(new Set());
    expect(readDraftsLeniently('{"drafts": ')).toBeNull();
  });
});
