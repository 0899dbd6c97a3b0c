// `npm run demo` builds the demo from a git repository in which the fictional council published its quarters, so
// the demo's changes page, revision mark and data version read as a real council's would: each quarter first
// published in a commit of its own, on a working day weeks after the quarter ended, one published figure corrected
// later with its reason, and the same commits (same hashes) every time, so the demo site stays deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoRepo } from '../../scripts/lib/demo-repo.ts';
import { periodEndDate, periodOrdinal } from '../../src/domain/period.ts';
import { revisionsFromSnapshots, type ChangeEvent, type Revisions } from '../../src/domain/revisions.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { loadDataset } from '../../src/load/dataset.ts';
import { readHistory, type HistoryRead } from '../../src/load/history.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DAY = 86_400_000;

const folders: string[] = [];
let dataDir: string;
let history: Extract<HistoryRead, { available: true }>;
let revisions: Revisions;
let demo: Dataset;

async function makeRepo(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-demo-repo-'));
  folders.push(folder);
  return makeDemoRepo(path.join(root, 'data'), path.join(folder, 'demo'));
}

const head = (dir: string) => execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

beforeAll(async () => {
  dataDir = await makeRepo();
  const read = await readHistory(dataDir);
  if (!read.available) throw new Error(`no history: ${read.reason}`);
  history = read;
  revisions = revisionsFromSnapshots(read.snapshots);
  demo = (await loadDataset(dataDir)).dataset!;
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const publications = () => revisions.events.filter((e): e is Extract<ChangeEvent, { kind: 'publication' }> => e.kind === 'publication').reverse();

describe('the demo repository', () => {
  it('holds the demo data as it is in data/', async () => {
    const { dataset } = await loadDataset(path.join(root, 'data'));
    expect(demo).toEqual(dataset);
  });

  it('first publishes every quarter in a commit of its own, in order', () => {
    expect(publications().map((e) => e.period)).toEqual(demo.periods);
    expect(new Set(publications().map((e) => e.commit.hash)).size).toBe(demo.periods.length);
  });

  it('publishes each quarter on a working day five to seven weeks after the quarter ended', () => {
    for (const { period, commit } of publications()) {
      const days = (Date.parse(commit.date) - Date.parse(periodEndDate(period))) / DAY;
      expect(days, `${period} published ${commit.date}`).toBeGreaterThanOrEqual(35);
      expect(days, `${period} published ${commit.date}`).toBeLessThanOrEqual(49);
      expect([0, 6], `${period} published on a weekend, ${commit.date}`).not.toContain(new Date(commit.date).getUTCDay());
    }
  });

  it('has one later correction of a published figure, with its reason, and no other commit', () => {
    const corrections = revisions.events.filter((e) => e.kind === 'revision');
    expect(corrections).toHaveLength(1);
    const [correction] = corrections;
    const published = publications().find((e) => e.period === correction!.period)!;
    expect(correction!.commit.date > published.commit.date).toBe(true);
    expect(correction!.commit.message).toMatch(/^Correct .{20,}/);
    expect(correction!.value).toBe(demo.values.find((v) => v.period === correction!.period && v.indicatorId === correction!.indicatorId)!.value);
    expect(correction!.previous).not.toBe(correction!.value);
    expect(history.snapshots).toHaveLength(demo.periods.length + 1);
  });

  it('dates the data by its history: the accessibility statement and the comparators come before the newest publication', () => {
    const newest = publications().at(-1)!;
    expect(demo.site.statementDate! <= newest.commit.date).toBe(true);
    // National comparators are published about six months after the period they describe.
    for (const value of demo.comparatorValues) expect(periodOrdinal(value.period), `${value.indicatorId} ${value.period}`).toBeLessThanOrEqual(periodOrdinal(newest.period) - 2);
    expect(history.dataCommit).toEqual({ hash: newest.commit.hash, date: newest.commit.date, uncommitted: false });
  });

  it('is the same repository, commit for commit, every time it is made', async () => {
    expect(head(await makeRepo())).toBe(head(dataDir));
  });
});
