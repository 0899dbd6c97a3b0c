// The golden file of the percentage trend chart (its behaviour is tested in quality-charts.test.ts and tests/unit/charts/label-room.test.ts).
import { describe, expect, it } from 'vitest';
import { percentTrendChart } from '../../../../src/features/quality/percent-trend-chart.ts';
import { golden, goldenSvg } from '../../charts/svg.ts';

describe('percentTrendChart golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws the share graded good or better by type, with a type that starts late and a withheld quarter', async () => {
    const periods = ['2024-25-Q1', '2024-25-Q2', '2024-25-Q3', '2024-25-Q4', '2025-26-Q1', '2025-26-Q2'];
    const series = (name: string, percents: (number | null)[]) => ({ name, points: periods.map((period, i) => ({ period, percent: percents[i]! })) });
    const chart = percentTrendChart({
      title: 'Graded good or better',
      periods,
      series: [
        series('All', [52.4, 55.0, 58.1, 57.3, 61.9, 64.2]),
        series('Case-file audits', [50.0, 53.6, 57.7, 56.0, 60.9, 62.5]),
        // Observations began in Q2 2024/25; Q4 2024/25 is withheld (fewer than the minimum count): gaps in the line.
        series('Practice observations', [null, 66.7, 61.5, null, 70.0, 75.0]),
        series('Dip-sampled cases', [58.3, 54.5, 60.0, 63.6, 66.7, 69.2]),
      ],
      summary: 'All: 52% in Q1 2024/25 and 64% in Q2 2025/26 (77 of 120 (64%)).',
    });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('percent-trend-chart'));
  });
});
