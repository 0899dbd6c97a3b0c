// Reading chart markup in unit tests: parse it, and estimate where each label is drawn, so a test can check
// that a chart leaves room for its labels (the browser tests measure the real boxes).
import { parseHTML } from 'linkedom';
import type { SplitChart } from '../../../src/charts/render.ts';
import { FONT_SIZE, labelWidth } from '../../../src/charts/text-width.ts';

export type Svg = Element;

export function parseSvg(markup: string): Svg {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg')!;
}

/** A chart over time's two SVGs, as a page puts them: the value axis, then the chart. */
export function parseSplit(chart: SplitChart): { axis: Svg; plot: Svg; markup: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${chart.axis}${chart.plot}</body></html>`);
  const [axis, plot] = [...document.querySelectorAll('body > svg')];
  return { axis: axis!, plot: plot!, markup: `${chart.axis}${chart.plot}` };
}

export function viewBoxOf(svg: Svg): { x: number; y: number; width: number; height: number } {
  const [x, y, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
}

export interface TextBox {
  text: string;
  left: number;
  right: number;
  /** The point the text is anchored at, vertically. */
  y: number;
}

type Node = { getAttribute(name: string): string | null; parentElement: Node | null; localName: string };

function translate(el: Node): { x: number; y: number } {
  const match = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
}

function inherited(el: Node, name: string): string | null {
  for (let node: Node | null = el; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
    if (node.localName === 'svg') break;
  }
  return null;
}

/** Where each <text> is drawn in the SVG's units, horizontally from its anchor and estimated width. */
export function textBoxes(svg: Svg): TextBox[] {
  return [...svg.querySelectorAll('text')].map((text) => {
    let x = Number(text.getAttribute('x') ?? 0) + Number(text.getAttribute('dx') ?? 0);
    let y = Number(text.getAttribute('y')?.replace(/em$/, '') ?? 0) * (text.getAttribute('y')?.endsWith('em') ? FONT_SIZE : 1);
    for (let node: Node | null = text as unknown as Node; node && node.localName !== 'svg'; node = node.parentElement) {
      const t = translate(node);
      x += t.x;
      y += t.y;
    }
    const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    const content = lines.length ? lines.join('\n') : (text.textContent ?? '');
    const width = labelWidth(content, { bold: inherited(text as unknown as Node, 'font-weight') === 'bold' });
    const anchor = inherited(text as unknown as Node, 'text-anchor') ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text: content, left, right: left + width, y };
  });
}

/** The labels that reach outside the SVG's own drawing, left or right: none, in a chart with room for them. */
export function outside(svg: Svg): TextBox[] {
  const box = viewBoxOf(svg);
  return textBoxes(svg).filter((t) => t.left < box.x - 0.5 || t.right > box.x + box.width + 0.5);
}
