// `npm run bench` counts the charts a build draws, and their time, by listening on the diagnostics channel
// render.ts publishes each chart on (scripts/lib/bench-probe.ts).
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, it } from 'vitest';
import { barRowsChart } from '../../../src/features/quality/bar-rows.ts';
import { CHART_CHANNEL, type ChartDrawn } from '../../../src/charts/chart-channel.ts';
import { trendChart } from '../../../src/features/trend/chart.ts';
import type { Indicator } from '../../../src/domain/types.ts';

const heard: ChartDrawn[] = [];
const listen = (message: unknown) => heard.push(message as ChartDrawn);

afterEach(() => {
  unsubscribe(CHART_CHANNEL, listen);
  heard.length = 0;
});

const indicator: Indicator = {
  id: 'visits', title: 'Visits in time', theme: 'Care', unit: 'percent', polarity: 'higher_is_better',
  amber: 5, decimals: 1, definition: '', source: '', partOf: null,
};

describe('the chart channel', () => {
  it('hears each chart drawn, bar charts and charts over time, with the time it took', () => {
    subscribe(CHART_CHANNEL, listen);
    barRowsChart({ groups: [{ title: 'Audits', bars: [{ name: null, value: 3, label: '3', fill: '#000' }] }], max: 3 }, { label: 'Audits', description: 'Three.' });
    trendChart({
      indicator,
      points: [
        { period: '2024-25-Q1', value: 80, rag: 'no_target', target: null, comparators: [] },
        { period: '2024-25-Q2', value: 82, rag: 'no_target', target: null, comparators: [] },
      ],
      comparators: [],
      summary: 'Up.',
    });
    expect(heard).toHaveLength(2);
    for (const { ms } of heard) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('leaves nothing on the global object', () => {
    expect(Object.keys(globalThis).filter((key) => /chart/i.test(key))).toEqual([]);
  });
});
