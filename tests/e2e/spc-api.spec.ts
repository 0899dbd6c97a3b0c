// /api/indicators/<id>.json (issue 10): published for every indicator listed in /api/indicators.json, each
// quarter with its target and RAG, and an SPC reading that agrees with the quarters it reads.
import { expect, test } from './fixtures.ts';

const VARIATIONS = ['common_cause', 'improvement', 'concern', 'neutral_high', 'neutral_low'];
const RULES = ['outside_limits', 'trend', 'two_of_three', 'shift', null];
const ASSURANCES = ['consistent_pass', 'consistent_fail', 'inconsistent', null];

interface IndicatorJson {
  id: string;
  polarity: string;
  points: { period: string; value: number | null; target: number | null; rag: string }[];
  spc: null | {
    mean: number; upper_limit: number; lower_limit: number; assurance: string | null;
    points: { period: string; variation: string; rule: string | null }[];
  };
}

test('every indicator has its own JSON with quarters and an SPC reading', async ({ page }) => {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[]; indicators: { id: string }[] };
  expect(meta.indicators.length).toBeGreaterThan(0);
  for (const { id } of meta.indicators) {
    const response = await page.request.get(`/api/indicators/${id}.json`);
    expect(response.status(), id).toBe(200);
    const json = (await response.json()) as IndicatorJson;
    expect(json.id).toBe(id);
    expect(json.points.map((p) => p.period), id).toEqual(meta.periods);
    const withValues = json.points.filter((p) => p.value !== null);
    if (withValues.length < 12) {
      expect(json.spc, id).toBeNull();
      continue;
    }
    const spc = json.spc!;
    expect(spc.points.map((p) => p.period), id).toEqual(withValues.map((p) => p.period));
    expect(spc.lower_limit).toBeLessThanOrEqual(spc.mean);
    expect(spc.upper_limit).toBeGreaterThanOrEqual(spc.mean);
    expect(ASSURANCES, id).toContain(spc.assurance);
    if (json.polarity === 'neutral') expect(spc.assurance, id).toBeNull();
    for (const point of spc.points) {
      expect(VARIATIONS, id).toContain(point.variation);
      expect(RULES, id).toContain(point.rule);
      // A point is common cause exactly when no rule marks it.
      expect(point.variation === 'common_cause', `${id} ${point.period}`).toBe(point.rule === null);
    }
  }
});
