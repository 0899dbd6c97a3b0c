// One place for everything Plot needs to run at build time in Node, and for the fixes its SVG needs
// before it is fit to publish. Every chart goes through renderPlot.
import { channel } from 'node:diagnostics_channel';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeXml } from '../escape/xml.ts';
import { FONT_SIZE } from './text-width.ts';
import { CHART_CHANNEL, type ChartDrawn } from './chart-channel.ts';

// Plot needs a DOM to draw into; linkedom is small and fast. One document serves every chart.
const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The class every chart's <svg> carries; its styles live in site.css (no inline styles, for the CSP). */
export const CHART_CLASS = 'plot-chart';

export interface ChartText {
  /** The chart's accessible name: what it shows. */
  label: string;
  /** What it says: the one-sentence summary a screen reader hears after the name. */
  description: string;
}

interface SvgNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  attributes?: Iterable<{ name: string; value: string }>;
  childNodes: ArrayLike<SvgNode>;
}

/**
 * SVG markup with every text node and attribute value escaped by our own escapeXml. We serialise
 * ourselves rather than trust the DOM library's outerHTML: linkedom writes the text of <title> (a raw-text
 * element in HTML) unescaped, which let an indicator title carry script into every page with its chart.
 */
export function serializeSvg(node: SvgNode): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1 || !node.localName) return '';
  let attributes = '';
  for (const { name, value } of node.attributes ?? []) attributes += ` ${name}="${escapeXml(value)}"`;
  let children = '';
  // Read once: linkedom builds a new list on every read of childNodes, which made this quadratic.
  const childNodes = node.childNodes;
  for (let i = 0; i < childNodes.length; i++) children += serializeSvg(childNodes[i]!);
  return children === '' ? `<${node.localName}${attributes}/>` : `<${node.localName}${attributes}>${children}</${node.localName}>`;
}

/**
 * The width every chart is drawn at, in its own units. site.css sizes a chart by its font size (the SVG's width
 * and height are written in ems, below), and works out that font size from these widths: keep the two in step.
 * A chart over time is drawn wide and scrolls on a phone; a bar chart of categories is drawn narrow enough to
 * fit a 320 px phone whole, with its text at 11 px or more.
 */
export const TIME_CHART_WIDTH = 720;
export const BAR_CHART_WIDTH = 300;
/** The class of a narrow bar chart's <svg>, for its own font size in site.css. */
export const BAR_CHART_CLASS = 'plot-chart--bars';

/**
 * A chart over time in two SVGs: its value (y) axis, and the rest. The page sets the axis beside a scrolling
 * area holding the rest, so on a phone the quarters scroll while the scale stays in view. Both are drawn in the
 * same units and sized in ems of the same font size, so they line up as one chart.
 */
export interface SplitChart {
  /** The chart's accessible name, also the name of the region that scrolls it. */
  label: string;
  /** The value axis: ticks, their labels and the axis title. Decorative (aria-hidden): the chart and its table carry the figures. */
  axis: string;
  /** The chart itself, without its value axis: the one image (role="img") with the name and description. */
  plot: string;
}

/**
 * Renders Plot options to SVG markup. The root <svg> becomes a single image (role="img") named by `text`;
 * Plot's own aria-labels on inner <g> elements are dropped, because a <g> without a role may not carry a
 * name (axe "aria-prohibited-attr", Plot issue #1760) and the data is offered as a table beside the chart.
 * Plot's inline <style> element and style attribute are dropped too: the Content-Security-Policy allows
 * styles only from files, and site.css styles `.plot-chart` the same way.
 * For a bar chart of categories, drawn BAR_CHART_WIDTH wide.
 */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  if (options.width !== BAR_CHART_WIDTH) throw new Error(`a bar chart is drawn ${BAR_CHART_WIDTH} units wide, not ${options.width}`);
  return timed(() => {
    const svg = drawPlot(options, text);
    svg.setAttribute('class', `${CHART_CLASS} ${BAR_CHART_CLASS}`);
    return serializeSvg(svg as unknown as SvgNode);
  });
}

/**
 * Renders a chart over time (drawn TIME_CHART_WIDTH wide) as a SplitChart: Plot's y-axis marks move to an SVG of
 * their own, `marginLeft` wide, and the chart's viewBox starts where they end. The margin must hold the axis's
 * labels (valueAxis in value-axis.ts works it out), and no other mark may reach into it.
 */
export function renderSplitPlot(options: Plot.PlotOptions & { marginLeft: number }, text: ChartText): SplitChart {
  if (options.width !== TIME_CHART_WIDTH) throw new Error(`a chart over time is drawn ${TIME_CHART_WIDTH} units wide, not ${options.width}`);
  return timed(() => {
    const svg = drawPlot(options, text, (element) => /^y-axis /.test(element.getAttribute('aria-label') ?? ''));
    const { width, height } = viewBox(svg);
    const left = options.marginLeft;
    const axis = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const name of ['class', 'fill', 'font-family', 'font-size', 'text-anchor']) {
      const value = svg.getAttribute(name);
      if (value !== null) axis.setAttribute(name, value);
    }
    axis.setAttribute('aria-hidden', 'true');
    axis.setAttribute('focusable', 'false');
    size(axis, 0, left, height);
    for (const group of [...svg.querySelectorAll('[data-value-axis]')]) {
      group.removeAttribute('data-value-axis');
      axis.appendChild(group);
    }
    size(svg, left, width - left, height);
    return { label: text.label, axis: serializeSvg(axis as unknown as SvgNode), plot: serializeSvg(svg as unknown as SvgNode) };
  });
}

const drawn = channel(CHART_CHANNEL);

/** `draw()`, published on CHART_CHANNEL with its time when someone listens (`npm run bench`). */
function timed<T>(draw: () => T): T {
  if (!drawn.hasSubscribers) return draw();
  const started = performance.now();
  try {
    return draw();
  } finally {
    drawn.publish({ ms: performance.now() - started } satisfies ChartDrawn);
  }
}

function viewBox(svg: Element): { width: number; height: number } {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  if (!width || !height) throw new Error('Plot drew an SVG without a viewBox');
  return { width, height };
}

/**
 * Shows the units from `x` to `x + width` of the drawing, sized in ems: at font size f the SVG is width / 13 × f
 * wide, so its 13-unit text shows at f, the size site.css gives it. No style attribute, for the CSP.
 */
function size(svg: Element, x: number, width: number, height: number): void {
  const em = (units: number) => `${Number((units / FONT_SIZE).toFixed(3))}em`;
  svg.setAttribute('viewBox', `${x} 0 ${width} ${height}`);
  svg.setAttribute('width', em(width));
  svg.setAttribute('height', em(height));
}

/** Attributes that hold only positions and sizes, never text from the data. */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points']);

/**
 * Positions to a hundredth of a unit (a fraction of a pixel), as Plot writes them to 15 digits: smaller pages, and
 * no run of digits in a coordinate that reads like a figure (a withheld 1,583 must appear nowhere on a page).
 */
function roundGeometry(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (!GEOMETRY.has(name)) continue;
    const value = element.getAttribute(name);
    if (value && /\d\.\d{3}/.test(value)) element.setAttribute(name, value.replace(/-?\d+\.\d{3,}(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100)));
  }
}

/** The ids Plot makes up for clip paths and markers, numbered by a counter shared by every chart it draws. */
const PLOT_ID = /plot-(clip|marker)-\d+/g;

/**
 * Renames the ids Plot made up, so that a chart's markup depends only on its input, not on how many charts were
 * drawn before it (the same input gave `plot-clip-1` in one run and `plot-clip-417` in another). Named from the
 * chart's text, so two charts on one page keep distinct ids; in letters, so no id reads like a figure.
 */
function nameIds(svg: Element, text: ChartText): void {
  if (!svg.querySelector('[id^="plot-"]')) return;
  const key = letters(`${text.label}\n${text.description}`);
  const names = new Map<string, string>();
  const rename = (id: string, kind: string) => {
    if (!names.has(id)) names.set(id, `plot-${kind}-${key}-${names.size + 1}`);
    return names.get(id)!;
  };
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      if (value.includes('plot-')) element.setAttribute(name, value.replace(PLOT_ID, rename));
    }
  }
}

/** A short name made of letters from a string's FNV-1a hash. */
function letters(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let name = '';
  for (let n = hash >>> 0; name.length < 6; n = Math.floor(n / 26)) name += String.fromCharCode(97 + (n % 26));
  return name;
}

/**
 * Plot's SVG made fit to publish, in one walk of its elements (a county's build draws about a thousand charts, and
 * a pass per fix, each with its own selector query, cost as much as the fixes): geometry rounded everywhere; on
 * every element inside the root, Plot's aria-label and aria-description dropped; inline styles and <style>
 * elements dropped everywhere.
 */
function cleanSvg(svg: Element): void {
  const styles: Element[] = [];
  const visit = (element: Element, inside: boolean): void => {
    if (inside && element.localName === 'style') {
      styles.push(element);
      return;
    }
    if (inside) {
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-description');
    }
    element.removeAttribute('style');
    roundGeometry(element);
    // Read once: linkedom builds a new list on every read of children.
    for (const child of element.children) visit(child, true);
  };
  visit(svg, false);
  for (const style of styles) style.remove();
}

/** Plot's SVG, cleaned for publishing; elements `mark` picks are tagged data-value-axis before Plot's aria-labels go. */
function drawPlot(options: Plot.PlotOptions, text: ChartText, mark: (element: Element) => boolean = () => false): Element {
  const figure = Plot.plot({ ...options, className: CHART_CLASS, style: null, document } as Plot.PlotOptions & { document: unknown });
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('Plot did not produce an SVG; legends that need a canvas cannot be drawn at build time');
  for (const element of svg.children) if (mark(element)) element.setAttribute('data-value-axis', '');
  cleanSvg(svg);
  nameIds(svg, text);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.label);
  svg.removeAttribute('aria-description');
  // aria-description is not yet widely announced; a <title> and <desc> are.
  const title = document.createElement('title');
  title.textContent = text.label;
  const desc = document.createElement('desc');
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  const { width, height } = viewBox(svg);
  size(svg, 0, width, height);
  return svg;
}
