// Loaded into a build by `npm run bench` (node --import): when the process ends, writes its peak memory
// (maxRSS), its CPU time and the charts drawn (counted in src/charts/render.ts) to the file named by BENCH_PROBE_OUT.
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_PROBE_OUT'];
if (out) {
  process.on('exit', () => {
    const charts = (globalThis as { __scorecardCharts?: { drawn: number; ms: number } }).__scorecardCharts ?? { drawn: 0, ms: 0 };
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, charts }));
  });
}
