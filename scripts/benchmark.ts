// Prints the figures we watch, for the demo data or a council of any size, beside a bare Astro site with
// the same number of pages and the same HTML bytes built on the same machine in the same run (so the ratio
// says what our own work costs, whatever the machine). Figures, not pass/fail: compare them across changes.
//   npm run bench                                        the demo data (or DATA_DIR)
//   npm run bench -- --indicators 310 --quarters 40      a county: the data repeated to that size
//   npm run bench -- --skip-bare                         without the bare Astro build
//   npm run bench -- --history-only                      only the cost of reading 200 commits of history
//   npm run bench -- --spc-only --indicators 310 --quarters 40   only the cost of SPC for every row
//   npm run bench -- --benchmarks-only                   only the cost of benchmarks against every council (20 of DfE's files)
import { parseArgs } from 'node:util';
import { historyCost, runBenchmark, spcCost, type PageWeight } from './lib/bench.ts';
import { benchmarksCost } from './lib/bench-benchmarks.ts';
import { resolveConfig } from './lib/config.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function options() {
  const { values } = parseArgs({
    options: { indicators: { type: 'string' }, quarters: { type: 'string' }, 'skip-bare': { type: 'boolean', default: false }, 'history-only': { type: 'boolean', default: false }, 'spc-only': { type: 'boolean', default: false }, 'benchmarks-only': { type: 'boolean', default: false } },
  });
  const whole = (text: string | undefined, name: string) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of 1 or more`);
    return n;
  };
  return { indicators: whole(values.indicators, 'indicators'), quarters: whole(values.quarters, 'quarters'), skipBare: values['skip-bare'], historyOnly: values['history-only'], spcOnly: values['spc-only'], benchmarksOnly: values['benchmarks-only'] };
}

const args = options();
const resolved = resolveConfig(process.env);
if (!resolved.ok) {
  console.error(resolved.problems.join('\n'));
  process.exit(1);
}
const { dataDir } = resolved.config;

// Issue 8: version history is read on every build; what does a long history (200 commits) cost beside
// loading the data itself? Measured on the demo data (or DATA_DIR) in a generated repository.
// Issue 10: every scorecard row carries SPC as at its quarter; what does that cost beside loading the data?
const spc = await spcCost(dataDir, args);
console.log(`SPC (${spc.indicators} indicators as at each of ${spc.quarters} quarters): ${spc.spcMs.toFixed(0)} ms, ` +
  `${(spc.spcMs / spc.loadMs).toFixed(2)}× loading the data (${spc.loadMs.toFixed(0)} ms)`);
if (args.spcOnly) process.exit(0);
// Issue 18: reading and indexing DfE's files for 20 benchmarked indicators (each file ~2,000 rows), beside loading the data.
const benchmarks = await benchmarksCost(dataDir);
console.log(`Benchmarks (${benchmarks.indicators} indicators, each from its own DfE file of ${benchmarks.rows} rows): ${benchmarks.benchmarksMs.toFixed(0)} ms to read, index and compute ` +
  `(CPU ${benchmarks.benchmarksCpuMs.toFixed(0)} ms), beside loading the data (${benchmarks.loadWithoutMs.toFixed(0)} ms without them, ${benchmarks.loadWithMs.toFixed(0)} ms with them)`);
console.log(`  ${benchmarks.benchmarksMs < 500 ? 'met    ' : 'NOT MET'}  benchmarks under 500 ms: ${benchmarks.benchmarksMs.toFixed(0)} ms`);
if (args.benchmarksOnly) process.exit(0);
const history = await historyCost(dataDir, 200);
console.log(`History (${history.commits} commits, ${history.events} publications and revisions): ${history.historyMs.toFixed(0)} ms to read, ` +
  `${(history.historyMs / history.loadMs).toFixed(2)}× loading the data (${history.loadMs.toFixed(0)} ms)`);
if (args.historyOnly) process.exit(0);
const result = await runBenchmark({ dataDir: dataDir, ...args });
const { build, bare, pages } = result;
const weight = (p: PageWeight) => p.html + p.assets;
const html = pages.reduce((n, p) => n + p.html, 0);
const largest = [...pages].sort((a, b) => b.html - a.html)[0]!;
const home = pages.find((p) => p.page === '/')!;
const withScripts = pages.filter((p) => p.scripts > 0).map((p) => p.page);

console.log(`Data: ${result.indicators} indicators, ${result.quarters} quarters, ${result.auditRows} audit rows`);
console.log(`Pages: ${pages.length}`);
console.log(`Validation (load and check every file, median of five): ${result.validationMs.toFixed(0)} ms (CPU ${result.validationCpuMs.toFixed(0)} ms)`);
console.log(`Build (validate, render, search index): ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)})`);
if (bare) {
  console.log(`Bare Astro build (${bare.pages} pages, ${mb(bare.html)} of HTML): ${seconds(bare.ms)} (CPU ${seconds(bare.cpuMs)}), peak memory ${mb(bare.nodeBytes)}`);
  console.log(`Ratio, our build to the bare build: ${(build.ms / bare.ms).toFixed(2)}× (CPU ${(build.cpuMs / bare.cpuMs).toFixed(2)}×)`);
}
console.log(`Charts drawn: ${build.charts.drawn} in ${build.charts.ms.toFixed(0)} ms`);
console.log(`Peak memory: ${mb(build.nodeBytes)} (build process), ${mb(build.treeBytes)} with Pagefind (sampled)`);
console.log(`Total HTML: ${mb(html)}; site on disk: ${mb(result.siteBytes)} in ${result.siteFiles} files`);
console.log(`Largest page: ${largest.page} (HTML ${kb(largest.html)})`);
console.log(`Home page: ${kb(weight(home))} (HTML ${kb(home.html)}, CSS and other assets ${kb(home.assets)}, JavaScript ${kb(home.scripts)})`);
for (const p of [...pages].sort((a, b) => weight(b) - weight(a)).slice(0, 3)) {
  console.log(`Heaviest with assets: ${p.page} ${kb(weight(p))} (HTML ${kb(p.html)}, assets ${kb(p.assets)})`);
}
console.log(`Pages that load JavaScript: ${withScripts.length ? withScripts.join(', ') : 'none'}`);

// The goals of issue 7: a county (310 × 40) within 2× the bare build and the demo within 1.5×; validation of
// a county under 300 ms; peak memory under 700 MB; no page over 500 KB; the demo's home page under 60 KB.
const county = args.indicators !== undefined || args.quarters !== undefined;
const goal = (text: string, figure: string, met: boolean) => console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${text}: ${figure}`);
console.log('Goals:');
if (bare) goal(`build within ${county ? 2 : 1.5}× the bare build`, `${(build.ms / bare.ms).toFixed(2)}×`, build.ms / bare.ms <= (county ? 2 : 1.5));
goal('validation under 300 ms', `${result.validationMs.toFixed(0)} ms`, result.validationMs < 300);
goal('peak memory under 700 MB', mb(build.treeBytes), build.treeBytes < 700 * 1024 * 1024);
goal('no HTML page over 500 KB', `${largest.page} ${kb(largest.html)}`, largest.html <= 500 * 1024);
if (!county) goal('home page under 60 KB with its stylesheets', kb(weight(home)), weight(home) < 60 * 1024);
