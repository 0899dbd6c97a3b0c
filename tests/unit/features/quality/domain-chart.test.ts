// The golden file of the practice domains chart (its behaviour is tested in quality-charts.test.ts and tests/unit/charts/label-room.test.ts).
import { describe, expect, it } from 'vitest';
import { domainChart } from '../../../../src/features/quality/domain-chart.ts';
import { golden, goldenSvg } from '../../charts/svg.ts';

const domain = (name: string, count: number | null, total: number) => ({
  domain: name,
  grades: {},
  total,
  goodOrBetter: { count, total, percent: count === null ? null : (count / total) * 100 },
  lowest: { count: null, total, percent: null },
});

describe('domainChart golden file (review the drawing when it changes: see svg.ts)', () => {
  it('draws practice domains strongest first, with a long name and a withheld share', async () => {
    const chart = domainChart({
      activity: 'Monthly case file audits',
      domains: [
        domain('Voice of the child', 15, 18),
        domain('Assessment and analysis', 12, 18),
        domain('Planning', 9, 18),
        domain('Management oversight, supervision and the quality of recording on the child’s file', 7, 18),
        domain('Impact and outcomes', null, 18),
      ],
      summary: 'Strongest: voice of the child, 15 of 18 (83%); weakest: management oversight, 7 of 18 (39%).',
    });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('domain-chart'));
  });
});
