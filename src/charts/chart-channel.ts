// Each chart drawn is published on this diagnostics channel (Node's own mechanism for a library to report what it
// does to whoever listens) with the milliseconds it took: `npm run bench` subscribes to it in the build it measures
// (scripts/lib/bench-probe.ts) to count the charts and their time. A channel is found by its name in the whole
// process, so the bench sees the charts of the copy of src/ that Astro bundles; no one listens in a normal build,
// and then nothing is timed. Kept apart from render.ts so that the probe does not load Plot.

export const CHART_CHANNEL = 'scorecard:chart-drawn';

/** What is published for each chart. */
export interface ChartDrawn {
  ms: number;
}
