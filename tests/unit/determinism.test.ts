// Two builds of the same data write the same site, byte for byte (so every speed-up can be checked by
// comparing builds), and the demo build keeps the page sizes the issue set: the home page under 60 KB with
// its stylesheets, and the RAG grid a page per theme, each with only its own theme's rows, so no page grows
// with the whole council. The data is the demo as `npm run demo` builds it, from its own git history.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeights } from '../../scripts/lib/bench.ts';
import { makeDemoRepo } from '../../scripts/lib/demo-repo.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * The environment as `npm run build` has it. Vitest adds NODE_ENV=test and Vite's DEV=1, MODE, PROD, SSR and
 * BASE_URL to process.env; a build that inherits them runs as in development (the data reloaded for every
 * page: ten times slower, and not the site that is published).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

async function build(dataDir: string): Promise<string> {
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-determinism-')), 'dist');
  await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
    cwd: root,
    env: { ...buildEnv(), DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1' },
  });
  return outDir;
}

async function contents(site: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (f) => [path.relative(site, f), await readFile(f)] as const)));
}

let repo: string;
let first: string;
let second: string;

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'scorecard-determinism-demo-'));
  const dataDir = await makeDemoRepo(path.join(root, 'data'), path.join(repo, 'demo'));
  [first, second] = await Promise.all([build(dataDir), build(dataDir)]);
}, 240_000);

afterAll(async () => {
  for (const site of [first, second]) if (site) await rm(path.dirname(site), { recursive: true, force: true });
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('two builds of the demo data', () => {
  it('write the same files with the same bytes, search index included', async () => {
    const [a, b] = await Promise.all([contents(first), contents(second)]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a.keys()].some((f) => f.startsWith(`pagefind${path.sep}`))).toBe(true);
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});

describe('page sizes', () => {
  it('keeps the home page under 60 KB with its stylesheets', async () => {
    const home = (await pageWeights(first)).find((p) => p.page === '/')!;
    expect(home.html + home.assets).toBeLessThan(60 * 1024);
  });

  it('splits the RAG grid into a page per theme under an overview, each with only its theme’s rows', async () => {
    const meta = JSON.parse(await readFile(path.join(first, 'api', 'indicators.json'), 'utf8')) as { periods: string[]; indicators: { id: string; theme: string }[] };
    const themeOf = new Map(meta.indicators.map((i) => [i.id, i.theme]));
    const themes = new Set(themeOf.values());
    expect(themes.size).toBeGreaterThan(1);

    const overview = await readFile(path.join(first, 'rag-grid', 'index.html'), 'utf8');
    expect(overview).not.toMatch(/<tr data-indicator=/);
    const links = [...new Set([...overview.matchAll(/href="\/rag-grid\/([^"/]+)\/"/g)].map((m) => m[1]!))];
    expect(links).toHaveLength(themes.size);

    const seen: string[] = [];
    for (const link of links) {
      const html = await readFile(path.join(first, 'rag-grid', link, 'index.html'), 'utf8');
      const rows = [...html.matchAll(/<tr data-indicator="([^"]+)"/g)].map((m) => m[1]!);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((id) => themeOf.get(id))).size, `/rag-grid/${link}/ holds one theme`).toBe(1);
      // A cell per quarter in every row.
      const cells = html.match(/<td class="cell--/g) ?? [];
      expect(cells).toHaveLength(rows.length * meta.periods.length);
      seen.push(...rows);
    }
    expect(seen.sort()).toEqual([...themeOf.keys()].sort());
  });
});
