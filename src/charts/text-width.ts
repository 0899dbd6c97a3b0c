// How wide a chart label will be, so a chart leaves room for its labels before it is drawn: charts are drawn at
// build time, where no text can be measured. The widths are the wider of DejaVu Sans (what Linux browsers use
// for system-ui, and wider than most) and Liberation Sans (Arial's metrics), measured in Chromium, so a label
// given this much room fits in either and in the narrower fonts of phones (Roboto, San Francisco).

/** The size of chart text, in the chart's own units (site.css sizes the units so it reads at 11–16 CSS px). */
export const FONT_SIZE = 13;

const CHARS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~£é–—‘’“”…';
// Hundredths of an em, one per character of CHARS.
const NORMAL = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56, 102, 69, 69, 73, 78, 67, 62,
  78, 76, 30, 50, 67, 56, 87, 75, 79, 67, 79, 73, 67, 62, 74, 69, 99, 69, 67, 69, 40, 34, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98,
  64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84, 64, 62, 56, 100, 32, 32, 52, 52, 100,
];
const BOLD = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 62, 100, 78, 77, 74, 84, 69, 69,
  83, 84, 38, 56, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 56, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105,
  72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84, 70, 68, 56, 100, 38, 38, 66, 66, 100,
];
const widths = (table: number[]) => new Map([...CHARS].map((char, i) => [char, table[i]!]));
const WIDTHS = { normal: widths(NORMAL), bold: widths(BOLD) };
/** A character not in the table (an accented capital, a symbol) is taken to be a full em wide: too much room, never too little. */
const UNKNOWN = 100;

export interface TextStyle {
  bold?: boolean;
  /** In chart units; FONT_SIZE unless given. */
  size?: number;
}

/** The width of one line of text in chart units. */
export function textWidth(text: string, style: TextStyle = {}): number {
  const table = style.bold ? WIDTHS.bold : WIDTHS.normal;
  let hundredths = 0;
  for (const char of text) hundredths += table.get(char) ?? UNKNOWN;
  return (hundredths / 100) * (style.size ?? FONT_SIZE);
}

/** The width of the widest line of a label that may have several ("Q3\n22/23"). */
export function labelWidth(text: string, style: TextStyle = {}): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, style)));
}

/**
 * The text broken into lines no wider than `width`, between words; a single word wider than the line is broken
 * within it, so the whole label is always shown (never cut short).
 */
export function wrapText(text: string, width: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (textWidth(joined, style) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const char of word) {
      if (line !== '' && textWidth(line + char, style) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
