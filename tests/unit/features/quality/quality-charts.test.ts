import { describe, expect, it } from 'vitest';
import { domainChart } from '../../../../src/features/quality/domain-chart.ts';
import { gradeMixChart } from '../../../../src/features/quality/grade-mix-chart.ts';
import { monthlyChart } from '../../../../src/features/quality/monthly-chart.ts';
import { percentTrendChart } from '../../../../src/features/quality/percent-trend-chart.ts';
import type { DomainSummary } from '../../../../src/domain/quality/domains.ts';
import type { GradeScale } from '../../../../src/domain/quality/types.ts';
import type { SplitChart } from '../../../../src/charts/render.ts';
import { parseSplit, parseSvg } from '../../charts/svg.ts';

const ofsted: GradeScale = {
  id: 'ofsted',
  label: 'Ofsted',
  grades: [
    { id: 'outstanding', label: 'Outstanding', good: true },
    { id: 'good', label: 'Good', good: true },
    { id: 'requires_improvement', label: 'Requires improvement to be good', good: false },
    { id: 'inadequate', label: 'Inadequate', good: false },
  ],
  headline: 'good or better',
};

const svgOf = (chart: string | SplitChart) => (typeof chart === 'string' ? parseSvg(chart) : parseSplit(chart).plot);
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('gradeMixChart', () => {
  // Sefton, Aug–Oct 2023: 48 audits; two graded good by auditors were moved down to RI on moderation.
  const svg = svgOf(
    gradeMixChart({
      activity: 'Deep dive case audits',
      scale: ofsted,
      auditor: { outstanding: 0, good: 2, requires_improvement: 36, inadequate: 10 },
      final: { outstanding: 0, good: 0, requires_improvement: 38, inadequate: 10 },
      summary: '48 audits; 2 moved down on moderation.',
    }),
  );

  it('is one named image with the summary as description and no labelled inner groups', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Chart: Deep dive case audits, grades before and after moderation');
    expect(svg.querySelector('desc')?.textContent).toBe('48 audits; 2 moved down on moderation.');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
  });

  it('names every grade and both stages, and labels each bar with its count', () => {
    const words = texts(svg).join(' | ');
    for (const grade of ['Outstanding', 'Good', 'Inadequate']) expect(words).toContain(grade);
    expect(words).toContain('Auditor');
    expect(words).toContain('Moderated');
    // Bar labels: the eight counts, grade by grade, auditor then moderated.
    const labels = [...svg.querySelectorAll('g.bar-value text')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '0', '2', '0', '36', '38', '10', '10']);
  });

  it('draws one bar per grade and stage', () => {
    expect(svg.querySelectorAll('rect')).toHaveLength(8);
  });
});

describe('percentTrendChart', () => {
  const svg = svgOf(
    percentTrendChart({
      title: 'Audits graded good or better',
      periods: ['2025-26-Q1', '2025-26-Q2', '2025-26-Q3'],
      series: [
        { name: 'All', points: [{ period: '2025-26-Q1', percent: 40 }, { period: '2025-26-Q2', percent: 50 }, { period: '2025-26-Q3', percent: 60 }] },
        { name: 'Observations', points: [{ period: '2025-26-Q1', percent: 70 }, { period: '2025-26-Q2', percent: null }, { period: '2025-26-Q3', percent: 80 }] },
      ],
      summary: 'Rose from 40% to 60%.',
    }),
  );

  it('labels each series by name at its last point, so no key or colour is needed', () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(['All', 'Observations']));
  });

  it('marks only the quarters that have a figure, and does not join a line across a gap', () => {
    // 3 markers for All + 2 for Observations: the quarter without a figure has none.
    expect(svg.querySelectorAll('g[stroke-width="1.5"] > path')).toHaveLength(5);
    const observationsLine = svg.querySelector('g[stroke-dasharray="6 3"] > path')!.getAttribute('d')!;
    expect(observationsLine).not.toContain('L');
    expect(svg.outerHTML).not.toMatch(/NaN/);
  });
});

describe('domainChart', () => {
  const domain = (name: string, count: number, total: number): DomainSummary => ({
    domain: name,
    grades: {},
    total,
    goodOrBetter: { count, total, percent: (count / total) * 100 },
    lowest: { count: 0, total, percent: 0 },
  });
  const svg = svgOf(
    domainChart({
      activity: 'Monthly case file audits',
      domains: [domain('Voice of the child', 9, 10), domain('Planning', 3, 10)],
      summary: 'Strongest: voice of the child; weakest: planning.',
    }),
  );

  it('names each domain and states each share with its base', () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(['Voice of the child', 'Planning', '9 of 10 (90%)', '3 of 10 (30%)']));
  });

  it('keeps the ranked order from top to bottom', () => {
    const order = texts(svg).filter((t) => t === 'Voice of the child' || t === 'Planning');
    expect(order).toEqual(['Voice of the child', 'Planning']);
  });
});

describe('monthlyChart', () => {
  // Coventry (seed 004): January 5 of 19 met good or better; February 4 of 21.
  const headline = (count: number, total: number) => ({ label: 'meets good or better', count, total, percent: (count / total) * 100 });
  const svg = svgOf(monthlyChart({
    activity: 'Monthly case file audits',
    headline: 'meets good or better',
    months: [{ month: '2018-01', done: 19, graded: 19, notGraded: 0, headline: headline(5, 19) }, { month: '2018-02', done: 21, graded: 21, notGraded: 0, headline: headline(4, 21) }],
    summary: 'January 2018: 5 of 19 (26%) meets good or better.',
  }));

  it('labels each month with its share and base, so bars need not be read by length or colour', () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(['January 2018', 'February 2018', '26% (5 of 19)', '19% (4 of 21)']));
  });

  it('names the pass line in its text alternative', () => {
    expect(svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent).toMatch(/Monthly case file audits, meets good or better by month/);
  });
});
