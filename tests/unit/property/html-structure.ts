// The shape of an HTML page: its elements in document order, each with its depth and its attribute names
// (values left out), as a browser-like parser sees them. Two builds of the same data with different text
// must have pages of the same shape; a difference means some text became markup.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

interface ParsedNode {
  nodeType: number;
  localName?: string;
  namespaceURI?: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<ParsedNode>;
  textContent: string | null;
}

export interface ElementShape {
  depth: number;
  name: string;
  attributes: string[];
  /** The first characters of the element's own text, to show where a difference is (not compared). */
  hint: string;
}

export interface Page {
  shape: ElementShape[];
  /** Every attribute with its value, for the checks on event handlers and script URLs. */
  attributes: { element: string; name: string; value: string }[];
  /** The page's text with runs of white space collapsed to one space. */
  text: string;
}

/** White space as HTML and JavaScript count it, collapsed, for comparing shown text with data text. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').trim();
}

function signature(shape: ElementShape): string {
  return `${shape.name}[${shape.attributes.join(' ')}]`;
}

/** Attributes Plot gives the <tspan>s it splits a label into, one per line. */
const LINE_ATTRIBUTES = new Set(['x', 'y', 'dx', 'dy']);

/**
 * Elements of `node` in document order. Inside an SVG <text>, a <tspan> holding only text and positioned only
 * by x, y, dx and dy is left out: Plot splits a long or multi-line label into one such <tspan> per line, so
 * their number follows the text's length and line breaks (layout), not its markup. For the same reason a
 * <text>'s own x, y, dx and dy are not compared (Plot puts `y` on the <text> of a one-line label, on its
 * <tspan>s otherwise). A <tspan> with any other attribute, or with elements inside, still counts.
 */
function walk(node: ParsedNode, depth: number, out: ElementShape[], attributes: Page['attributes']): void {
  const insideSvgText = node.localName === 'text';
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType !== 1 || !child.localName) continue;
    const names: string[] = [];
    for (let j = 0; j < (child.attributes?.length ?? 0); j++) {
      const attribute = child.attributes![j]!;
      names.push(attribute.name);
      attributes.push({ element: child.localName, name: attribute.name, value: attribute.value });
    }
    const compared = child.localName === 'text' ? names.filter((name) => !LINE_ATTRIBUTES.has(name)) : names;
    const shape: ElementShape = {
      depth,
      name: child.localName,
      attributes: [...compared].sort(),
      hint: collapseSpace(child.textContent ?? '').slice(0, 80),
    };
    const lineOfText = insideSvgText && child.localName === 'tspan' && names.every((name) => LINE_ATTRIBUTES.has(name))
      && Array.from(child.childNodes as ArrayLike<ParsedNode>).every((grandchild) => grandchild.nodeType !== 1);
    if (lineOfText) continue;
    out.push(shape);
    walk(child, depth + 1, out, attributes);
  }
}

export function parsePage(html: string): Page {
  const { document } = parseHTML(html);
  const shape: ElementShape[] = [];
  const attributes: Page['attributes'] = [];
  walk(document as unknown as ParsedNode, 0, shape, attributes);
  const root = (document as unknown as { documentElement: ParsedNode | null }).documentElement;
  return { shape, attributes, text: collapseSpace(root?.textContent ?? '') };
}

/** Every .html file under `root`, by path relative to it (forward slashes). */
export function htmlFiles(root: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(path.join(root, prefix)).sort()) {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(path.join(root, relative)).isDirectory()) found.push(...htmlFiles(root, relative));
    else if (name.endsWith('.html')) found.push(relative);
  }
  return found;
}

export function readPages(root: string): Map<string, Page> {
  return new Map(htmlFiles(root).map((file) => [file, parsePage(readFileSync(path.join(root, file), 'utf8'))]));
}

function line(shape: ElementShape | undefined): string {
  if (shape === undefined) return '(nothing)';
  const hint = shape.hint === '' ? '' : `  "${shape.hint}"`;
  return `${'  '.repeat(Math.min(shape.depth, 30))}<${shape.name}${shape.attributes.map((name) => ` ${name}`).join('')}>${hint}`;
}

/** Where two pages' shapes first differ, with a few elements either side; null when they are the same. */
export function shapeDifference(expected: readonly ElementShape[], actual: readonly ElementShape[]): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const a = expected[i];
    const b = actual[i];
    if (a !== undefined && b !== undefined && a.depth === b.depth && signature(a) === signature(b)) continue;
    const from = Math.max(0, i - 4);
    const to = i + 5;
    const context = (list: readonly ElementShape[]) =>
      list.slice(from, to).map((shape, k) => `${from + k === i ? '>>' : '  '} ${line(shape)}`).join('\n');
    return `element ${i + 1} of ${expected.length} (plain build) / ${actual.length} (hostile build) differs.\n` +
      `plain build:\n${context(expected)}\nhostile build:\n${context(actual)}`;
  }
  return null;
}

/** URL schemes that run script (or could) when followed or loaded. */
const SCRIPT_URL = /^(javascript|vbscript|data\s*:\s*text\/html)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'ping']);

/** Event-handler attributes and script URLs on a page: each one a message. */
export function scriptProblems(page: Page): string[] {
  const problems: string[] = [];
  for (const { element, name, value } of page.attributes) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) problems.push(`<${element}> has an event handler attribute ${name}="${value.slice(0, 80)}"`);
    // Browsers ignore leading control characters and white space, and tabs and line breaks anywhere in a URL.
    const url = value.replace(/[\u0000-\u0020]/g, '');
    if ((URL_ATTRIBUTES.has(lower) || lower.endsWith(':href')) && (SCRIPT_URL.test(url) || /^javascript:/i.test(decodeURIComponentSafe(url)))) {
      problems.push(`<${element}> ${name}="${value.slice(0, 80)}" is a script URL`);
    }
  }
  return problems;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
