// The golden file of the grade mix chart (its behaviour is tested in quality-charts.test.ts and tests/unit/charts/label-room.test.ts).
import { describe, expect, it } from 'vitest';
import { gradeMixChart } from '../../../../src/features/quality/grade-mix-chart.ts';
import type { GradeScale } from '../../../../src/domain/quality/types.ts';
import { golden, goldenSvg } from '../../charts/svg.ts';

const ofsted: GradeScale = {
  id: 'ofsted',
  label: 'Ofsted four-point scale',
  grades: [
    { id: 'outstanding', label: 'Outstanding', good: true },
    { id: 'good', label: 'Good', good: true },
    { id: 'requires_improvement', label: 'Requires improvement to be good', good: false },
    { id: 'inadequate', label: 'Inadequate', good: false },
  ],
  headline: 'good or better',
};

describe('gradeMixChart golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws all four Ofsted grades before and after moderation, with a withheld count', async () => {
    // 42 audits; the outstanding counts are below the minimum count, so withheld (c) and drawn without a bar.
    const chart = gradeMixChart({
      activity: 'Monthly case file audits',
      scale: ofsted,
      auditor: { outstanding: null, good: 21, requires_improvement: 14, inadequate: 4 },
      final: { outstanding: null, good: 19, requires_improvement: 17, inadequate: 4 },
      summary: '42 audits: 21 graded good or better (50%) after moderation; 3 moved down on moderation.',
    });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('grade-mix-chart'));
  });
});
