// How the pages get the site (`virtual:scorecard/site`): in `npm run dev` the data folder is read again for each
// page, so an officer's edit shows on refresh, and a problem in it is named by file and line; the pages see the
// settings they were given and nothing else. (A build's module, which carries the data as read, is tested with
// deriveSite in tests/unit/site/site-data.test.ts.)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DataValidationError } from '../../../src/load/issue.ts';
import type { SiteData } from '../../../src/site/site-data.ts';
import type { SiteSettings } from '../../../src/site/settings.ts';
import { readSiteInput, SITE_MODULE, siteModule, siteSource } from '../../../src/site/site-source.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/minimal-data');
const settings: SiteSettings = { basePath: '/children/', siteUrl: null, drafts: false, today: '2026-12-01', production: false };
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const made = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(made);
  return made;
}

/** A copy of the minimal data folder an officer could edit. */
function dataFolder(): string {
  const dir = path.join(folder('scorecard-dev-data-'), 'data');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

async function importModule(code: string): Promise<{ getSite: () => Promise<SiteData> }> {
  const file = path.join(folder('scorecard-site-module-'), 'site.mjs');
  writeFileSync(file, code);
  return import(file);
}

describe('virtual:scorecard/site in npm run dev', () => {
  it('reads the data folder again for each page, so an edit shows on refresh', async () => {
    const dataDir = dataFolder();
    const module = await importModule(siteModule(settings, { dataDir }));
    const value = async () => (await module.getSite()).dataset.values.find((v) => v.indicatorId === 'caf-audits')!.value;
    expect(await value()).toBe(15);
    const quarter = path.join(dataDir, 'quarters/2013-14-Q4.csv');
    writeFileSync(quarter, readFileSync(quarter, 'utf8').replace('caf-audits,15,', 'caf-audits,17,'));
    expect(await value()).toBe(17);
  });

  it('gives the pages the settings it was given', async () => {
    const module = await importModule(siteModule(settings, { dataDir: dataFolder() }));
    expect((await module.getSite()).settings).toEqual(settings);
  });
});

describe('readSiteInput', () => {
  it('reads and validates the folder, with its warnings', async () => {
    const input = await readSiteInput(dataFolder(), settings);
    expect(input.dataset.periods).toEqual(['2013-14-Q4']);
    expect(input.warnings).toEqual(expect.any(Array));
  });

  it('stops with the problems, each naming its file and line, when the folder has them', async () => {
    const dataDir = dataFolder();
    const quarter = path.join(dataDir, 'quarters/2013-14-Q4.csv');
    writeFileSync(quarter, readFileSync(quarter, 'utf8').replace('caf-audits,15,', 'caf-audits,fifteen,'));
    const error = await readSiteInput(dataDir, settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).issues).toEqual([expect.objectContaining({ file: 'quarters/2013-14-Q4.csv', line: 3, column: expect.stringContaining('value') })]);
  });
});

describe('siteSource', () => {
  it('registers the pages\' module under its name, with the code siteModule writes', () => {
    const plugins: Plugin[] = [];
    const integration = siteSource(settings, { dataDir: '/nowhere' });
    const setup = integration.hooks['astro:config:setup'] as (options: { updateConfig: (config: { vite: { plugins: Plugin[] } }) => void }) => void;
    setup({ updateConfig: (config) => plugins.push(...config.vite.plugins) });
    const [plugin] = plugins;
    const resolveId = plugin!.resolveId as (id: string) => string | undefined;
    const load = plugin!.load as (id: string) => string | undefined;
    const resolved = resolveId(SITE_MODULE)!;
    expect(resolveId('virtual:something-else')).toBeUndefined();
    expect(load(resolved)).toBe(siteModule(settings, { dataDir: '/nowhere' }));
    expect(load('/src/pages/index.astro')).toBeUndefined();
  });
});
