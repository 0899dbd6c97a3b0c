// Issue 15, item 7: a chart over time is drawn as its value axis and the rest, so a page can keep the axis still
// while the quarters scroll; and every chart leaves room for its labels, so none is cut off at the SVG's edge.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { domainChart } from '../../../src/features/quality/domain-chart.ts';
import { gradeMixChart } from '../../../src/features/quality/grade-mix-chart.ts';
import { monthlyChart } from '../../../src/features/quality/monthly-chart.ts';
import { percentTrendChart, spreadLabels } from '../../../src/features/quality/percent-trend-chart.ts';
import { BAR_CHART_CLASS, BAR_CHART_WIDTH, TIME_CHART_WIDTH, type SplitChart } from '../../../src/charts/render.ts';
import { spcChart } from '../../../src/features/spc/chart.ts';
import { FONT_SIZE } from '../../../src/charts/text-width.ts';
import { quarterTick } from '../../../src/charts/ticks.ts';
import { trendChart, type TrendPoint } from '../../../src/features/trend/chart.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import type { DomainSummary } from '../../../src/domain/quality/domains.ts';
import type { GradeScale } from '../../../src/domain/quality/types.ts';
import { analyseSpc } from '../../../src/domain/spc/analysis.ts';
import type { Indicator, PeriodId } from '../../../src/domain/types.ts';
import { outside, parseSplit, parseSvg, textBoxes, viewBoxOf, type Svg } from './svg.ts';

function quarters(count: number, start = '2019-20-Q1'): PeriodId[] {
  const periods = [start];
  while (periods.length < count) periods.push(nextPeriod(periods[periods.length - 1]!));
  return periods;
}

const indicator = (unit: Indicator['unit'], title = 'Children on a child protection plan per 10,000'): Indicator => ({
  id: 'cp-plan-rate', title, theme: 'Child protection', unit, polarity: 'lower_is_better',
  amber: null, decimals: 1, definition: '', source: '', partOf: null,
});

/** Large counts (tick labels like "14,000") over 24 quarters: the widest labels a chart over time meets. */
function bigTrend(unit: Indicator['unit'] = 'count'): SplitChart {
  const periods = quarters(24);
  const points: TrendPoint[] = periods.map((period, i) => ({ period, value: 11_000 + 137 * i, rag: 'no_target', target: null, comparators: [] }));
  return trendChart({ indicator: indicator(unit), points, comparators: [], summary: 'Rose.' });
}

function bigSpc(): SplitChart {
  const periods = quarters(24);
  const values = periods.map((_, i) => (i < 12 ? 10 + (i % 2) * 2 : 20 + (i % 2) * 2));
  const analysis = analyseSpc(periods.map((period, i) => ({ period, value: values[i]! })), 'lower_is_better', 14, [{ period: periods[12]!, reason: 'The front door team was restructured and recording changed' }]);
  if (analysis.kind !== 'spc') throw new Error('expected SPC');
  return spcChart({ indicator: indicator('rate_per_10000'), periods, analysis, target: { value: 14, operator: '<=', amber: null, from: periods[0]! }, summary: 'A summary.' });
}

const percentTrend = (): SplitChart =>
  percentTrendChart({
    title: 'Graded good or better',
    periods: quarters(13),
    series: [
      { name: 'All', points: quarters(13).map((period, i) => ({ period, percent: 40 + i })) },
      { name: 'Multi-agency case audits', points: quarters(13).map((period, i) => ({ period, percent: 41 + i })) },
      { name: 'Practice observations', points: quarters(13).map((period, i) => ({ period, percent: i === 12 ? 53 : null })) },
    ],
    summary: 'Rose.',
  });

const monthly = (): SplitChart =>
  monthlyChart({
    activity: 'Practice observations',
    headline: 'meets good or better',
    months: [
      { month: '2025-10', done: 18, graded: 18, notGraded: 0, headline: { label: 'meets good or better', count: 18, total: 18, percent: 100 } },
      { month: '2025-11', done: 12, graded: 12, notGraded: 0, headline: { label: 'meets good or better', count: 8, total: 12, percent: (8 / 12) * 100 } },
    ],
    summary: 'A summary.',
  });

const charts: [string, () => SplitChart][] = [
  ['trend chart (counts in the thousands, 24 quarters)', () => bigTrend()],
  ['trend chart (a rate with a long unit)', () => bigTrend('rate_per_10000')],
  ['SPC chart (24 quarters, a rebase, a target)', bigSpc],
  ['QA percentage trend (long series names)', percentTrend],
  ['QA monthly chart (a long axis title)', monthly],
];

const ems = (svg: Svg, name: 'width' | 'height') => Number(svg.getAttribute(name)!.replace(/em$/, ''));

describe('a chart over time is split at its value axis', () => {
  for (const [name, draw] of charts) {
    describe(name, () => {
      const chart = draw();
      const { axis, plot } = parseSplit(chart);
      const a = viewBoxOf(axis);
      const p = viewBoxOf(plot);

      it('draws the axis as its own decorative SVG and the chart as the one named image', () => {
        expect(axis.getAttribute('aria-hidden')).toBe('true');
        expect(axis.getAttribute('role')).toBeNull();
        expect(plot.getAttribute('role')).toBe('img');
        expect(plot.getAttribute('aria-label')).toBe(chart.label);
      });

      it('puts every figure of the value axis in the axis SVG, and none in the chart', () => {
        const figures = (svg: Svg) => textBoxes(svg).filter((t) => /^[\d,.]+%?$/.test(t.text));
        expect(figures(axis).length).toBeGreaterThanOrEqual(3);
        expect(figures(plot)).toEqual([]);
        // Figures read from top to bottom, largest first, one per tick.
        const values = figures(axis).sort((x, y) => x.y - y.y).map((t) => Number(t.text.replace(/[,%]/g, '')));
        expect(values).toEqual([...values].sort((x, y) => y - x));
      });

      it('abuts the two drawings: the chart starts where the axis ends, and together they are the full width', () => {
        expect(a.x).toBe(0);
        expect(p.x).toBe(a.width);
        expect(a.width + p.width).toBe(TIME_CHART_WIDTH);
        expect(a.height).toBe(p.height);
      });

      it('sizes both in ems of the same text, so they scale together', () => {
        expect(ems(axis, 'width')).toBeCloseTo(a.width / FONT_SIZE, 3);
        expect(ems(plot, 'width')).toBeCloseTo(p.width / FONT_SIZE, 3);
        expect(ems(axis, 'height')).toBeCloseTo(a.height / FONT_SIZE, 3);
        expect(ems(plot, 'height')).toBe(ems(axis, 'height'));
      });

      it('leaves room for every label inside its own SVG: the axis labels in the axis, the rest in the chart', () => {
        expect(outside(axis)).toEqual([]);
        expect(outside(plot)).toEqual([]);
        for (const svg of [axis, plot]) {
          const box = viewBoxOf(svg);
          for (const t of textBoxes(svg)) {
            expect(t.y, t.text).toBeGreaterThanOrEqual(0);
            expect(t.y, t.text).toBeLessThanOrEqual(box.height);
          }
        }
      });
    });
  }

  it('wraps a long axis title onto lines within the axis rather than across the chart', () => {
    const { axis } = parseSplit(monthly());
    const title = [...axis.querySelectorAll('text')].find((t) => t.querySelectorAll('tspan').length > 1);
    expect([...title!.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')).toBe('% meets good or better');
  });
});

describe('a QA percentage trend', () => {
  it('writes the names of lines that end close together apart, each a line of text clear of the next', () => {
    const { plot } = parseSplit(percentTrend());
    // Each name's top and bottom, from its anchor (the middle of its lines) and its number of lines.
    const names = textBoxes(plot)
      .filter((t) => ['All', 'Multi-agency case audits', 'Practice observations'].includes(t.text.replace(/\n/g, ' ')))
      .map((t) => ({ top: t.y - (t.text.split('\n').length * FONT_SIZE) / 2, bottom: t.y + (t.text.split('\n').length * FONT_SIZE) / 2 }))
      .sort((x, y) => x.top - y.top);
    expect(names).toHaveLength(3);
    for (let i = 1; i < names.length; i++) expect(names[i]!.top).toBeGreaterThanOrEqual(names[i - 1]!.bottom);
  });

  it('spreadLabels keeps names in order, clear of each other, near their lines and within the plot', () => {
    const lines = (...ys: number[]) => ys.map((y) => ({ y, height: 15 }));
    expect(spreadLabels(lines(50, 52, 51), 0, 100)).toEqual([36, 66, 51]);
    expect(spreadLabels(lines(20, 80), 0, 100)).toEqual([20, 80]);
    expect(spreadLabels(lines(10, 200), 0, 100)).toEqual([10, 92.5]);
    expect(spreadLabels(lines(99, 100), 0, 100)).toEqual([77.5, 92.5]);
    expect(spreadLabels(lines(0, 0), 0, 100)).toEqual([7.5, 22.5]);
    // A name on two lines takes two lines' room.
    expect(spreadLabels([{ y: 50, height: 30 }, { y: 50, height: 15 }], 0, 100)).toEqual([38.75, 61.25]);
  });

  it('wraps a long series name onto lines so the quarters keep their room, and labels every quarter that fits', () => {
    const { plot } = parseSplit(percentTrend());
    const name = [...plot.querySelectorAll('text')].find((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') === 'Multi-agency case audits');
    expect(name?.querySelectorAll('tspan').length).toBe(2);
    const quartersShown = textBoxes(plot).filter((t) => /^Q\d/.test(t.text)).sort((x, y) => x.left - y.left);
    expect(quartersShown).toHaveLength(13);
    for (let i = 1; i < quartersShown.length; i++) expect(quartersShown[i]!.left).toBeGreaterThan(quartersShown[i - 1]!.right);
  });
});

describe('quarter labels never touch', () => {
  it('labels every other quarter (back from the latest) when there are too many to fit', () => {
    const { plot } = parseSplit(bigTrend());
    const shown = textBoxes(plot).filter((t) => /^Q\d/.test(t.text)).sort((x, y) => x.left - y.left);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(24);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.left, shown[i]!.text).toBeGreaterThan(shown[i - 1]!.right);
    // The latest quarter is always labelled.
    expect(shown[shown.length - 1]!.text).toBe(quarterTick(quarters(24)[23]!));
  });
});

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

const gradeMix = (scale = ofsted) =>
  parseSvg(
    gradeMixChart({
      activity: 'Multi-agency audit: neglect',
      scale,
      auditor: { outstanding: 1, good: 129, requires_improvement: 36, inadequate: 10 },
      final: { outstanding: 0, good: 131, requires_improvement: 38, inadequate: 7 },
      summary: 'A summary.',
    }),
  );

/** A group's name as drawn: its lines joined. */
const groupNames = (svg: Svg) => [...svg.querySelectorAll('g.bar-group text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent);

describe('QA bar charts fit a phone with every category named in full', () => {
  it('draws them narrow, sized in ems, with their own class for their text size', () => {
    const svg = gradeMix();
    expect(viewBoxOf(svg).width).toBe(BAR_CHART_WIDTH);
    expect(svg.getAttribute('class')!.split(' ')).toContain(BAR_CHART_CLASS);
    expect(Number(svg.getAttribute('width')!.replace(/em$/, ''))).toBeCloseTo(BAR_CHART_WIDTH / FONT_SIZE, 3);
  });

  it('names every grade whole, "Requires improvement to be good" and "Inadequate" included, inside the chart', () => {
    const svg = gradeMix();
    expect(groupNames(svg)).toEqual(ofsted.grades.map((g) => g.label));
    expect(outside(svg)).toEqual([]);
  });

  it('wraps a grade name too long for one line onto more lines, never cutting it', () => {
    const long = 'Requires improvement to be good, with serious concerns about the safety of children';
    const scale = { ...ofsted, grades: ofsted.grades.map((g) => (g.id === 'requires_improvement' ? { ...g, label: long } : g)) };
    const svg = gradeMix(scale);
    const wrapped = [...svg.querySelectorAll('g.bar-group text')].find((t) => t.querySelectorAll('tspan').length > 1);
    expect(wrapped).toBeDefined();
    expect(groupNames(svg)).toContain(long);
    expect(outside(svg)).toEqual([]);
  });

  it('keeps each grade name above its own bars, with no label drawn over another', () => {
    const boxes = textBoxes(gradeMix()).sort((x, y) => x.y - y.y);
    for (let i = 1; i < boxes.length; i++) {
      const [above, below] = [boxes[i - 1]!, boxes[i]!];
      const overlapX = above.left < below.right && below.left < above.right;
      if (overlapX) expect(below.y - above.y, `${above.text} / ${below.text}`).toBeGreaterThanOrEqual(FONT_SIZE);
    }
  });

  it('names every domain whole and gives each share inside the chart', () => {
    const domain = (name: string, count: number, total: number): DomainSummary => ({
      domain: name, grades: {}, total, goodOrBetter: { count, total, percent: (count / total) * 100 }, lowest: { count: 0, total, percent: 0 },
    });
    const names = ['Risk identification, analysis and reduction of harm to the child', 'Voice of the child', 'Planning'];
    const svg = parseSvg(domainChart({ activity: 'Monthly case file audits', domains: [domain(names[0]!, 155, 155), domain(names[1]!, 51, 155), domain(names[2]!, 0, 155)], summary: 'A summary.' }));
    expect(groupNames(svg)).toEqual(names);
    expect(textBoxes(svg).map((t) => t.text)).toContain('155 of 155 (100%)');
    expect(outside(svg)).toEqual([]);
  });
});

describe('positions', () => {
  it('are written to a hundredth of a unit, so no coordinate carries a run of digits that reads like a figure', () => {
    const { markup } = parseSplit(bigSpc());
    // Sizes in ems have three decimals (at most two digits before the point).
    expect(markup).not.toMatch(/\d\.\d{3,}(?!\d*em)/);
    expect(markup).not.toMatch(/\d{3}\.\d{3}/);
  });
});

describe('charts.css sizes charts for the widths they are drawn at', () => {
  const css = readFileSync(new URL('../../../src/styles/charts.css', import.meta.url), 'utf8');
  /** The font size as a share of the figure's width, from a rule's clamp(11.05px, <n>cqi, 15.95px). */
  const share = (selector: string) => Number(new RegExp(`^\\${selector} \\{ font-size: clamp\\(11\\.05px, ([\\d.]+)cqi, 15\\.95px\\)`, 'm').exec(css)![1]) / 100;

  it('gives chart text 13 units', () => {
    expect(FONT_SIZE).toBe(13);
    expect(css).toMatch(/\.plot-chart text, \.plot-chart tspan \{ font-size: 13px;/);
  });

  it('makes a chart as wide as its figure, or a shade less, wherever its text is between 11 and 16 px', () => {
    // At font size f a chart drawn W units wide is W / 13 × f wide; f is the share times the figure's width.
    for (const [selector, width] of [['.plot-chart', TIME_CHART_WIDTH], [`.${BAR_CHART_CLASS}`, BAR_CHART_WIDTH]] as const) {
      const ratio = (share(selector) * width) / FONT_SIZE;
      expect(ratio, selector).toBeLessThan(1);
      expect(ratio, selector).toBeGreaterThan(0.995);
    }
  });
});
