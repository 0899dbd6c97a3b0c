// The site derived in-process from a fixture folder, as a build derives it, without spawning a build: the
// settings passed in decide drafts, addresses and the warnings banner; the pages' module hands over the data as read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/types.ts';
import { loadDataset } from '../../../src/load/dataset.ts';
import type { HistoryRead } from '../../../src/load/history.ts';
import { DataValidationError, issue } from '../../../src/load/issue.ts';
import { deriveSite, historyNotes } from '../../../src/site/site-data.ts';
import type { SiteSettings } from '../../../src/site/settings.ts';
import { SITE_MODULE, siteModule, siteSource } from '../../../src/site/site-source.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/checks-data');
const settings: SiteSettings = { basePath: '/children/', siteUrl: 'https://www.kesterley.gov.uk', drafts: false, today: '2026-12-01', production: true };
const history: HistoryRead = { available: true, dataCommit: { hash: 'abc1234', date: '2026-01-10', uncommitted: false }, snapshots: [] };
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function load() {
  const loaded = await loadDataset(fixture, { base: settings.basePath, today: settings.today });
  expect(loaded.issues).toEqual([]);
  return { dataset: loaded.dataset!, warnings: loaded.warnings };
}

/** The same data with its newest quarter listed in "drafts". */
function withNewestDraft(dataset: Dataset): Dataset {
  return { ...dataset, site: { ...dataset.site, drafts: [dataset.periods.at(-1)!] } };
}

describe('deriveSite: benchmarks (issue 18)', () => {
  it('are empty for a council without benchmark files', async () => {
    const { dataset } = await load();
    expect(deriveSite(settings, dataset, history).benchmarks).toEqual(new Map());
  });

  it('are each benchmarked indicator\'s standing, by id, as loaded', async () => {
    const loaded = await loadDataset(path.resolve(import.meta.dirname, '../../fixtures/benchmarks-coventry'));
    expect(loaded.issues).toEqual([]);
    const site = deriveSite(settings, loaded.dataset!, history);
    expect([...site.benchmarks.keys()]).toEqual(['rereferrals', 'referrals-nfa', 'not-in-need']);
    expect(site.benchmarks.get('rereferrals')).toBe(loaded.dataset!.benchmarks!.indicators[0]);
    // The comparators on every scorecard are DfE's figures, at the year's Q4.
    const row = site.scorecards.get('2024-25-Q4')!.rows.find((r) => r.indicator.id === 'rereferrals')!;
    expect(row.comparators.map((c) => [c.id, c.value, c.period])).toEqual([
      ['stat_neighbours', 20.21, '2024-25-Q4'], ['region', 19.5, '2024-25-Q4'], ['england', 22.6, '2024-25-Q4'],
    ]);
  });
});

describe('deriveSite', () => {
  it('derives every quarter\'s scorecard and each indicator\'s series and SPC from the folder as loaded', async () => {
    const { dataset } = await load();
    const site = deriveSite(settings, dataset, history);
    expect(site.periods).toEqual(dataset.periods);
    expect(site.latest).toBe(dataset.periods.at(-1));
    expect([...site.scorecards.keys()]).toEqual(dataset.periods);
    expect([...site.series.keys()]).toEqual(dataset.indicators.map((indicator) => indicator.id));
    expect([...site.spc.keys()]).toEqual(dataset.indicators.map((indicator) => indicator.id));
    expect(site.themes.flatMap((group) => group.indicators)).toHaveLength(dataset.indicators.length);
    expect(site.settings).toBe(settings);
  });

  it('leaves a draft quarter out of a published site and shows it in a preview', async () => {
    const { dataset } = await load();
    const drafted = withNewestDraft(dataset);
    const [draft] = drafted.site.drafts;
    const published = deriveSite(settings, drafted, history);
    expect(published.periods).not.toContain(draft);
    expect(published.latest).toBe(dataset.periods.at(-2));
    expect(published.draftPeriods).toEqual([]);
    const preview = deriveSite({ ...settings, drafts: true }, drafted, history);
    expect(preview.latest).toBe(draft);
    expect(preview.draftPeriods).toEqual([draft]);
  });

  it('addresses the changes feed on the site\'s host under its base path, and publishes none without an address or history', async () => {
    const { dataset } = await load();
    expect(deriveSite(settings, dataset, history).history.feed).toEqual({
      url: 'https://www.kesterley.gov.uk/children/changes.xml', page: 'https://www.kesterley.gov.uk/children/changes/', site: 'https://www.kesterley.gov.uk/children/',
    });
    expect(deriveSite({ ...settings, siteUrl: null }, dataset, history).history.feed).toBeNull();
    const none = deriveSite(settings, dataset, { available: false, reason: 'the data folder is not in a git working copy' }).history;
    expect(none).toMatchObject({ feed: null, dataCommit: null, unavailable: 'the data folder is not in a git working copy' });
  });

  it('shows the data\'s warnings on the pages of npm run dev only', async () => {
    const { dataset } = await load();
    const warnings = [issue('figures.xlsx', null, null, 'this file is not read')];
    expect(deriveSite(settings, dataset, history, warnings).devWarnings).toEqual([]);
    expect(deriveSite({ ...settings, production: false }, dataset, history, warnings).devWarnings).toEqual(warnings);
  });

  it('stops on history that cannot be published, as on a problem in a data file', async () => {
    const { dataset } = await load();
    const problems = [issue('', null, null, 'commit abc1234 has no readable date')];
    expect(() => deriveSite(settings, dataset, { available: false, reason: 'a commit has no readable date', problems })).toThrow(DataValidationError);
  });
});

describe('historyNotes', () => {
  it('says when there is no history, edits not committed, or no address for the feed', () => {
    expect(historyNotes(history, settings.siteUrl)).toEqual([]);
    expect(historyNotes({ available: false, reason: 'git is not installed' }, null)).toEqual([expect.stringContaining('version history is not available (git is not installed)')]);
    expect(historyNotes({ ...history, dataCommit: { ...history.dataCommit, uncommitted: true } }, null)).toEqual([
      expect.stringContaining('changes not yet committed'), expect.stringContaining('changes feed changes.xml is not published'),
    ]);
  });
});

describe('virtual:scorecard/site in a build', () => {
  /** The module's code as the build's integration writes it, and the integration's hooks, set up as Astro does. */
  function integrationFor(input: Parameters<typeof siteModule>[1]) {
    const integration = siteSource(settings, input);
    const plugins: Plugin[] = [];
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:setup']!({ updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
    const plugin = plugins[0]! as unknown as { resolveId: (id: string) => string; load: (id: string) => string };
    return { code: plugin.load(plugin.resolveId(SITE_MODULE)), done: () => hooks['astro:build:done']!({}) };
  }

  async function run(code: string) {
    const folder = mkdtempSync(path.join(tmpdir(), 'scorecard-site-module-'));
    folders.push(folder);
    const file = path.join(folder, 'site.mjs');
    writeFileSync(file, code);
    return await import(file) as { getSite: () => Promise<ReturnType<typeof deriveSite>> };
  }

  it('hands the pages the data as read, the very objects, not a copy (image bytes and history included), and derives the site once', async () => {
    const { dataset, warnings } = await load();
    expect(dataset.quality.media.length).toBeGreaterThan(0);
    const read: HistoryRead = { ...history, snapshots: [{ commit: { hash: 'abc1234', date: '2026-01-10', message: 'Publish' }, drafts: new Set(), quarters: new Map([['2025-26-Q1', new Map([['x', 1]])]]) }] };
    const build = integrationFor({ loaded: { dataset, history: read, warnings } });
    // The data is not written into the module's code.
    expect(build.code).not.toContain(dataset.indicators[0]!.title);
    const module = await run(build.code);
    build.done();
    const site = await module.getSite();
    expect(await module.getSite()).toBe(site);
    expect(site.dataset).toEqual(deriveSite(settings, dataset, read, warnings).dataset);
    expect(site.dataset.indicators[0]).toBe(dataset.indicators[0]);
    expect(site.dataset.quality.media[0]!.bytes).toBe(dataset.quality.media[0]!.bytes);
    expect(site.history).toEqual(deriveSite(settings, dataset, read, warnings).history);
    expect(site.scorecards).toEqual(deriveSite(settings, dataset, read, warnings).scorecards);
  });

  it('answers only its own build: a module whose build has finished, or another build\'s, is refused by name', async () => {
    const { dataset, warnings } = await load();
    const first = integrationFor({ loaded: { dataset, history, warnings } });
    first.done();
    await expect(run(first.code)).rejects.toThrow(/no build handed over its data on scorecard:site-input/);
    const other = integrationFor({ loaded: { dataset, history, warnings } });
    try {
      await expect(run(first.code)).rejects.toThrow(/no build handed over its data/);
    } finally {
      other.done();
    }
  });
});
