import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../../../scripts/lib/config.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const now = new Date('2026-04-01T12:00:00Z');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A data folder whose site.json says where the site is served. */
function dataWithSiteJson(settings: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'scorecard-config-'));
  folders.push(folder);
  writeFileSync(path.join(folder, 'site.json'), JSON.stringify({ organisation: 'Kesterley', title: 'Scorecard', ...settings }));
  return folder;
}

function config(env: Record<string, string | undefined>, argv: string[] = [], mode: 'build' | 'dev' = 'build'): Config {
  const result = resolveConfig(env, argv, { mode, cwd: '/work/council', root, now });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

describe('resolveConfig', () => {
  it('gives a published build from data/ into dist/ when nothing is set', () => {
    expect(config({})).toEqual({
      dataDir: '/work/council/data', outDir: path.join(root, 'dist'), basePath: '/', siteUrl: null,
      drafts: false, today: '2026-04-01', production: true, verbose: false,
    });
  });

  it('resolves DATA_DIR against the working directory, defaulting to data, and a blank one counts as not set', () => {
    expect(config({ DATA_DIR: 'fixtures/example' }).dataDir).toBe('/work/council/fixtures/example');
    expect(config({ DATA_DIR: '/tmp/elsewhere' }).dataDir).toBe('/tmp/elsewhere');
    expect(config({ DATA_DIR: '  ' }).dataDir).toBe('/work/council/data');
  });

  it('writes a preview (--drafts) to preview/ with the drafts, and OUT_DIR wins over both', () => {
    expect(config({}, ['--drafts', '--verbose'])).toMatchObject({ drafts: true, verbose: true, outDir: path.join(root, 'preview') });
    expect(config({ OUT_DIR: '/tmp/site' }, ['--drafts']).outDir).toBe('/tmp/site');
  });

  it('takes the address and base path from the environment, else site.json', () => {
    const dataDir = dataWithSiteJson({ site_url: 'https://www.kesterley.gov.uk/', base_path: '/children/' });
    expect(config({ DATA_DIR: dataDir })).toMatchObject({ siteUrl: 'https://www.kesterley.gov.uk', basePath: '/children/' });
    expect(config({ DATA_DIR: dataDir, SITE_URL: 'https://owner.github.io', BASE_PATH: '/scorecard/' }))
      .toMatchObject({ siteUrl: 'https://owner.github.io', basePath: '/scorecard/' });
  });

  it('the dev server shows the drafts and is not a production build', () => {
    expect(config({}, [], 'dev')).toMatchObject({ drafts: true, production: false });
  });

  it('names every variable and option that is wrong and says how to fix it', () => {
    const result = resolveConfig({ SCORECARD_TODAY: '31/03/2026', SITE_URL: 'www.kesterley.gov.uk', BASE_PATH: 'children' }, ['--draft'], { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(4);
    expect(result.problems[0]).toMatch(/--draft.*\nUsage: npm run build/s);
    expect(result.problems[1]).toMatch(/^SCORECARD_TODAY is "31\/03\/2026", which is not a date\. Write it as YYYY-MM-DD/);
    expect(result.problems[2]).toMatch(/^SITE_URL "www.kesterley.gov.uk" is not a complete web address\. Write the address of the host/);
    expect(result.problems[3]).toMatch(/^BASE_PATH "children" must start and end with \//);
  });
});
