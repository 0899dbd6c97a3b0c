// The measurements behind `npm run bench` (scripts/benchmark.ts): our build of a data folder, and a bare
// Astro site with the same number of pages and the same HTML bytes built on the same machine in the same
// run, so the ratio between them says what our own work costs whatever the machine.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../../src/load/dataset.ts';
import { scaledData } from './scaled-data.ts';
import { dataWithHistory } from './history-repo.ts';
import { readHistory } from '../../src/load/history.ts';
import { revisionsFromSnapshots } from '../../src/domain/revisions.ts';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { spcAsAt } from '../../src/domain/spc/as-at.ts';

const root = path.resolve(import.meta.dirname, '../..');
const probe = path.join(root, 'scripts', 'lib', 'bench-probe.ts');

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The page's address: `/quarters/2025-26-Q3/` for quarters/2025-26-Q3/index.html. */
const pageName = (site: string, file: string) => '/' + path.relative(site, file).split(path.sep).join('/').replace(/index\.html$/, '');

export interface PageWeight {
  page: string;
  /** Bytes of HTML. */
  html: number;
  /** Bytes of the stylesheets, scripts and images on this site that the page loads. */
  assets: number;
  /** Bytes of JavaScript, loaded or inline. */
  scripts: number;
}

async function pageWeight(site: string, htmlFile: string): Promise<PageWeight> {
  const html = await readFile(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="(\/[^"#?]+\.(?:css|js|svg|png|jpg|woff2?))"/g)].map((m) => m[1]!);
  let assets = 0;
  let scripts = 0;
  for (const ref of new Set(refs)) {
    const size = (await stat(path.join(site, ref)).catch(() => null))?.size ?? 0;
    assets += size;
    if (ref.endsWith('.js')) scripts += size;
  }
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  return { page: pageName(site, htmlFile), html: Buffer.byteLength(html), assets, scripts: scripts + inlineScripts };
}

/** Every HTML page of a built site with its weight. */
export async function pageWeights(site: string): Promise<PageWeight[]> {
  return Promise.all((await files(site)).filter((f) => f.endsWith('.html')).map((f) => pageWeight(site, f)));
}

/** The resident memory of a process and all its descendants, from /proc (Linux); 0 elsewhere. */
function treeRss(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      parent.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (p: number): boolean => p === pid || (p > 1 && parent.has(p) && inTree(parent.get(p)!));
  let total = 0;
  for (const [p, bytes] of rss) if (inTree(p)) total += bytes;
  return total;
}

export interface Run {
  ms: number;
  /** Peak resident memory of the node process itself (its maxRSS). */
  nodeBytes: number;
  /** Peak of the whole process tree (node and Pagefind's binary), sampled every 50 ms. */
  treeBytes: number;
  /** CPU time of the node process (user and system), which other work on the machine disturbs less than `ms`. */
  cpuMs: number;
  /** Charts drawn with Plot and the time they took, as src/charts/render.ts publishes them on its diagnostics channel. */
  charts: { drawn: number; ms: number };
}

/** Runs `node args` in a child process with the probe loaded: its time, peak memory and charts drawn. */
async function measure(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const probeDir = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-probe-'));
  const probeOut = path.join(probeDir, 'probe.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probe, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_PROBE_OUT: probeOut },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let treeBytes = 0;
  const sampler = setInterval(() => (treeBytes = Math.max(treeBytes, treeRss(child.pid!))), 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
  const probed = JSON.parse(await readFile(probeOut, 'utf8')) as { maxRssKb: number; cpuMs: number; charts: Run['charts'] };
  await rm(probeDir, { recursive: true, force: true });
  const nodeBytes = probed.maxRssKb * 1024;
  return { ms, cpuMs: probed.cpuMs, nodeBytes, treeBytes: Math.max(treeBytes, nodeBytes), charts: probed.charts };
}

/**
 * A bare Astro project with one dynamic route making a page at each address of `pages`, each with the same
 * number of HTML bytes, built with this project's Astro.
 */
export async function bareBuild(pages: { page: string; html: number }[]): Promise<Run & { html: number; pages: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-bare-'));
  try {
    await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
    await writeFile(path.join(dir, 'astro.config.mjs'), "export default { output: 'static', trailingSlash: 'always', build: { format: 'directory' } };\n");
    await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
    // The filler makes up each page's bytes after the markup Astro writes around it.
    const wrapper = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><p></p></body></html>'.length;
    const routes = pages.map((p) => ({ page: p.page.replace(/^\/|\/$/g, '') || undefined, filler: Math.max(0, p.html - wrapper) }));
    await writeFile(path.join(dir, 'src', 'routes.json'), JSON.stringify(routes));
    await writeFile(
      path.join(dir, 'src', 'pages', '[...page].astro'),
      `---
import routes from '../routes.json';
export function getStaticPaths() {
  return routes.map((r) => ({ params: { page: r.page }, props: { filler: r.filler } }));
}
const text = 'x'.repeat(Astro.props.filler);
---
<html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><p>{text}</p></body></html>
`,
    );
    const run = await measure([path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], dir, { ASTRO_TELEMETRY_DISABLED: '1' });
    const html = (await files(path.join(dir, 'dist'))).filter((f) => f.endsWith('.html'));
    const bytes = (await Promise.all(html.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
    return { ...run, html: bytes, pages: html.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The arguments `npm run build` gives node (package.json's build script), so flags added there are measured. */
async function buildCommand(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = pkg.scripts['build']!.trim().split(/\s+/);
  if (command !== 'node' || args.some((a) => /[&|;<>$`]/.test(a))) throw new Error(`npm run build is "${pkg.scripts['build']}"; the benchmark can only run "node [flags] script"`);
  return args;
}

export interface BenchOptions {
  /** The data folder: used as it is, or as the template when a size is given. */
  dataDir: string;
  indicators?: number;
  quarters?: number;
  /** Leave out the bare Astro build. */
  skipBare?: boolean;
}

export interface BenchResult {
  indicators: number;
  quarters: number;
  auditRows: number;
  /** Median of five loads of the data folder, wall clock and CPU. */
  validationMs: number;
  validationCpuMs: number;
  build: Run;
  bare: (Run & { html: number; pages: number }) | null;
  pages: PageWeight[];
  /** Bytes of every file in the site. */
  siteBytes: number;
  siteFiles: number;
}

/** Makes the data (at the size asked for), validates it, builds it, and builds the bare site beside it. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  let dataDir = options.dataDir;
  if (options.indicators === undefined && options.quarters === undefined) {
    // A copy outside any repository, as the county's is: data/ inside this project would read the project's own
    // commits as the data's publication history, and mark figures revised that no council ever published.
    dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-data-'));
    await cp(options.dataDir, dataDir, { recursive: true });
  } else {
    const template = await loadDataset(options.dataDir);
    if (!template.dataset) throw new Error(`${options.dataDir} has ${template.issues.length} problems; run npm run validate`);
    dataDir = await scaledData(options.dataDir, {
      indicators: options.indicators ?? template.dataset.indicators.length,
      quarters: options.quarters ?? template.dataset.periods.length,
    });
  }
  const work = await mkdtemp(path.join(tmpdir(), 'scorecard-bench-'));
  try {
    // Median of five, wall clock and CPU: one run on a busy machine says more about the machine than the code.
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let loaded: Awaited<ReturnType<typeof loadDataset>> | undefined;
    for (let i = 0; i < 5; i++) {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      loaded = await loadDataset(dataDir);
      times.push(performance.now() - t0);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const { dataset, issues } = loaded!;
    const validationMs = median(times);
    const validationCpuMs = median(cpuTimes);
    if (!dataset) throw new Error(`${dataDir} has ${issues.length} problems; run npm run validate`);

    const out = path.join(work, 'dist');
    const build = await measure(await buildCommand(), root, { DATA_DIR: dataDir, OUT_DIR: out, CI: '1' });
    const all = await files(out);
    const pages = await pageWeights(out);
    const siteBytes = (await Promise.all(all.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
    const bare = options.skipBare ? null : await bareBuild(pages);
    return {
      indicators: dataset.indicators.length,
      quarters: dataset.periods.length,
      auditRows: dataset.quality.audits.length,
      validationMs,
      validationCpuMs,
      build,
      bare,
      pages,
      siteBytes,
      siteFiles: all.length,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
    if (dataDir !== options.dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

export interface HistoryCost {
  commits: number;
  /** Median of five: reading the history with git and working out publications and revisions. */
  historyMs: number;
  /** Median of five: loading and checking the data folder, as every build does. */
  loadMs: number;
  events: number;
}


/** What reading the data's version history costs beside loading the data, for a repository of `commits` commits. */
export async function historyCost(template: string, commits: number): Promise<HistoryCost> {
  const dataDir = await dataWithHistory(template, commits);
  try {
    const historyTimes: number[] = [];
    const loadTimes: number[] = [];
    let events = 0;
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      const read = await readHistory(dataDir);
      if (!read.available) throw new Error(`no history in ${dataDir}: ${read.reason}`);
      events = revisionsFromSnapshots(read.snapshots).events.length;
      historyTimes.push(performance.now() - t0);
      t0 = performance.now();
      await loadDataset(template);
      loadTimes.push(performance.now() - t0);
    }
    return { commits, historyMs: median(historyTimes), loadMs: median(loadTimes), events };
  } finally {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  }
}

export interface SpcCost {
  indicators: number;
  quarters: number;
  /** Median of five: SPC for every indicator as at every quarter, as the scorecards compute it. */
  spcMs: number;
  /** Median of five: loading and checking the same data folder. */
  loadMs: number;
}

/** What SPC for every scorecard row costs beside loading the data (issue 10), at the demo's size or a county's. */
export async function spcCost(template: string, scale: { indicators?: number; quarters?: number }): Promise<SpcCost> {
  const first = await loadDataset(template);
  if (!first.dataset) throw new Error(`${template} has ${first.issues.length} problems; run npm run validate`);
  const scaled = scale.indicators !== undefined || scale.quarters !== undefined;
  const dataDir = scaled
    ? await scaledData(template, { indicators: scale.indicators ?? first.dataset.indicators.length, quarters: scale.quarters ?? first.dataset.periods.length })
    : template;
  try {
    const spcTimes: number[] = [];
    const loadTimes: number[] = [];
    let size = { indicators: 0, quarters: 0 };
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      const { dataset } = await loadDataset(dataDir);
      loadTimes.push(performance.now() - t0);
      const index = indexDataset(dataset!);
      size = { indicators: index.indicators.length, quarters: index.periods.length };
      t0 = performance.now();
      for (const indicator of index.indicators) for (const period of index.periods) spcAsAt(index, indicator, period);
      spcTimes.push(performance.now() - t0);
    }
    return { ...size, spcMs: median(spcTimes), loadMs: median(loadTimes) };
  } finally {
    if (dataDir !== template) await rm(dataDir, { recursive: true, force: true });
  }
}
