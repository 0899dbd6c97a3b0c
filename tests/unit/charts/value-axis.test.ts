// The golden file of a value axis drawn on its own (its room is tested in text-width.test.ts and label-room.test.ts;
// every chart over time's golden carries its axis too). A rate, with a title that wraps onto two lines.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { INK } from '../../../src/charts/palette.ts';
import { TIME_CHART_WIDTH, renderSplitPlot } from '../../../src/charts/render.ts';
import { valueAxis } from '../../../src/charts/value-axis.ts';
import { formatValue, unitLabel } from '../../../src/domain/format.ts';
import { golden, goldenSvg } from './svg.ts';

describe('valueAxis golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws round ticks for a rate per 10,000 children, the unit wrapped above them', async () => {
    const axis = valueAxis({ domain: [0, 487.3], nice: true, height: 262, format: (v) => formatValue(v, 'rate_per_10000', 0), title: unitLabel('rate_per_10000') });
    const chart = renderSplitPlot(
      {
        width: TIME_CHART_WIDTH,
        height: 340,
        marginLeft: axis.marginLeft,
        marginTop: Math.max(axis.marginTop, 20),
        marginBottom: 48,
        y: { domain: axis.domain },
        marks: [Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }), axis.mark],
      },
      { label: 'Chart: an axis alone', description: 'Its ticks and title.' },
    );
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('value-axis'));
  });
});
