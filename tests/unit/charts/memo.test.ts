// A quarter's QA charts appear on its quality page, on /quality/ when it is the latest, and in its
// committee pack: each is drawn once and the same SVG reused, not drawn again for every page.
import { describe, expect, it, vi } from 'vitest';
import type { DomainSummary } from '../../../src/domain/quality/domains.ts';
import type { GradeScale } from '../../../src/domain/quality/types.ts';

const draws = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/charts/render.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/charts/render.ts')>();
  return {
    ...actual,
    renderPlot: (...args: Parameters<typeof actual.renderPlot>) => {
      draws.count += 1;
      return actual.renderPlot(...args);
    },
  };
});

const { gradeMixChart } = await import('../../../src/features/quality/grade-mix-chart.ts');
const { domainChart } = await import('../../../src/features/quality/domain-chart.ts');

const scale = (): GradeScale => ({
  id: 'ofsted',
  label: 'Ofsted',
  grades: [
    { id: 'good', label: 'Good', good: true },
    { id: 'inadequate', label: 'Inadequate', good: false },
  ],
  headline: 'good or better',
});
// Built afresh for each page, as the pages do: equal data, different objects.
const mix = (good: number) => ({ activity: 'Case file audits', scale: scale(), auditor: { good, inadequate: 2 }, final: { good, inadequate: 2 }, summary: `${good} good.` });

describe('charts drawn for several pages', () => {
  it('draws a grade mix once for equal data and again when the data differ', () => {
    const before = draws.count;
    const onQualityPage = gradeMixChart(mix(5));
    const inPack = gradeMixChart(mix(5));
    expect(inPack).toBe(onQualityPage);
    expect(draws.count - before).toBe(1);
    const other = gradeMixChart(mix(6));
    expect(other).not.toBe(onQualityPage);
    expect(other).toContain('>6<');
    expect(draws.count - before).toBe(2);
  });

  it('draws a practice-domain chart once for equal data', () => {
    const before = draws.count;
    const domain = (): DomainSummary => ({
      domain: 'Voice of the child',
      grades: { good: 3, inadequate: 1 },
      total: 4,
      goodOrBetter: { count: 3, total: 4, percent: 75 },
      lowest: { count: 1, total: 4, percent: 25 },
    });
    const input = () => ({ activity: 'Case file audits', domains: [domain()], summary: 'One domain.' });
    const first = domainChart(input());
    expect(domainChart(input())).toBe(first);
    expect(draws.count - before).toBe(1);
  });
});
