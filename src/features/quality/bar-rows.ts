// Horizontal bars in named groups, narrow enough for a 320 px phone: each group's name on its own line(s) above
// its bars, so a long category ("Requires improvement to be good") is wrapped and shown whole rather than cut
// off at a band's edge; each bar labelled with its figure at its end. Used by the QA grade and domain charts.
import * as Plot from '@observablehq/plot';
import { BAR_CHART_WIDTH, renderPlot, type ChartText } from '../../charts/render.ts';
import { FONT_SIZE, labelWidth, wrapText } from '../../charts/text-width.ts';
import { INK } from '../../charts/palette.ts';

export interface BarRow {
  /** The bar's own name, written left of it (e.g. "Auditor"), or null for a group of one bar. */
  name: string | null;
  value: number;
  /** The figure written at the bar's end. */
  label: string;
  fill: string;
}

export interface BarGroup {
  /** The category, written above its bars, wrapped if need be. */
  title: string;
  bars: readonly BarRow[];
}

export interface BarRowsInput {
  groups: readonly BarGroup[];
  /** The value a full-width bar shows. */
  max: number;
  /** Draw the full width faintly behind each bar (for shares, so 100% can be seen) and write figures past it. */
  track?: boolean;
  /** Write the figures in bold (a count that is the point of the chart), not normal weight. */
  boldFigures?: boolean;
}

/** Chart units. */
const BAR = 18;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const LINE_HEIGHT = 1.15;
const TITLE_GAP = 3;
const LABEL_DX = 6;
const EDGE = 4;
const TRACK = '#f3f2f1';

interface Placed extends BarRow {
  top: number;
  bottom: number;
  middle: number;
}

export function barRowsChart(input: BarRowsInput, text: ChartText): string {
  const width = BAR_CHART_WIDTH;
  const names = input.groups.flatMap((g) => g.bars.flatMap((b) => (b.name === null ? [] : [b.name])));
  const marginLeft = names.length ? Math.ceil(Math.max(...names.map((n) => labelWidth(n))) + LABEL_DX + EDGE) : 1;
  const marginRight = Math.ceil(Math.max(0, ...input.groups.flatMap((g) => g.bars.map((b) => labelWidth(b.label, { bold: input.boldFigures ?? false })))) + LABEL_DX + EDGE);

  let y = EDGE;
  const titles: { text: string; top: number }[] = [];
  const bars: Placed[] = [];
  const baselines: { top: number; bottom: number }[] = [];
  for (const group of input.groups) {
    const lines = wrapText(group.title, width - 2 * EDGE, { bold: true });
    titles.push({ text: lines.join('\n'), top: y });
    y += lines.length * FONT_SIZE * LINE_HEIGHT + TITLE_GAP;
    const first = y;
    for (const bar of group.bars) {
      bars.push({ ...bar, top: y, bottom: y + BAR, middle: y + BAR / 2 });
      y += BAR + BAR_GAP;
    }
    baselines.push({ top: first - 2, bottom: y - BAR_GAP + 2 });
    y += GROUP_GAP - BAR_GAP;
  }
  const height = Math.ceil(y - GROUP_GAP + EDGE + 2);

  const marks: Plot.Markish[] = [];
  if (input.track) marks.push(Plot.rect(bars, { x1: 0, x2: input.max, y1: 'top', y2: 'bottom', fill: TRACK }));
  marks.push(
    Plot.rect(bars, { className: 'bar-row', x1: 0, x2: 'value', y1: 'top', y2: 'bottom', fill: 'fill', stroke: INK, strokeWidth: 1 }),
    Plot.ruleX(baselines, { x: 0, y1: 'top', y2: 'bottom', stroke: INK }),
    Plot.text(titles, { className: 'bar-group', frameAnchor: 'left', y: 'top', text: 'text', dx: -marginLeft + EDGE, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE_HEIGHT, fill: INK, fontWeight: 'bold' }),
    Plot.text(bars.filter((b) => b.name !== null), { className: 'bar-name', x: 0, y: 'middle', text: 'name', dx: -LABEL_DX, textAnchor: 'end', fill: INK }),
    Plot.text(bars, { className: 'bar-value', x: input.track ? () => input.max : 'value', y: 'middle', text: 'label', dx: LABEL_DX, textAnchor: 'start', fill: INK, fontWeight: input.boldFigures ? 'bold' : 'normal' }),
  );
  return renderPlot(
    {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom: 0,
      x: { domain: [0, input.max], axis: null },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks,
    },
    text,
  );
}
