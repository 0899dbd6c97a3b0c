// Versions and revisions in a built site: a copy of the demo data in its own git repository, published
// quarter by quarter and then corrected, is built with npm run build's script; and the same data unpacked
// from an archive (no repository) still builds, saying that history is not available.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { dataWithCorrection } from '../../scripts/lib/history-repo.ts';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
// git must never find a repository above the temporary folders, whatever machine this runs on.
const gitEnv = { GIT_CEILING_DIRECTORIES: tmpdir() };
const cleanup: string[] = [];

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function build(dataDir: string, env: Record<string, string> = {}) {
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-history-site-')), 'site');
  cleanup.push(path.dirname(outDir));
  const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
    cwd: root,
    env: { ...process.env, ...gitEnv, DATA_DIR: dataDir, OUT_DIR: outDir, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const page = (file: string) => readFile(path.join(outDir, file), 'utf8');
  return { outDir, output: stdout + stderr, page, json: async (file: string) => JSON.parse(await page(file)) };
}

const LATEST = '2025-26-Q3';
const REVISED = 'referral-rate';
const MESSAGE = 'Correct Q3 referrals: late returns from the <out-of-hours> team & "duty"';

/** The demo data in a new repository: everything but the latest quarter, then that quarter, then a correction. */
async function repositoryOfDemoData() {
  const data = await dataWithCorrection(path.join(root, 'data'), {
    newest: LATEST, indicatorId: REVISED, message: MESSAGE, publishMessage: 'Publish 2025/26 Q3', env: gitEnv,
    dates: { earlier: '2025-11-10', published: '2026-02-03', corrected: '2026-03-12' },
  });
  cleanup.push(data.repo);
  return data;
}

const text = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('a build from data with version history', () => {
  it('marks the revised figure on every view, names the data version, and publishes the changes page, JSON and feed', async () => {
    const { dataDir, first, corrected, hash, publishedHash } = await repositoryOfDemoData();
    const site = await build(dataDir, { SITE_URL: 'https://scorecard.example.org' });

    // API: data_commit on each scorecard file, revisions on each row.
    const scorecard = await site.json(`api/scorecard/${LATEST}.json`);
    expect(scorecard.data_commit).toEqual({ hash, date: '2026-03-12', uncommitted_changes: false });
    const rows = scorecard.indicators as { id: string; value: number; revisions: unknown[] }[];
    expect(rows.find((r) => r.id === REVISED)).toMatchObject({
      value: corrected,
      revisions: [{ value: first, date: '2026-02-03', commit: publishedHash, message: 'Publish 2025/26 Q3' }],
    });
    expect(rows.filter((r) => r.revisions.length > 0).map((r) => r.id)).toEqual([REVISED]);
    const older = await site.json('api/scorecard/2025-26-Q2.json');
    expect((older.indicators as { revisions: unknown[] }[]).every((r) => r.revisions.length === 0)).toBe(true);
    const csv = Papa.parse<Record<string, string>>((await site.page('api/scorecards.csv')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(csv.filter((r) => r['revised'] === 'true').map((r) => [r['period'], r['indicator_id']])).toEqual([[LATEST, REVISED]]);
    expect(csv.every((r) => r['revised'] === 'true' || r['revised'] === 'false')).toBe(true);

    // Pages: the r marker with its note on the scorecard, the indicator's table and the RAG grid.
    const firstAsText = String(first);
    const note = `Revised: first published as ${firstAsText} on 3 February 2026.`;
    const home = text(await site.page('index.html'));
    const homeMark = home.querySelector(`tr[data-indicator="${REVISED}"] a.revised`)!;
    expect(homeMark.textContent).toBe(`r${note}`);
    expect(homeMark.getAttribute('href')).toBe(`/changes/#revised-${LATEST}-${REVISED}-${hash}`);
    expect(home.querySelectorAll('a.revised')).toHaveLength(1);
    expect(home.querySelector('[data-revised-note]')?.textContent).toMatch(/r means revised/);
    expect(home.querySelector('footer [data-data-version]')?.textContent).toContain(`Figures from the data as of 12 March 2026 (version ${hash}).`);
    expect(home.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/changes.xml');
    const indicator = text(await site.page(`indicators/${REVISED}/index.html`));
    expect(indicator.querySelector(`tr[data-period="${LATEST}"] a.revised`)?.textContent).toBe(`r${note}`);
    expect(indicator.querySelectorAll('a.revised')).toHaveLength(1);
    const grid = text(await site.page('rag-grid/front-door/index.html'));
    expect(grid.querySelector(`tr[data-indicator="${REVISED}"] a.revised`)?.textContent).toBe(`r${note}`);
    const unrevised = text(await site.page('quarters/2025-26-Q2/index.html'));
    expect(unrevised.querySelector('a.revised, [data-revised-note]')).toBeNull();
    // The symbols legend lists r, the only symbol these pages show, and a page without one has no legend.
    const legend = (doc: ReturnType<typeof text>) => [...doc.querySelectorAll('[data-symbols-legend] dt')].map((dt) => dt.textContent);
    for (const doc of [home, indicator, grid]) expect(legend(doc)).toEqual(['r']);
    expect(unrevised.querySelector('[data-symbols-legend]')).toBeNull();

    // The changes page, newest first: the revision, then the quarters' first publications.
    const changes = text(await site.page('changes/index.html'));
    const events = [...changes.querySelectorAll('tr[data-change]')];
    expect(events[0]!.id).toBe(`revised-${LATEST}-${REVISED}-${hash}`);
    expect(events[0]!.textContent).toContain(MESSAGE);
    expect(events[1]!.id).toBe(`published-${LATEST}`);
    expect(events.slice(1).every((e) => e.getAttribute('data-change') === 'publication')).toBe(true);
    expect(changes.querySelector('[data-feed-link]')?.getAttribute('href')).toBe('/changes.xml');

    const changesJson = await site.json('api/changes.json');
    expect(changesJson.data_commit).toEqual(scorecard.data_commit);
    expect(changesJson.changes[0]).toMatchObject({ type: 'revision', period: LATEST, indicator_id: REVISED, previous_value: first, value: corrected, date: '2026-03-12', commit: hash, message: MESSAGE });
    expect(changesJson.changes[1]).toMatchObject({ type: 'first_publication', period: LATEST, date: '2026-02-03', commit: publishedHash });

    // The Atom feed: well-formed XML, one entry per event, absolute addresses, the message as text.
    const feed = new DOMParser().parseFromString(await site.page('changes.xml'), 'text/xml');
    const entries = [...feed.querySelectorAll('entry')];
    expect(entries).toHaveLength(changesJson.changes.length);
    expect(entries[0]!.querySelector('summary')?.textContent).toContain(MESSAGE);
    expect(entries[0]!.querySelector('id')?.textContent).toBe(`https://scorecard.example.org/changes/#revised-${LATEST}-${REVISED}-${hash}`);
    expect(entries[1]!.querySelector('link')?.getAttribute('href')).toBe(`https://scorecard.example.org/quarters/${LATEST}/`);
    expect(feed.querySelector('feed > updated')?.textContent).toBe('2026-03-12T00:00:00Z');
  }, 180_000);
});

describe('a build from data without version history (unpacked from an archive)', () => {
  it('still builds, and says on every page, the changes page and in the API that history is not available', async () => {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-tarball-')), 'data');
    cleanup.push(path.dirname(dataDir));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    // The copy is outside any repository: this test means nothing if git can find one.
    await expect(run('git', ['-C', dataDir, 'rev-parse', '--git-dir'], { env: { ...process.env, ...gitEnv } })).rejects.toThrow();

    const site = await build(dataDir, { SITE_URL: '' });
    expect(site.output).toMatch(/version history is not available/);
    const home = text(await site.page('index.html'));
    expect(home.querySelector('footer [data-data-version]')?.textContent).toContain('Version history is not available for this build.');
    expect(home.querySelector('link[type="application/atom+xml"], a.revised')).toBeNull();
    expect(text(await site.page('changes/index.html')).querySelector('[data-history-unavailable]')?.textContent).toMatch(/Version history is not available/);
    const scorecard = await site.json(`api/scorecard/${LATEST}.json`);
    expect(scorecard.data_commit).toBeNull();
    expect((scorecard.indicators as { revisions: unknown[] }[]).every((r) => Array.isArray(r.revisions) && r.revisions.length === 0)).toBe(true);
    expect((await site.json('api/changes.json')).changes).toEqual([]);
    expect(existsSync(path.join(site.outDir, 'changes.xml'))).toBe(false);
  }, 180_000);
});
