import { describe, expect, it } from 'vitest';
import { comparatorPoints, trendChart, type TrendPoint } from '../../../../src/features/trend/chart.ts';
import { RAG_FILL } from '../../../../src/charts/palette.ts';
import type { Comparator, Indicator } from '../../../../src/domain/types.ts';
import { describeTrend } from '../../../../src/domain/trend-summary.ts';
import { golden, goldenSvg, parseSplit } from '../../charts/svg.ts';

const indicator: Indicator = {
  id: 'assessments-45-days',
  title: 'Assessments completed within 45 working days',
  theme: 'Assessment',
  unit: 'percent',
  polarity: 'higher_is_better',
  amber: 5,
  decimals: 1,
  definition: '',
  source: '',
  partOf: null,
};
const comparators: Comparator[] = [
  { id: 'stat_neighbours', label: 'Statistical neighbours' },
  { id: 'england', label: 'England' },
];
const target = (value: number, from = '2023-24-Q1') => ({ value, operator: '>=' as const, amber: 5, from });
const england = (value: number | null, period: string | null) => ({ id: 'england', value, period });
const points: TrendPoint[] = [
  { period: '2023-24-Q3', value: 72.4, rag: 'red', target: target(85), comparators: [england(82.1, '2022-23-Q4')] },
  { period: '2023-24-Q4', value: 81.0, rag: 'amber', target: target(85), comparators: [england(84.0, '2023-24-Q4')] },
  { period: '2024-25-Q1', value: null, rag: 'no_data', target: target(90, '2024-25-Q1'), comparators: [england(84.0, '2023-24-Q4')] },
  { period: '2024-25-Q2', value: 91.2, rag: 'green', target: target(90, '2024-25-Q1'), comparators: [england(84.0, '2023-24-Q4')] },
];

function render(input: Partial<Parameters<typeof trendChart>[0]> = {}) {
  const { axis, plot, markup } = parseSplit(trendChart({ indicator, points, comparators, summary: 'Improved from 72.4% to 91.2%.', ...input }));
  return { markup, axis, svg: plot };
}

describe('trendChart', () => {
  it('is one image named for the indicator, with the summary as its description', () => {
    const { svg } = render();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Chart: Assessments completed within 45 working days, by quarter');
    expect(svg.querySelector('title')?.textContent).toBe('Chart: Assessments completed within 45 working days, by quarter');
    expect(svg.querySelector('desc')?.textContent).toBe('Improved from 72.4% to 91.2%.');
  });

  it('leaves no aria-label on inner groups (axe: aria-prohibited-attr)', () => {
    const { svg } = render();
    expect(svg.querySelectorAll('g[aria-label]').length).toBe(0);
    expect(svg.querySelectorAll('[aria-description]').length).toBe(0);
  });

  it('draws one RAG marker per quarter that has a value, filled by its rating', () => {
    const { svg } = render();
    const fills = [...svg.querySelectorAll('path, circle')].map((el) => el.getAttribute('fill')).filter(Boolean);
    expect(fills.filter((f) => f === RAG_FILL.red)).toHaveLength(1);
    expect(fills.filter((f) => f === RAG_FILL.amber)).toHaveLength(1);
    expect(fills.filter((f) => f === RAG_FILL.green)).toHaveLength(1);
  });

  it('labels the x axis with every quarter in short form', () => {
    const { svg } = render();
    // Plot writes each line of a tick label as a <tspan>; join them back with a space.
    const ticks = [...svg.querySelectorAll('text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['Q3 23/24', 'Q4 23/24', 'Q1 24/25', 'Q2 24/25']));
  });

  it('draws the target as a dashed step line and each comparator in its own dash pattern', () => {
    const { svg } = render();
    const dashes = [...svg.querySelectorAll('[stroke-dasharray]')].map((el) => el.getAttribute('stroke-dasharray'));
    expect(dashes).toContain('5 4');
    expect(dashes).toContain('2 3'); // England is the second comparator
    // A step-after curve makes horizontal-then-vertical segments: the path has an H or a repeated y.
    const targetPath = svg.querySelector('[stroke-dasharray="5 4"] path, path[stroke-dasharray="5 4"]');
    expect(targetPath?.getAttribute('d')).toMatch(/H|V|L[\d.]+,[\d.]+L/);
  });

  it('never writes NaN into the SVG, even with gaps', () => {
    const { markup } = render();
    expect(markup).not.toMatch(/NaN|undefined/);
  });

  it('renders an indicator with no figures at all without failing', () => {
    const empty = points.map((p) => ({ ...p, value: null, rag: 'no_data' as const, comparators: [] }));
    const { svg } = render({ points: empty });
    expect(svg.getAttribute('role')).toBe('img');
  });
});

describe('comparatorPoints', () => {
  it('keeps comparator figures at their own periods, once each, within the chart', () => {
    expect(comparatorPoints(points, comparators)).toEqual([{ comparator: 'england', period: '2023-24-Q4', value: 84 }]);
  });
});

describe('trendChart with hostile text', () => {
  const hostile = '<img src=x onerror=alert(1)></title><script>alert(2)</script>&quot;';

  it('escapes the title and description, whatever the DOM library does with <title>', () => {
    const { markup, svg } = render({ indicator: { ...indicator, title: hostile }, summary: `${hostile} fell.` });
    expect(markup).not.toMatch(/<img|<script|<\/title><script/);
    expect(svg.querySelector('title')?.textContent).toBe(`Chart: ${hostile}, by quarter`);
    expect(svg.querySelector('desc')?.textContent).toBe(`${hostile} fell.`);
    expect([...svg.querySelectorAll('*')].map((element) => element.localName)).not.toContain('img');
  });

  it('carries no inline style, so the Content-Security-Policy needs none', () => {
    const { markup, svg } = render();
    expect(markup).not.toMatch(/<style|style="/);
    expect(svg.getAttribute('class')).toBe('plot-chart');
    expect(markup.match(/<svg /g)).toHaveLength(2);
  });
});

describe('trendChart golden files (review the drawing when one changes: see tests/unit/charts/svg.ts)', () => {
  it('draws a percentage with a target that changes, two comparators and a quarter without a figure', async () => {
    const assessments: Indicator = { ...indicator, amber: 3, decimals: null };
    // Comparators are published once a year (at Q4) and carried forward until the next.
    const published = (sn: number, eng: number, period: string) => [
      { id: 'stat_neighbours', value: sn, period },
      { id: 'england', value: eng, period },
    ];
    const year1 = published(79.5, 82.1, '2023-24-Q4');
    const year2 = published(81.0, 84.3, '2024-25-Q4');
    const quarters: TrendPoint[] = [
      { period: '2023-24-Q3', value: 78.2, rag: 'red', target: target(85), comparators: published(78.8, 81.9, '2022-23-Q4') },
      { period: '2023-24-Q4', value: 83.5, rag: 'amber', target: target(85), comparators: year1 },
      { period: '2024-25-Q1', value: 86.1, rag: 'green', target: target(85), comparators: year1 },
      { period: '2024-25-Q2', value: null, rag: 'no_data', target: target(85), comparators: year1 },
      { period: '2024-25-Q3', value: 88.4, rag: 'green', target: target(85), comparators: year1 },
      { period: '2024-25-Q4', value: 84.7, rag: 'amber', target: target(85), comparators: year2 },
      { period: '2025-26-Q1', value: 87.9, rag: 'amber', target: target(90, '2025-26-Q1'), comparators: year2 },
      { period: '2025-26-Q2', value: 91.3, rag: 'green', target: target(90, '2025-26-Q1'), comparators: year2 },
    ];
    const chart = trendChart({ indicator: assessments, points: quarters, comparators, summary: describeTrend(assessments, quarters) });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('trend-chart-percent'));
  });

  it('draws a count with no target and no comparators from zero', async () => {
    const contacts: Indicator = {
      ...indicator, id: 'contacts', title: 'Contacts received by the front door', theme: 'Front door', unit: 'count', polarity: 'neutral', amber: null, decimals: null,
    };
    const figures: [string, number][] = [['2024-25-Q1', 2814], ['2024-25-Q2', 3102], ['2024-25-Q3', 2957], ['2024-25-Q4', 3340], ['2025-26-Q1', 3118], ['2025-26-Q2', 3406]];
    const quarters: TrendPoint[] = figures.map(([period, value]) => ({ period, value, rag: 'no_target', target: null, comparators: [] }));
    const chart = trendChart({ indicator: contacts, points: quarters, comparators: [], summary: describeTrend(contacts, quarters) });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('trend-chart-count'));
  });
});
