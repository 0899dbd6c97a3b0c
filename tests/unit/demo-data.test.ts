// The demo is the project's shop window, so it must read as a real council's figures do, not as spin: measured
// by the site's own SPC over every indicator's whole series, most quarters are normal variation; the latest
// quarter has improvement, concern and common cause; indicators whose process has not changed show each kind of
// assurance; and the scorecard tells the stories a councillor follows (a red that persists, a new red, a recovery,
// ambers), with commentary for every red. data/ must also be exactly what scripts/make-demo-data.ts writes, so a
// hand edit, or a regeneration that drifts, fails here.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/domain/dataset-index.ts';
import { ragAtFromIndex, redRun } from '../../src/domain/red-run.ts';
import { buildScorecard, type Scorecard } from '../../src/domain/scorecard.ts';
import type { SpcAnalysis } from '../../src/domain/spc/analysis.ts';
import { spcAsAt } from '../../src/domain/spc/as-at.ts';
import { loadDataset } from '../../src/load/dataset.ts';
import { formatIssue } from '../../src/load/issue.ts';

const root = path.resolve(import.meta.dirname, '../..');
const demo = path.join(root, 'data');

type Read = Extract<SpcAnalysis, { kind: 'spc' }> & { id: string };

let index: DatasetIndex;
let latest: string;
let reads: Read[];
let scorecard: Scorecard;

beforeAll(async () => {
  const { dataset, issues, warnings } = await loadDataset(demo);
  expect(issues).toEqual([]);
  // `npm run validate -- --strict` would fail on any warning: a red with no commentary, a figure that looks wrong.
  expect(warnings.map(formatIssue)).toEqual([]);
  index = indexDataset(dataset!);
  latest = index.periods.at(-1)!;
  reads = index.indicators.flatMap((indicator) => {
    const analysis = spcAsAt(index, indicator, latest);
    return analysis.kind === 'spc' ? [{ ...analysis, id: indicator.id }] : [];
  });
  scorecard = buildScorecard(index, latest);
});

const special = (read: Read) => read.points.filter((p) => p.variation !== 'common_cause');
const latestPoint = (read: Read) => read.points.find((p) => p.period === latest);
/** A special cause among the latest values of the current limits: the site then gives no assurance (`process_changed`). */
const processChanged = (read: Read) => read.processChange.changed;

describe('the demo data, measured by SPC', () => {
  it('has SPC for most indicators', () => {
    expect(reads.length).toBeGreaterThanOrEqual(20);
  });

  it('has at most a quarter of all its points as special cause', () => {
    const points = reads.flatMap((read) => read.points);
    const signals = reads.flatMap(special);
    expect(signals.length / points.length).toBeLessThanOrEqual(0.25);
  });

  it('has normal variation on every chart', () => {
    expect(reads.filter((read) => special(read).length === read.points.length).map((read) => read.id)).toEqual([]);
  });

  it('shows improvement, concern and common cause in the latest quarter', () => {
    const variations = new Set(reads.map((read) => latestPoint(read)?.variation));
    for (const variation of ['improvement', 'concern', 'common_cause'] as const) expect(variations, variation).toContain(variation);
  });

  it('shows every kind of assurance among indicators whose process has not changed', () => {
    const settled = reads.filter((read) => !processChanged(read));
    const assurances = new Set(settled.map((read) => read.assurance));
    for (const assurance of ['consistent_pass', 'consistent_fail', 'inconsistent'] as const) expect(assurances, assurance).toContain(assurance);
  });

  it('starts the limits again where the service changed, for a reason', () => {
    expect(reads.some((read) => read.segments.length > 1 && read.segments.every((s, k) => k === 0 || s.rebase!.reason !== ''))).toBe(true);
  });
});

describe('the demo data\'s stories', () => {
  const runs = () => scorecard.rows.filter((row) => row.rag === 'red').map((row) => redRun(ragAtFromIndex(index), row.indicator.id, latest));

  it('has an indicator red for two quarters or more running', () => {
    expect(Math.max(...runs())).toBeGreaterThanOrEqual(2);
  });

  it('has an indicator newly red this quarter', () => {
    expect(runs()).toContain(1);
  });

  it('has an indicator that recovered from red, and some ambers', () => {
    expect(scorecard.rows.some((row) => row.previous.rag === 'red' && (row.rag === 'green' || row.rag === 'amber'))).toBe(true);
    expect(scorecard.summary.rag.amber).toBeGreaterThanOrEqual(2);
  });

  it('says why, in the commentary, wherever a figure is red', () => {
    const silent = index.periods.flatMap((period) =>
      buildScorecard(index, period).rows.filter((row) => row.rag === 'red' && row.commentary.trim() === '').map((row) => `${row.indicator.id} ${period}`));
    expect(silent).toEqual([]);
  });
});

describe('data/', () => {
  async function tree(dir: string): Promise<Map<string, string>> {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    return new Map(await Promise.all(files.map(async (f) => [path.relative(dir, f), await readFile(f, 'utf8')] as const)));
  }

  it('is exactly what scripts/make-demo-data.ts writes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'scorecard-demo-data-'));
    try {
      await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'make-demo-data.ts')], { env: { ...process.env, DEMO_DATA_OUT: out } });
      const [written, committed] = await Promise.all([tree(out), tree(demo)]);
      expect([...committed.keys()].sort()).toEqual([...written.keys()].sort());
      const differing = [...written].filter(([name, text]) => committed.get(name) !== text).map(([name]) => name);
      expect(differing, 'regenerate with node scripts/make-demo-data.ts; never edit data/ by hand').toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
