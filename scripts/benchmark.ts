// Prints the figures we watch: how long validation and the build take, and what pages weigh (the HTML plus
// the CSS, scripts and images it loads). Figures, not pass/fail: compare them across changes.
//   npm run bench              the demo data
//   DATA_DIR=dir npm run bench another data folder
//   npm run bench -- --times 6 the data with every indicator repeated 6 times (a large council's scorecard)
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { dataDirectory, loadDataset } from '../src/load/dataset.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function pageWeight(site: string, htmlFile: string) {
  const html = await readFile(htmlFile, 'utf8');
  // Assets referenced from the page: stylesheets, scripts and images on this site.
  const refs = [...html.matchAll(/(?:href|src)="(\/[^"#?]+\.(?:css|js|svg|png|jpg|woff2?))"/g)].map((m) => m[1]!);
  let assets = 0;
  let scripts = 0;
  for (const ref of new Set(refs)) {
    const size = (await stat(path.join(site, ref)).catch(() => null))?.size ?? 0;
    assets += size;
    if (ref.endsWith('.js')) scripts += size;
  }
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  return { page: '/' + path.relative(site, htmlFile).replace(/index\.html$/, ''), html: Buffer.byteLength(html), assets, scripts: scripts + inlineScripts };
}

/** A copy of the data with every indicator (and its targets, figures and comparators) repeated `times` times. */
async function multiplied(dataDir: string, times: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-data-'));
  await cp(dataDir, dir, { recursive: true });
  const repeat = async (file: string, idColumn: string) => {
    const parsed = Papa.parse<Record<string, string>>(await readFile(file, 'utf8'), { header: true, skipEmptyLines: true });
    const rows = parsed.data.flatMap((row) =>
      Array.from({ length: times }, (_, i) => (i === 0 ? row : { ...row, [idColumn]: `${row[idColumn]}-${i + 1}` })),
    );
    await writeFile(file, Papa.unparse(rows, { columns: parsed.meta.fields }));
  };
  await repeat(path.join(dir, 'indicators.csv'), 'id');
  for (const file of ['targets.csv', 'comparators.csv']) await repeat(path.join(dir, file), 'indicator_id').catch(() => undefined);
  for (const file of await readdir(path.join(dir, 'quarters'))) await repeat(path.join(dir, 'quarters', file), 'indicator_id');
  return dir;
}

async function main() {
  const timesArg = process.argv.indexOf('--times');
  const times = timesArg > 0 ? Number(process.argv[timesArg + 1]) : 1;
  if (!Number.isInteger(times) || times < 1) throw new Error('--times takes a whole number of 1 or more');
  const dataDir = times > 1 ? await multiplied(dataDirectory(), times) : dataDirectory();
  const t0 = performance.now();
  const { dataset, issues } = await loadDataset(dataDir);
  const validateMs = performance.now() - t0;
  if (!dataset) throw new Error(`${dataDir} has ${issues.length} problems; run npm run validate`);

  const out = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-bench-')), 'dist');
  const t1 = performance.now();
  await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: out, CI: '1' } });
  const buildMs = performance.now() - t1;

  const all = await files(out);
  const pages = await Promise.all(all.filter((f) => f.endsWith('.html')).map((f) => pageWeight(out, f)));
  const total = (await Promise.all(all.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
  const weight = (p: { html: number; assets: number }) => p.html + p.assets;
  const home = pages.find((p) => p.page === '/')!;
  const heaviest = [...pages].sort((a, b) => weight(b) - weight(a)).slice(0, 3);
  const withScripts = pages.filter((p) => p.scripts > 0).map((p) => p.page);

  console.log(`Data: ${dataset.indicators.length} indicators, ${dataset.periods.length} quarters, ${dataset.quality.audits.length} audit rows`);
  console.log(`Validate (load and check every file): ${validateMs.toFixed(0)} ms`);
  console.log(`Build (validate, render, search index): ${(buildMs / 1000).toFixed(1)} s for ${pages.length} pages`);
  console.log(`Site on disk: ${kb(total)} in ${all.length} files`);
  console.log(`Home page: ${kb(weight(home))} (HTML ${kb(home.html)}, CSS and other assets ${kb(home.assets)}, JavaScript ${kb(home.scripts)})`);
  for (const p of heaviest) console.log(`Heaviest: ${p.page} ${kb(weight(p))} (HTML ${kb(p.html)}, assets ${kb(p.assets)})`);
  console.log(`Pages that load JavaScript: ${withScripts.length ? withScripts.join(', ') : 'none'}`);
  await rm(path.dirname(out), { recursive: true, force: true });
  if (times > 1) await rm(dataDir, { recursive: true, force: true });
}

await main();
