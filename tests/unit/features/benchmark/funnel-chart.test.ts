// The funnel plot: every council with counts as a dot at its size and proportion, England's proportion as a line,
// the 95% and 99.8% limits round it as curves that narrow as councils grow, ours a labelled star; the limits at our
// size are the ones the rules placed us by.
import { describe, expect, it } from 'vitest';
import { FUNNEL_LIMITS, funnelChart, funnelPoints, logTicks } from '../../../../src/features/benchmark/funnel-chart.ts';
import { COUNCIL_MARK } from '../../../../src/features/benchmark/strip-chart.ts';
import { BAR_CHART_WIDTH } from '../../../../src/charts/render.ts';
import { VALUE_COLOUR } from '../../../../src/charts/palette.ts';
import { manyCouncilsYear } from '../../../support/benchmark-fixtures.ts';
import type { BenchmarkYear } from '../../../../src/domain/benchmark/types.ts';
import { golden, goldenSvg, outside, parseSvg, textBoxes, viewBoxOf, type Svg } from '../../charts/svg.ts';

const indicator = { title: 'Re-referrals within 12 months of a previous referral', decimals: null };

function render(year: BenchmarkYear = manyCouncilsYear({ counts: true })) {
  const markup = funnelChart({ indicator, year, name: 'Kesterley', summary: 'A summary.' });
  return { markup, svg: parseSvg(markup) };
}

const translate = (el: Element) => {
  const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.getAttribute('transform')!)!;
  return { x: Number(x), y: Number(y) };
};

/** The y (percent) scale and the x (log of the count) scale, read from the axes' labelled ticks. */
function scales(svg: Svg) {
  const boxes = textBoxes(svg);
  // A value label is centred on its tick: its own translate, not the em it is nudged by to sit centred.
  const ys = [...svg.querySelectorAll('text')].filter((t) => /^\d+%$/.test(t.textContent!)).map((t) => ({ value: Number.parseFloat(t.textContent!), at: translate(t).y }));
  const xs = boxes.filter((t) => /^[\d,]+$/.test(t.text)).map((t) => ({ value: Math.log(Number(t.text.replace(/,/g, ''))), at: (t.left + t.right) / 2 }));
  const linear = (ticks: { value: number; at: number }[]) => {
    const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
    return (value: number) => a.at + ((value - a.value) * (b.at - a.at)) / (b.value - a.value);
  };
  const y = linear(ys);
  const x = linear(xs);
  return { y, x: (n: number) => x(Math.log(n)) };
}

/** A curve's points, in chart units, from its path (Plot writes M x,y L x,y …). */
function curvePoints(path: Element): { x: number; y: number }[] {
  return [...path.getAttribute('d')!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

describe('logTicks', () => {
  it('labels 1, 3, 10, 30 … where they fit, and only the powers of ten over a wide range', () => {
    expect(logTicks([500, 9000], 250)).toEqual([1000, 3000]);
    expect(logTicks([80, 9000], 250)).toEqual([100, 300, 1000, 3000]);
    expect(logTicks([25, 50_000], 250)).toEqual([100, 1000, 10_000]);
  });
});

describe('funnelChart', () => {
  it('is one image named for the indicator and year, with the summary as its description', () => {
    const { svg } = render();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe("Funnel plot: Re-referrals within 12 months of a previous referral, every council's figure against how many it counted, 2024/25");
    expect(svg.querySelector('desc')?.textContent).toBe('A summary.');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
  });

  it('puts each council with counts at its count and proportion, ours a star drawn last', () => {
    const year = manyCouncilsYear({ counts: true });
    const { svg } = render(year);
    const { x, y } = scales(svg);
    const drawn = [...svg.querySelectorAll('g.benchmark-council path')];
    expect(drawn).toHaveLength(funnelPoints(year).length);
    expect(drawn).toHaveLength(year.of);
    const ours = drawn.at(-1)!;
    expect(ours.getAttribute('fill')).toBe(VALUE_COLOUR);
    expect(translate(ours).x).toBeCloseTo(x(3504), 0);
    expect(translate(ours).y).toBeCloseTo(y((100 * 823) / 3504), 0);
    expect(drawn.filter((d) => d.getAttribute('fill') === COUNCIL_MARK.neighbour.fill)).toHaveLength(10);
  });

  it("draws England's proportion as a labelled line", () => {
    const { svg } = render();
    const line = svg.querySelector('g.funnel-england line')!;
    expect(Number(line.getAttribute('y1'))).toBeCloseTo(scales(svg).y(22.6), 0);
    expect(textBoxes(svg).map((t) => t.text)).toEqual(expect.arrayContaining(['England 22.6%', 'Kesterley 23.5%']));
  });

  it('draws the 95% and the 99.8% limits above and below, in two line patterns, through the limits the rules gave at our size', () => {
    const year = manyCouncilsYear({ counts: true });
    const { svg } = render(year);
    const { x, y } = scales(svg);
    const curves = [...svg.querySelectorAll('g.funnel-limit')];
    expect(curves).toHaveLength(4);
    expect(new Set(curves.map((c) => c.getAttribute('stroke-dasharray') ?? '')).size).toBe(2);
    expect(FUNNEL_LIMITS.map((l) => l.dash)).toEqual(['6 3', '2 2']);
    // Where each curve crosses our count, it is at the limit the rules placed us by.
    const at = x(3504);
    const { limits } = year.funnel!;
    const heightAt = (curve: Element) => {
      const points = curvePoints(curve.querySelector('path')!);
      const i = points.findIndex((p) => p.x >= at);
      const [a, b] = [points[i - 1]!, points[i]!];
      return a.y + ((at - a.x) * (b.y - a.y)) / (b.x - a.x);
    };
    const expected = [limits.lower95, limits.upper95, limits.lower998, limits.upper998].map((l) => y(100 * l));
    curves.forEach((curve, i) => expect(heightAt(curve)).toBeCloseTo(expected[i]!, 0));
    // And they narrow as councils grow.
    const upper = curvePoints(curves[1]!.querySelector('path')!);
    expect(upper[0]!.y).toBeLessThan(upper.at(-1)!.y);
  });

  it('fits a phone whole, every label inside it, with ours above or below England', () => {
    for (const ours of [23.5, 14, 40]) {
      const { svg } = render(manyCouncilsYear({ counts: true, ours }));
      expect(viewBoxOf(svg).width).toBe(BAR_CHART_WIDTH);
      expect(outside(svg)).toEqual([]);
    }
  });

  it('refuses a year without a funnel point', () => {
    expect(() => render(manyCouncilsYear())).toThrow(/no funnel point for 2024\/25/);
  });
});

describe('funnelChart text, top to bottom', () => {
  it('sets every label clear of the drawing\'s top and bottom edges, the axis title included', () => {
    const { svg } = render();
    const { height } = viewBoxOf(svg);
    // A label's baseline at least a descender (a quarter of the text's size) above the bottom edge, and its cap height below the top.
    for (const text of textBoxes(svg)) {
      expect(text.y, text.text).toBeGreaterThanOrEqual(9);
      expect(text.y, text.text).toBeLessThanOrEqual(height - 4);
    }
  });
});

describe('funnelChart golden file (review the drawing when it changes: see tests/unit/charts/svg.ts)', () => {
  it('draws 151 councils with counts, ours, ten neighbours, England and both pairs of limits', async () => {
    await expect(goldenSvg(render().markup)).toMatchFileSnapshot(golden('funnel-chart'));
  });
});
