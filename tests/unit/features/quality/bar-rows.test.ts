// The golden file of the bar rows every bar chart of categories is drawn with (the grade mix and domain charts
// have their own goldens; this one draws a title that wraps and groups of different sizes, figures not in bold).
import { describe, expect, it } from 'vitest';
import { barRowsChart } from '../../../../src/features/quality/bar-rows.ts';
import { VALUE_COLOUR } from '../../../../src/charts/palette.ts';
import { STAGE_FILL } from '../../../../src/features/quality/grade-mix-chart.ts';
import { golden, goldenSvg } from '../../charts/svg.ts';

describe('barRowsChart golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws named bars in groups, a long group title wrapped onto lines above its bars', async () => {
    const bar = (name: string | null, value: number, fill = VALUE_COLOUR) => ({ name, value, label: String(value), fill });
    const chart = barRowsChart(
      {
        max: 26,
        groups: [
          { title: 'Front door and assessment', bars: [bar('Audits', 18, STAGE_FILL.Auditor), bar('Observations', 6)] },
          { title: 'Child in need, child protection and the families first for children pathfinder teams', bars: [bar('Audits', 26, STAGE_FILL.Auditor), bar('Observations', 9)] },
          { title: 'Care leavers', bars: [bar(null, 5)] },
        ],
      },
      { label: 'Chart: audits and observations by service area', description: '49 audits and 20 observations across three service areas.' },
    );
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('bar-rows'));
  });
});
