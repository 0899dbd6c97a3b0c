// The strip of every council's figure: one dot per council that published one, none overlapping, ours a labelled
// star on the line, our neighbours squares, England and the region labelled lines at their values; every label
// inside a chart that fits a phone whole.
import { describe, expect, it } from 'vitest';
import { COUNCIL_MARK, REFERENCE_LINE, stripChart, swarmOffsets } from '../../../../src/features/benchmark/strip-chart.ts';
import { BAR_CHART_WIDTH } from '../../../../src/charts/render.ts';
import { VALUE_COLOUR } from '../../../../src/charts/palette.ts';
import { manyCouncilsYear } from '../../../support/benchmark-fixtures.ts';
import type { BenchmarkYear } from '../../../../src/domain/benchmark/types.ts';
import type { Unit } from '../../../../src/domain/types.ts';
import { contrast } from '../../charts/contrast.ts';
import { golden, goldenSvg, outside, parseSvg, textBoxes, viewBoxOf, type Svg } from '../../charts/svg.ts';

const indicator = (unit: Unit = 'percent') => ({ title: 'Re-referrals within 12 months of a previous referral', unit, decimals: null });

function render(year: BenchmarkYear = manyCouncilsYear(), unit: Unit = 'percent') {
  const markup = stripChart({ indicator: indicator(unit), year, name: 'Kesterley', summary: 'A summary.' });
  return { markup, svg: parseSvg(markup) };
}

const translate = (el: Element) => {
  const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.getAttribute('transform')!)!;
  return { x: Number(x), y: Number(y) };
};

/** The chart's value-to-x scale, read from its first and last labelled ticks. */
function xScale(svg: Svg): (value: number) => number {
  const ticks = textBoxes(svg).filter((t) => /^[\d.]+%?$/.test(t.text)).map((t) => ({ value: Number.parseFloat(t.text), x: (t.left + t.right) / 2 }));
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (value) => a.x + ((value - a.value) * (b.x - a.x)) / (b.value - a.value);
}

const markers = (svg: Svg) => [...svg.querySelectorAll('g.benchmark-council path')].map((path) => ({ fill: path.getAttribute('fill'), d: path.getAttribute('d'), ...translate(path) }));

describe('stripChart', () => {
  it('is one image named for the indicator and year, with the summary as its description', () => {
    const { svg } = render();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe("Chart: Re-referrals within 12 months of a previous referral, every council's figure for 2024/25");
    expect(svg.querySelector('desc')?.textContent).toBe('A summary.');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
  });

  it('draws one marker per council with a published figure, at its value', () => {
    const year = manyCouncilsYear({ suppressed: 3 });
    const { svg } = render(year);
    const drawn = markers(svg);
    expect(drawn).toHaveLength(year.of);
    const x = xScale(svg);
    const xs = drawn.map((m) => m.x).sort((a, b) => a - b);
    const expected = year.councils.map((c) => x(c.value!)).sort((a, b) => a - b);
    xs.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 0));
  });

  it('marks ours as one star drawn last, on the line, and our ten neighbours as squares, in shapes as well as colours', () => {
    const { svg } = render();
    const drawn = markers(svg);
    const ours = drawn.filter((m) => m.fill === VALUE_COLOUR);
    expect(ours).toHaveLength(1);
    expect(drawn.at(-1)).toEqual(ours[0]);
    const neighbours = drawn.filter((m) => m.fill === COUNCIL_MARK.neighbour.fill);
    expect(neighbours).toHaveLength(10);
    const others = drawn.filter((m) => m.fill === 'white');
    // Three shapes: no two kinds share an outline.
    expect(new Set([ours[0]!.d, neighbours[0]!.d, others[0]!.d]).size).toBe(3);
    expect(ours[0]!.x).toBeCloseTo(xScale(svg)(23.5), 0);
    // Ours is on the line the swarm spreads from: the middle of the dots.
    const ys = drawn.map((m) => m.y);
    expect(ours[0]!.y).toBeCloseTo((Math.min(...ys) + Math.max(...ys)) / 2, 0);
  });

  it('labels ours, England and the region with their figures, each line at its value', () => {
    const { svg } = render();
    const texts = textBoxes(svg).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['England 22.6%', 'North West 21.7%', 'Kesterley 23.5%']));
    const x = xScale(svg);
    const lineX = (name: string) => Number(svg.querySelector(`g.${name} line`)!.getAttribute('x1'));
    expect(lineX('benchmark-england')).toBeCloseTo(x(22.6), 0);
    expect(lineX('benchmark-region')).toBeCloseTo(x(21.7), 0);
    expect(svg.querySelector('g.benchmark-england')!.getAttribute('stroke-dasharray')).toBe(REFERENCE_LINE.england.dash);
    expect(svg.querySelector('g.benchmark-region')!.getAttribute('stroke-dasharray')).toBe(REFERENCE_LINE.region.dash);
  });

  it('overlaps no two markers', () => {
    const { svg } = render(manyCouncilsYear({ count: 153 }));
    const drawn = markers(svg);
    // Each marker is drawn inside a circle of its radius; the radius follows from its kind.
    const radius = (m: (typeof drawn)[number]) => (m.fill === VALUE_COLOUR ? COUNCIL_MARK.ours.r : m.fill === 'white' ? COUNCIL_MARK.other.r : COUNCIL_MARK.neighbour.r);
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) {
        const [a, b] = [drawn[i]!, drawn[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `markers ${i} and ${j}`).toBeGreaterThanOrEqual(radius(a) + radius(b) - 0.05);
      }
    }
  });

  it('fits a phone whole: drawn as narrow as a bar chart, every label inside it, whatever the figures', () => {
    const long = { ...manyCouncilsYear({ ours: 9.2 }), region: { code: 'E12000003', name: 'Yorkshire and The Humber', value: 22.9 } };
    for (const year of [manyCouncilsYear(), manyCouncilsYear({ ours: 45 }), long]) {
      const { svg } = render(year);
      expect(viewBoxOf(svg).width).toBe(BAR_CHART_WIDTH);
      expect(outside(svg)).toEqual([]);
    }
  });

  it('names the unit under the axis when it is not a percentage', () => {
    const { svg } = render(manyCouncilsYear(), 'rate_per_10000');
    expect(textBoxes(svg).map((t) => t.text)).toContain('per 10,000 children');
    expect(textBoxes(render().svg).map((t) => t.text)).not.toContain('%');
  });

  it('draws its marks in colours that stand out on white (3:1)', () => {
    for (const mark of Object.values(COUNCIL_MARK)) expect(contrast(mark.stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const line of Object.values(REFERENCE_LINE)) expect(contrast(line.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('stripChart text, top to bottom', () => {
  it('sets every label clear of the drawing\'s top and bottom edges, the axis title included', () => {
    const { svg } = render(manyCouncilsYear(), 'rate_per_10000');
    const { height } = viewBoxOf(svg);
    // A label's baseline at least a descender (a quarter of the text's size) above the bottom edge, and its cap height below the top.
    for (const text of textBoxes(svg)) {
      expect(text.y, text.text).toBeGreaterThanOrEqual(9);
      expect(text.y, text.text).toBeLessThanOrEqual(height - 4);
    }
  });
});

describe('swarmOffsets', () => {
  it('puts a dot with nothing near it on the line', () => {
    expect(swarmOffsets([{ x: 0, r: 3 }, { x: 100, r: 3 }])).toEqual([0, 0]);
  });
  it('stacks dots at the same value above and below the line, nearest first', () => {
    const offsets = swarmOffsets([{ x: 50, r: 3 }, { x: 50, r: 3 }, { x: 50, r: 3 }], 1);
    expect(offsets).toEqual([0, -7, 7]);
  });
  it('places the first by priority on the line, whatever its value', () => {
    const offsets = swarmOffsets([{ x: 50, r: 3, priority: 2 }, { x: 51, r: 8, priority: 0 }], 1);
    expect(offsets[1]).toBe(0);
    expect(Math.abs(offsets[0]!)).toBeGreaterThan(10);
  });
});

describe('stripChart golden file (review the drawing when it changes: see tests/unit/charts/svg.ts)', () => {
  it('draws 153 councils, ours, ten neighbours, England and the North West', async () => {
    await expect(goldenSvg(render(manyCouncilsYear({ counts: true })).markup)).toMatchFileSnapshot(golden('strip-chart'));
  });
});
