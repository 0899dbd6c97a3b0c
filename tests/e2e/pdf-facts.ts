// What a clerk and a screen-reader user rely on in a printed pack, read from the PDF itself with pdf-lib and
// pdf.js (pure JavaScript: no poppler needed on the test machine): page sizes, whether it is tagged, its
// bookmarks and fonts, its raster images, how far down each sheet its content reaches, and its lines of text.
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';

export interface PdfFacts {
  /** Each page's size in points, rounded. */
  pages: { width: number; height: number }[];
  /** /MarkInfo /Marked true with a structure tree: a tagged PDF, as `pdfinfo` reports "Tagged: yes". */
  tagged: boolean;
  /** Bookmarks in the outline, at every level. */
  bookmarks: number;
  /** The base names of the fonts the pages use, subset prefixes (ABCDEF+) removed. */
  fonts: string[];
}

export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes);
  const catalog = pdf.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const marked = markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() ?? false;
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'));

  let bookmarks = 0;
  const count = (parent: PDFDict | undefined): void => {
    for (let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      bookmarks++;
      count(item);
    }
  };
  count(catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict));

  const fonts = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const name = object.get(PDFName.of('BaseFont'))?.toString();
    if (name) fonts.add(name.replace(/^\//, '').replace(/^[A-Z]{6}\+/, ''));
  }

  const pages = pdf.getPages().map((page) => {
    const { width, height } = page.getSize();
    return { width: Math.round(width), height: Math.round(height) };
  });
  return { pages, tagged, bookmarks, fonts: [...fonts].sort() };
}

/** Raster images stored in the PDF, wherever they are drawn from (a page, a pattern, a form): image XObjects. */
export async function rasterImages(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes);
  let images = 0;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : null;
    if (dict?.get(PDFName.of('Subtype'))?.toString() === '/Image') images++;
  }
  return images;
}

export interface PageLayout {
  width: number;
  height: number;
  /**
   * How far down the page's printable area (inside the margins) its content reaches, from 0 to 1: the share of
   * the area's height above the lowest text or drawing. The running header and the page number sit in the
   * margins, so they do not count.
   */
  filled: number;
  /** Small filled discs drawn as vector curves, by fill colour (#rrggbb): how the SPC icons print. */
  discs: Map<string, number>;
  /** Images drawn inline in the page's content, which are not XObjects. */
  inlineImages: number;
}

// pdf.js's path operators inside a constructPath (its DrawOPS, which it does not export) and their coordinates.
const PATH_OPS: Record<number, { coordinates: number; curve: boolean }> = {
  0: { coordinates: 2, curve: false }, // moveTo
  1: { coordinates: 2, curve: false }, // lineTo
  2: { coordinates: 6, curve: true }, // curveTo
  3: { coordinates: 4, curve: true }, // quadraticCurveTo
  4: { coordinates: 0, curve: false }, // closePath
};

function hasCurves(path: ArrayLike<number> | undefined): boolean {
  if (!path) return false;
  for (let i = 0; i < path.length; ) {
    const op = PATH_OPS[path[i]!];
    if (!op) return false;
    if (op.curve) return true;
    i += 1 + op.coordinates;
  }
  return false;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: ArrayLike<number>): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!, m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!, m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4], m[1] * n[4]! + m[3] * n[5]! + m[5],
];

/**
 * Where each page's text and drawings lie, read with pdf.js (pure JavaScript, so it runs wherever the tests
 * do; poppler's pdftotext -bbox gives text only, and a sheet can be filled by a chart or a table's shading).
 * `margins` are the @page margins in points, top and bottom. White fills are paper, not content.
 */
export async function pageLayouts(bytes: Uint8Array, margins: { top: number; bottom: number }): Promise<PageLayout[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const both = [OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke];
  const fills = new Set<number>([OPS.fill, OPS.eoFill, ...both]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, ...both]);
  const layouts: PageLayout[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      // PDF space is y-up: the printable area runs from `top` down to `bottom`.
      const top = y1 - margins.top;
      const bottom = y0 + margins.bottom;
      let lowest = Infinity;
      const mark = (a: number, b: number) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        if (high <= bottom || low >= top) return;
        lowest = Math.min(lowest, Math.max(low, bottom));
      };
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const baseline = item.transform[5] as number;
        mark(baseline, baseline + item.height);
      }
      const discs = new Map<string, number>();
      let inlineImages = 0;
      const { fnArray, argsArray } = await page.getOperatorList();
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      let fill = '#000000';
      let stroke = '#000000';
      const saved: [Matrix, string, string][] = [];
      fnArray.forEach((fn, i) => {
        const args = argsArray[i] as unknown[];
        if (fn === OPS.save) saved.push([ctm, fill, stroke]);
        else if (fn === OPS.restore) [ctm, fill, stroke] = saved.pop() ?? [ctm, fill, stroke];
        else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
        else if (fn === OPS.paintFormXObjectBegin) {
          saved.push([ctm, fill, stroke]);
          if (args[0]) ctm = multiply(ctm, args[0] as number[]);
        } else if (fn === OPS.paintFormXObjectEnd) [ctm, fill, stroke] = saved.pop() ?? [ctm, fill, stroke];
        else if (fn === OPS.setFillRGBColor) fill = String(args[0]);
        else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
        else if (fn === OPS.paintInlineImageXObject || fn === OPS.paintImageXObject || fn === OPS.paintImageMaskXObject) {
          if (fn === OPS.paintInlineImageXObject) inlineImages++;
          // The unit square under the current matrix.
          const ys = [ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]];
          mark(Math.min(...ys), Math.max(...ys));
        } else if (fn === OPS.constructPath) {
          const [op, data, box] = args as [number, [ArrayLike<number>] | undefined, ArrayLike<number> | null];
          if (!box) return;
          const filled = fills.has(op) && fill !== '#ffffff';
          if (!filled && !(strokes.has(op) && stroke !== '#ffffff')) return;
          const corners = [[box[0]!, box[1]!], [box[2]!, box[1]!], [box[0]!, box[3]!], [box[2]!, box[3]!]];
          const xs = corners.map(([x, y]) => ctm[0] * x! + ctm[2] * y! + ctm[4]);
          const ys = corners.map(([x, y]) => ctm[1] * x! + ctm[3] * y! + ctm[5]);
          mark(Math.min(...ys), Math.max(...ys));
          const width = Math.max(...xs) - Math.min(...xs);
          const height = Math.max(...ys) - Math.min(...ys);
          if (filled && Math.abs(width - height) < 0.5 && width > 4 && width < 16 && hasCurves(data?.[0])) {
            discs.set(fill, (discs.get(fill) ?? 0) + 1);
          }
        }
      });
      layouts.push({
        width: Math.round(x1 - x0),
        height: Math.round(y1 - y0),
        filled: lowest === Infinity ? 0 : (top - lowest) / (top - bottom),
        discs,
        inlineImages,
      });
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return layouts;
}

/**
 * Each page's text as lines, in the order the PDF draws them, read with pdf.js: a line ends where pdf.js finds
 * the text moves to a new line. Pieces of one line are joined as drawn (a ligature such as "fi" is a piece of
 * its own), so a word drawn whole reads whole.
 */
export async function pageLines(bytes: Uint8Array): Promise<string[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[][] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      let text = '';
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages;
}

/**
 * Each page's lowest line of text inside its printable area (`margins` as for pageLayouts): the pieces drawn on
 * that line, left to right, joined with single spaces where they stand apart.
 */
export async function lowestLines(bytes: Uint8Array, margins: { top: number; bottom: number }): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const lines: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, y0, , y1] = page.view as [number, number, number, number];
      const pieces = (await page.getTextContent()).items
        .filter((item) => 'str' in item && item.str.trim() !== '')
        .map((item) => {
          const { str, transform, width } = item as { str: string; transform: number[]; width: number };
          return { str, x: transform[4]!, y: transform[5]!, width };
        })
        .filter(({ y }) => y > y0 + margins.bottom && y < y1 - margins.top);
      const lowest = Math.min(...pieces.map(({ y }) => y));
      const line = pieces.filter(({ y }) => Math.abs(y - lowest) < 1).sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const piece of line) {
        text += (text !== '' && piece.x - end > 1 ? ' ' : '') + piece.str;
        end = piece.x + piece.width;
      }
      lines.push(text.replace(/\s+/g, ' ').trim());
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return lines;
}

// A word is a run of letters and digits: a line may break at a space, or after a hyphen or a dash.
const WORD_END = /([\p{L}\p{N}]+)[-‐‑]?$/u;
const WORD_START = /^([\p{L}\p{N}]+)/u;
// The address print.css writes after a link, " (/changes/)", may break anywhere: a line ending inside one.
const ADDRESS_END = /(?:^|\s)\((?:https?:\/\/|\/)\S*$|^\S*\/\S*$/;

/**
 * Words split across two lines of a page: a line ending in the start of a word (with or without a hyphen
 * added), the next line starting with its rest, so that the two pieces make one of `words` (lower case). Two
 * pieces that are both words of the page (`vocabulary`, lower case: "with" and "in" of "within") may be two
 * words that happen to meet at a line's end, so they are not counted; nor are link addresses.
 */
export function wordsSplitAcrossLines(pages: string[][], words: Set<string>, vocabulary: Set<string>): string[] {
  const found: string[] = [];
  pages.forEach((lines, p) => {
    for (let i = 0; i + 1 < lines.length; i++) {
      if (ADDRESS_END.test(lines[i]!)) continue;
      const head = WORD_END.exec(lines[i]!)?.[1];
      const tail = WORD_START.exec(lines[i + 1]!)?.[1];
      if (!head || !tail) continue;
      const joined = (head + tail).toLowerCase();
      if (!words.has(joined)) continue;
      if (vocabulary.has(head.toLowerCase()) && vocabulary.has(tail.toLowerCase())) continue;
      found.push(`page ${p + 1}: "${head}" / "${tail}" ("${lines[i]!.slice(-40)}" / "${lines[i + 1]!.slice(0, 40)}")`);
    }
  });
  return found;
}
