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

// Golden files: each chart module's SVG for a small, realistic input, committed under __golden__/ and compared
// with `await expect(goldenSvg(chart)).toMatchFileSnapshot(golden('name'))`. A change to a chart's drawing fails
// the test until the golden is updated: run `npx vitest run -u <test file>`, open the changed .svg files in a
// browser and review their diff before committing them. With CI set, vitest writes no snapshot, so a missing
// golden fails too.

/** The path of a golden file, relative to the test file that checks it (as toMatchFileSnapshot reads it): each test folder keeps its own __golden__/. */
export function golden(name: string): string {
  return `./__golden__/${name}.svg`;
}

/** Elements whose content is kept on one line: a line break inside <text> would be drawn as a space. */
const INLINE = new Set(['text', 'title', 'desc']);

/**
 * Markup one element to a line, indented by depth, so a golden's diff shows what changed. Only whitespace
 * between tags is added, and never inside text: joining the lines gives back the markup exactly (checked).
 */
export function prettySvg(markup: string, indent = ''): string {
  const lines: string[] = [];
  let depth = 0;
  /** How deep inside an element kept on one line, or 0 outside one. */
  let inline = 0;
  for (const token of markup.match(/<[^>]*>|[^<]+/g) ?? []) {
    const closing = token.startsWith('</');
    const opening = !closing && token.startsWith('<') && !token.endsWith('/>');
    if (inline > 0 || !token.startsWith('<')) {
      lines[lines.length - 1] += token;
      if (opening) inline += 1;
      if (closing) inline -= 1;
      continue;
    }
    if (closing) depth -= 1;
    lines.push(`${indent}${'  '.repeat(depth)}${token}`);
    if (opening) {
      if (INLINE.has(/^<([\w:-]+)/.exec(token)![1]!)) inline = 1;
      else depth += 1;
    }
  }
  const pretty = lines.join('\n');
  if (lines.map((line) => line.trimStart()).join('') !== markup) throw new Error('prettySvg changed the markup');
  return pretty;
}

/** Plot's own ids are numbered across a run; a chart names them by its text (render.ts), so none should be left. */
function checkIds(markup: string): void {
  const left = /plot-(clip|marker)-\d+\b/.exec(markup);
  if (left) throw new Error(`the chart carries an id numbered by the run (${left[0]}): its markup depends on what was drawn before it`);
}

/**
 * A golden file for a chart: its SVG exactly as published (a chart over time as its value axis and the rest),
 * pretty-printed, inside a wrapper that is not published: it sets the two parts side by side, declares the SVG
 * namespace and gives the text the size the site's stylesheet does, so the file opens in a browser as the
 * chart a reader sees.
 */
export function goldenSvg(chart: string | SplitChart): string {
  const parts = typeof chart === 'string' ? [chart] : [chart.axis, chart.plot];
  for (const part of parts) checkIds(part);
  const boxes = parts.map((part) => viewBoxOf(parseSvg(part)));
  const width = boxes.reduce((sum, box) => sum + box.width, 0);
  const height = Math.max(...boxes.map((box) => box.height));
  let x = 0;
  const placed = parts.map((part, i) => {
    const group = `  <g transform="translate(${x},0)">\n${prettySvg(part, '    ')}\n  </g>`;
    x += boxes[i]!.width;
    return group;
  });
  return [
    '<!-- A golden file (tests/unit/charts/svg.ts): only the outer <svg>, <style> and <g> are not published. -->',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `  <style>.plot-chart { font-size: ${FONT_SIZE}px; overflow: visible; } .plot-chart text { white-space: pre; }</style>`,
    ...placed,
    '</svg>',
    '',
  ].join('\n');
}
