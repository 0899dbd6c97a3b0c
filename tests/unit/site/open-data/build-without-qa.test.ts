// A council that publishes no quality assurance and its own terms: the build writes no audits files and links
// none, and nothing on the site or in the metadata claims the Open Government Licence, although the terms
// mention it (site.json names a licence by identifier; words are never read for one).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const LICENCE = '© Anyshire County Council. All rights reserved: these figures are not available under the Open Government Licence v3.0.';
let scratch = '';
let site = '';

/** The environment as `npm run build` has it, without what Vitest adds (which would build as in development). */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'scorecard-no-qa-'));
  const data = path.join(scratch, 'data');
  await cp(path.join(root, 'data'), data, { recursive: true });
  for (const qa of ['audits', 'audit-domains', 'feedback', 'narrative', 'grade-scales.json', 'schedule.csv', 'actions.csv']) await rm(path.join(data, qa), { recursive: true });
  const { licence: _chosen, ...settings } = JSON.parse(await readFile(path.join(data, 'site.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(data, 'site.json'), JSON.stringify({ ...settings, licence_text: LICENCE }));
  site = path.join(scratch, 'dist');
  await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { cwd: root, env: { ...buildEnv(), DATA_DIR: data, OUT_DIR: site }, maxBuffer: 16 * 1024 * 1024 });
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('open data without quality assurance, under the council\'s own licence', () => {
  it('publishes the scorecards CSV and its metadata, and no audits files', async () => {
    expect(existsSync(path.join(site, 'api', 'scorecards.csv'))).toBe(true);
    expect(existsSync(path.join(site, 'api', 'scorecards.csv-metadata.json'))).toBe(true);
    expect(existsSync(path.join(site, 'api', 'audits.csv'))).toBe(false);
    expect(existsSync(path.join(site, 'api', 'audits.csv-metadata.json'))).toBe(false);
    expect(existsSync(path.join(site, 'api', 'audits'))).toBe(false);
    const dataPage = await readFile(path.join(site, 'data', 'index.html'), 'utf8');
    const dictionary = await readFile(path.join(site, 'data', 'dictionary', 'index.html'), 'utf8');
    expect(dataPage).not.toContain('api/audits');
    expect(dictionary).not.toContain('data-table="dictionary-audits"');
    expect(dictionary).toContain('data-table="dictionary-scorecards"');
  });

  it('shows the licence as written and never claims the Open Government Licence', async () => {
    const metadata = JSON.parse(await readFile(path.join(site, 'api', 'scorecards.csv-metadata.json'), 'utf8')) as Record<string, unknown>;
    expect(metadata).not.toHaveProperty('dc:license');
    expect(metadata['dc:rights']).toBe(LICENCE);
    const files = (await readdir(site, { recursive: true })).filter((file) => /\.(html|json)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = await readFile(path.join(site, file), 'utf8');
      expect(text, file).not.toContain('nationalarchives.gov.uk');
      expect(text, file).not.toContain('rel="license"');
      // The words appear only inside the council's own terms, never as a claim of their own.
      expect(text.replaceAll(LICENCE, '').replaceAll(JSON.stringify(LICENCE).slice(1, -1), ''), file).not.toMatch(/Open Government Licen[cs]e/i);
    }
    const dataPage = await readFile(path.join(site, 'data', 'index.html'), 'utf8');
    expect(dataPage).toContain(LICENCE);
    expect(dataPage).not.toContain('You may copy, publish and adapt');
  });
});
