import { describe, expect, it } from 'vitest';
import { spcChart, wrapLabel } from '../../../../src/features/spc/chart.ts';
import { SPC_COLOUR, SPC_LINE_COLOUR } from '../../../../src/charts/palette.ts';
import { analyseSpc, type SpcAnalysis, type SpcRebase } from '../../../../src/domain/spc/analysis.ts';
import { nextPeriod } from '../../../../src/domain/period.ts';
import type { Indicator, Polarity, ResolvedTarget } from '../../../../src/domain/types.ts';
import { contrast } from '../../charts/contrast.ts';
import { describeSpc } from '../../../../src/domain/spc/summary.ts';
import { golden, goldenSvg, parseSplit } from '../../charts/svg.ts';

const indicator = (polarity: Polarity, title = 'Re-referrals within 12 months'): Indicator => ({
  id: 're-referrals', title, theme: 'Front door', unit: 'percent', polarity,
  amber: null, decimals: null, definition: '', source: '', partOf: null,
});

function periodsFrom(count: number, start = '2022-23-Q3'): string[] {
  const periods = [start];
  while (periods.length < count) periods.push(nextPeriod(periods[periods.length - 1]!));
  return periods;
}

function render(values: number[], options: { polarity?: Polarity; target?: ResolvedTarget | null; rebases?: SpcRebase[]; title?: string } = {}) {
  const polarity = options.polarity ?? 'lower_is_better';
  const target = options.target ?? null;
  const periods = periodsFrom(values.length);
  const analysis = analyseSpc(periods.map((period, i) => ({ period, value: values[i]! })), polarity, target?.value ?? null, options.rebases ?? []);
  if (analysis.kind !== 'spc') throw new Error('expected SPC');
  const { axis, plot, markup } = parseSplit(spcChart({ indicator: indicator(polarity, options.title), periods, analysis, target, summary: 'A summary.' }));
  return { markup, svg: plot, axis, analysis: analysis as Extract<SpcAnalysis, { kind: 'spc' }> };
}

type Svg = ReturnType<typeof render>['svg'];

/**
 * The chart's own value-to-pixel scale, read from two labelled y-axis ticks (on the axis's own SVG). Positions
 * are published to a hundredth of a unit, so heights are compared to within a tenth.
 */
function yScale(axis: Svg): (value: number) => number {
  const ticks = [...axis.querySelectorAll('g.spc-y-axis text')].map((t) => ({
    value: parseFloat(t.textContent!),
    y: Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform')!)![1]),
  }));
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (value) => a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

const lineYs = (svg: Svg, className: string) => [...svg.querySelectorAll(`g.${className} line`)].map((l) => Number(l.getAttribute('y1')));
const translate = (el: { getAttribute(name: string): string | null }) => {
  const [, x, y] = /translate\(([^,]+),([^)]+)\)/.exec(el.getAttribute('transform')!)!;
  return { x: Number(x), y: Number(y) };
};

// Hand-worked: mean 11; every moving range is 2, so the limits are 11 ± 2.66 × 2 = 5.68 and 16.32.
const steady = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
// The last value jumps to 34: its moving range (24) is screened out (≥ 3.267 × 64/11), so the moving range is 4;
// the mean is 164/12 = 13.67, between the 10s and 14s (no shift), and the upper limit 13.67 + 10.64 = 24.31, so
// 34 alone lies above it: special cause concern where lower is better.
const jump = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 34];

describe('spcChart', () => {
  it('is one image named for the indicator, with the summary as its description', () => {
    const { svg } = render(steady);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Statistical process control (SPC) chart of Re-referrals within 12 months: average, process limits and variation by quarter');
    expect(svg.querySelector('title')?.textContent).toBe(svg.getAttribute('aria-label'));
    expect(svg.querySelector('desc')?.textContent).toBe('A summary.');
    expect(svg.querySelectorAll('g[aria-label]').length).toBe(0);
  });

  it('draws the mean solid and the process limits dashed at their hand-worked heights', () => {
    const { svg, axis } = render(steady);
    const y = yScale(axis);
    expect(lineYs(svg, 'spc-mean')).toHaveLength(1);
    expect(lineYs(svg, 'spc-mean')[0]).toBeCloseTo(y(11), 1);
    const limits = lineYs(svg, 'spc-limit').sort((a, b) => a - b);
    expect(limits).toHaveLength(2);
    expect(limits[0]).toBeCloseTo(y(16.32), 1); // the upper limit is higher on screen: a smaller y
    expect(limits[1]).toBeCloseTo(y(5.68), 1);
    expect(svg.querySelector('g.spc-mean')!.getAttribute('stroke-dasharray')).toBeNull();
    for (const g of svg.querySelectorAll('g.spc-limit')) expect(g.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('marks common cause with grey circles and no words', () => {
    const { svg } = render(steady);
    const markers = [...svg.querySelectorAll('g.spc-point path')];
    expect(markers).toHaveLength(12);
    for (const m of markers) expect(m.getAttribute('fill')).toBe(SPC_COLOUR.common_cause);
    expect(svg.querySelectorAll('g.spc-point-label text')).toHaveLength(0);
  });

  it('draws a concern point as an upward triangle in orange, named in words beside it', () => {
    const { svg, axis } = render(jump);
    const markers = [...svg.querySelectorAll('g.spc-point path')];
    const concern = markers.filter((m) => m.getAttribute('fill') === SPC_COLOUR.concern);
    expect(concern).toHaveLength(1);
    const common = markers.find((m) => m.getAttribute('fill') === SPC_COLOUR.common_cause)!;
    // A different shape from the circles, pointing up (not rotated), at the height of 34%.
    expect(concern[0]!.getAttribute('d')).not.toBe(common.getAttribute('d'));
    expect(concern[0]!.getAttribute('transform')).toMatch(/rotate\(0\)/);
    expect(translate(concern[0]!).y).toBeCloseTo(yScale(axis)(34), 1);
    const labels = [...svg.querySelectorAll('g.spc-point-label text')];
    expect(labels.map((l) => l.textContent)).toEqual(['Concern (higher)']);
    expect(translate(labels[0]!).x).toBeCloseTo(translate(concern[0]!).x, 1);
  });

  it('points a low special-cause marker down', () => {
    // Mirror of the jump above: mean 364/12 = 30.33, lower limit 19.69, and 10 below it.
    const { svg } = render([34, 30, 34, 30, 34, 30, 34, 30, 34, 30, 34, 10], { polarity: 'higher_is_better' });
    const concern = [...svg.querySelectorAll('g.spc-point path')].filter((m) => m.getAttribute('fill') === SPC_COLOUR.concern);
    expect(concern).toHaveLength(1);
    expect(concern[0]!.getAttribute('transform')).toMatch(/rotate\(180\)/);
    expect(svg.querySelector('g.spc-point-label text')?.textContent).toBe('Concern (lower)');
  });

  it('draws the target line when there is one', () => {
    expect(render(steady).svg.querySelectorAll('g.spc-target line')).toHaveLength(0);
    const { svg, axis } = render(steady, { target: { value: 14, operator: '<=', amber: null, from: '2022-23-Q3' } });
    expect(lineYs(svg, 'spc-target')[0]).toBeCloseTo(yScale(axis)(14), 1);
    expect(svg.querySelector('g.spc-target-label text')?.textContent).toBe('Target');
  });

  it('breaks the chart at a rebase, between the quarters either side, labelled with its reason, and restarts the limits', () => {
    const values = [...steady, 20, 22, 20, 22, 20, 22];
    const { svg, axis, analysis } = render(values, { rebases: [{ period: '2025-26-Q3', reason: 'New front door team' }] });
    expect(analysis.segments).toHaveLength(2);
    const breakLine = svg.querySelector('g.spc-break line')!;
    const x = Number(breakLine.getAttribute('x1'));
    const xs = [...svg.querySelectorAll('g.spc-point path')].map((m) => translate(m).x);
    expect(x).toBeGreaterThan(xs[11]!);
    expect(x).toBeLessThan(xs[12]!);
    // Wrapped into lines (one tspan each) that read as the reason.
    const label = [...svg.querySelectorAll('g.spc-break-label tspan')].map((t) => t.textContent).join(' ');
    expect(label).toBe('New limits: New front door team');
    // Each part has its own average, drawn only over its own quarters.
    const y = yScale(axis);
    const means = [...svg.querySelectorAll('g.spc-mean line')];
    expect(means.map((l) => Number(l.getAttribute('y1')))).toEqual([expect.closeTo(y(11), 1), expect.closeTo(y(21), 1)]);
    expect(Number(means[0]!.getAttribute('x2'))).toBeLessThan(x);
    expect(Number(means[1]!.getAttribute('x1'))).toBeGreaterThan(x);
  });

  it('draws the same markup for the same input, however many charts were drawn before it', () => {
    // Plot numbers the clip path that keeps a limit inside the chart by a counter shared across charts.
    const first = render(jump).markup;
    render(steady);
    expect(render(jump).markup).toBe(first);
  });

  it('escapes an indicator title and rebase reason carrying markup', () => {
    const hostile = `<script>alert("x")</script> & 'quoted'`;
    const { markup, svg } = render([...steady, 20, 22], { title: hostile, rebases: [{ period: '2025-26-Q3', reason: hostile }] });
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(svg.querySelector('title')?.textContent).toContain(hostile);
    expect(svg.querySelector('g.spc-break-label text')?.textContent).toContain('<script>');
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries and shortens past three lines with an ellipsis', () => {
    expect(wrapLabel('New front door team')).toBe('New front door team');
    expect(wrapLabel('New multi-agency front door from April 2024, with police and health in the same room every day of the week'))
      .toBe('New multi-agency front door\nfrom April 2024, with police\nand health in the same room…');
    for (const line of wrapLabel('x'.repeat(80) + ' y').split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe('SPC colours', () => {
  it('stand 3:1 against the white chart panel (kept white in the dark scheme)', () => {
    for (const colour of [...Object.values(SPC_COLOUR), SPC_LINE_COLOUR]) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });
});

describe('spcChart golden file (review the drawing when it changes: see tests/unit/charts/svg.ts)', () => {
  it('draws a series with a rebase, a quarter without a figure, special causes either side and a target', async () => {
    const reReferrals = indicator('lower_is_better', 'Re-referrals within 12 months of a previous referral');
    const periods = periodsFrom(20, '2020-21-Q3');
    // Steady around 24% with one spike (concern), a quarter lost to a system change, then a new front door from
    // Q3 2023/24 and a steady fall (improvement).
    const values = [24.1, 23.2, 25.0, 24.4, null, 23.8, 33.5, 24.9, 23.6, 24.7, 25.3, 23.9, 21.4, 20.2, 19.6, 18.8, 18.1, 17.2, 16.4, 15.8];
    const rebases = [{ period: '2023-24-Q3', reason: 'New multi-agency front door (MASH) from October 2023' }];
    const target = { value: 18, operator: '<=' as const, amber: 2, from: '2023-24-Q3' };
    const analysis = analyseSpc(periods.map((period, i) => ({ period, value: values[i]! })), 'lower_is_better', target.value, rebases);
    if (analysis.kind !== 'spc') throw new Error('expected SPC');
    expect(analysis.points.map((p) => p.variation)).toEqual(expect.arrayContaining(['concern', 'improvement']));
    const chart = spcChart({ indicator: reReferrals, periods, analysis, target, summary: describeSpc(reReferrals, analysis, target) });
    await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('spc-chart'));
  });
});
