// The golden file of the month-by-month chart (its behaviour is tested in quality-charts.test.ts and tests/unit/charts/label-room.test.ts).
import { describe, expect, it } from 'vitest';
import { monthlyChart } from '../../../../src/features/quality/monthly-chart.ts';
import { golden, goldenSvg } from '../../charts/svg.ts';

describe('monthlyChart golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws a quarter month by month, with a withheld month and a month with none graded', async () => {
    const label = 'adequate or good';
    const chart = monthlyChart({
      activity: 'Monthly case file audits',
      headline: label,
      months: [
        { month: '2025-07', done: 18, graded: 18, notGraded: 0, headline: { label, count: 14, total: 18, percent: (14 / 18) * 100 } },
        // Fewer than the minimum count: the share is withheld (c) and has no bar.
        { month: '2025-08', done: null, graded: null, notGraded: 0, headline: { label, count: null, total: null, percent: null } },
        { month: '2025-09', done: 3, graded: 0, notGraded: 3, headline: { label, count: 0, total: 0, percent: null } },
      ],
      summary: `July 2025: 14 of 18 (78%) ${label}. August 2025: c ${label}. September 2025: none graded.`,
    });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('monthly-chart'));
  });
});
