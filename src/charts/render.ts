// One place for everything Plot needs to run at build time in Node, and for the fixes its SVG needs
// before it is fit to publish. Every chart goes through renderPlot.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

// Plot needs a DOM to draw into; linkedom is small and fast. One document serves every chart.
const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface ChartText {
  /** The chart's accessible name: what it shows. */
  label: string;
  /** What it says: the one-sentence summary a screen reader hears after the name. */
  description: string;
}

/**
 * Renders Plot options to SVG markup. The root <svg> becomes a single image (role="img") named by `text`;
 * Plot's own aria-labels on inner <g> elements are dropped, because a <g> without a role may not carry a
 * name (axe "aria-prohibited-attr", Plot issue #1760) and the data is offered as a table beside the chart.
 */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const figure = Plot.plot({ ...options, document } as Plot.PlotOptions & { document: unknown });
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('Plot did not produce an SVG; legends that need a canvas cannot be drawn at build time');
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
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
  return svg.outerHTML;
}
