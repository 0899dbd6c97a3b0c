// Loaded into a build by `npm run bench` (node --import): counts the charts drawn and their time, as src/charts/render.ts
// publishes them on its diagnostics channel (src/charts/chart-channel.ts), and when the process ends writes its peak
// memory (maxRSS), its CPU time and the charts to the file named by BENCH_PROBE_OUT.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { CHART_CHANNEL, type ChartDrawn } from '../../src/charts/chart-channel.ts';

const out = process.env['BENCH_PROBE_OUT'];
if (out) {
  const charts = { drawn: 0, ms: 0 };
  subscribe(CHART_CHANNEL, (message) => {
    charts.drawn += 1;
    charts.ms += (message as ChartDrawn).ms;
  });
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, charts }));
  });
}
