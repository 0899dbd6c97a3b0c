// The golden files of the two ways a chart is rendered: what render.ts does to Plot's SVG before it is published
// (a named image with a title and description, no inline style, positions to a hundredth, ids named by the chart,
// and a chart over time split at its value axis).
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { BAR_CHART_WIDTH, TIME_CHART_WIDTH, renderPlot, renderSplitPlot } from '../../../src/charts/render.ts';
import { golden, goldenSvg } from './svg.ts';

const thirds = [{ x: 0, y: 1 / 3, name: 'A third' }, { x: 1, y: 2 / 3, name: 'Two thirds' }, { x: 2, y: 1.2, name: 'Too many' }];

describe('render golden files (review the drawing when it changes: see svg.ts)', () => {
  it('renders a bar chart of categories as one named image', async () => {
    const chart = renderPlot(
      { width: BAR_CHART_WIDTH, height: 80, marginLeft: 80, x: { domain: [0, 1], label: null }, y: { label: null }, marks: [Plot.barX(thirds.slice(0, 2), { x: 'y', y: 'name', fill: '#1d70b8' })] },
      { label: 'Chart: two bars', description: 'A third and two thirds.' },
    );
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('render-plot'));
  });

  it('renders a chart over time as its value axis and the rest, a clipped mark keeping ids of its own', async () => {
    const chart = renderSplitPlot(
      {
        width: TIME_CHART_WIDTH,
        height: 200,
        marginLeft: 40,
        x: { domain: [-0.5, 2.5], label: null },
        y: { domain: [0, 1], label: null },
        marks: [Plot.axisY({ ticks: [0, 0.5, 1] }), Plot.line(thirds, { x: 'x', y: 'y', clip: true }), Plot.dot(thirds, { x: 'x', y: 'y', clip: true })],
      },
      { label: 'Chart: a line over three points', description: 'The last point lies above the chart and is clipped.' },
    );
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('render-split-plot'));
  });
});
