// One place for everything Plot needs to run at build time in Node, and for the fixes its SVG needs
// before it is fit to publish. Every chart goes through renderPlot.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeXml } from '../escape/xml.ts';

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
 * Renders Plot options to SVG markup. The root <svg> becomes a single image (role="img") named by `text`;
 * Plot's own aria-labels on inner <g> elements are dropped, because a <g> without a role may not carry a
 * name (axe "aria-prohibited-attr", Plot issue #1760) and the data is offered as a table beside the chart.
 * Plot's inline <style> element and style attribute are dropped too: the Content-Security-Policy allows
 * styles only from files, and site.css styles `.plot-chart` the same way.
 */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const started = performance.now();
  try {
    return drawPlot(options, text);
  } finally {
    // Counted for `npm run bench`, which reads it when the build ends (see scripts/lib/bench-probe.ts).
    const stats = ((globalThis as { __scorecardCharts?: { drawn: number; ms: number } }).__scorecardCharts ??= { drawn: 0, ms: 0 });
    stats.drawn += 1;
    stats.ms += performance.now() - started;
  }
}

function drawPlot(options: Plot.PlotOptions, text: ChartText): string {
  const figure = Plot.plot({ ...options, className: CHART_CLASS, style: null, document } as Plot.PlotOptions & { document: unknown });
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('Plot did not produce an SVG; legends that need a canvas cannot be drawn at build time');
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('[style]')]) element.removeAttribute('style');
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
  return serializeSvg(svg as unknown as SvgNode);
}
