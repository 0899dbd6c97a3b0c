// Links and images in a narrative's Markdown, checked before anything is rendered: links must be https://,
// an email address or a path on this site (src/escape/url.ts decides); images must be files in the data
// folder, which the build copies into the site under media/, so no page ever asks another origin for one.
// Anything else is refused with the file, line and column, and is never rendered as a live link or image.
import path from 'node:path';
import type { Token } from 'markdown-it';
import { checkUrl, urlHref } from '../escape/url.ts';
import { issue, type ValidationIssue } from './issue.ts';

/** An image a narrative shows: its path in the data folder, and where it was written (for later checks). */
export interface NarrativeImage {
  /** The narrative that shows it. */
  file: string;
  /** Relative to the data folder, with forward slashes, e.g. `narrative/images/audits.png`. */
  path: string;
  line: number;
  column: string | null;
}

export interface LinkContext {
  /** The narrative file, relative to the data folder, e.g. `narrative/2024-25-Q1.md`. */
  file: string;
  /** The Markdown body's lines, and the file's line number of the first. */
  lines: readonly string[];
  firstLine: number;
  /** The site's base path, e.g. `/` or `/children/`. */
  base: string;
  issues: ValidationIssue[];
  images: NarrativeImage[];
}

export const IMAGE_TYPES: Readonly<Record<string, string>> = { '.png': 'PNG', '.jpg': 'JPEG', '.jpeg': 'JPEG', '.gif': 'GIF', '.webp': 'WebP' };
const SAFE_PATH = /^[A-Za-z0-9._/-]+$/;

/** Where `target` is written in the block's lines (else anywhere in the body, for reference definitions). */
function locate(target: string, map: [number, number] | null | undefined, context: LinkContext): { line: number; column: string | null } {
  const [start, end] = map ?? [0, context.lines.length];
  const search = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const at = context.lines[index]?.indexOf(target) ?? -1;
      if (at >= 0) return { line: context.firstLine + index, column: String(at + 1) };
    }
    return null;
  };
  return (target !== '' && (search(start, end) ?? search(0, context.lines.length))) || { line: context.firstLine + start, column: null };
}

/** The image's path in the data folder, or why it cannot be one. */
function imagePath(src: string, file: string): { ok: true; path: string } | { ok: false; problem: string } {
  const help = `Put the image in the data folder (e.g. narrative/images/audits.png) and write its path from the narrative file, e.g. ![Audit grades](images/audits.png).`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) {
    return { ok: false, problem: `the image "${src}" is not a file in the data folder. Images are never loaded from other websites. ${help}` };
  }
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), src));
  if (resolved.startsWith('../') || resolved === '..') return { ok: false, problem: `the image "${src}" lies outside the data folder. ${help}` };
  if (!SAFE_PATH.test(resolved)) {
    return { ok: false, problem: `the image path "${src}" may use only letters, digits, -, _, . and /. Rename the file (no spaces). ${help}` };
  }
  const type = IMAGE_TYPES[path.posix.extname(resolved).toLowerCase()];
  if (!type) return { ok: false, problem: `the image "${src}" must be a PNG, JPEG, GIF or WebP file (SVG is not accepted). Save it as PNG.` };
  return { ok: true, path: resolved };
}

/** Replaces a refused link or image by its text, so that even unchecked output never carries it. */
function asText(token: Token, content: string): void {
  token.type = 'text';
  token.tag = '';
  token.attrs = null;
  token.children = null;
  token.content = content;
  token.nesting = 0;
}

/** Checks every link and image in parsed Markdown, rewrites their addresses for the site, and records images. */
export function checkNarrativeLinks(tokens: readonly Token[], context: LinkContext): void {
  for (const block of tokens) {
    const children = block.children ?? [];
    const refusedLinks: number[] = [];
    children.forEach((token, index) => {
      if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        const check = checkUrl(href);
        if (check.ok) {
          token.attrSet('href', urlHref(check.url, context.base));
          return;
        }
        const at = locate(href, block.map, context);
        context.issues.push(issue(context.file, at.line, at.column, `the link "${href}" cannot be published: ${check.problem}`));
        refusedLinks.push(index);
      } else if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        const at = locate(src, block.map, context);
        const image = imagePath(src, context.file);
        const alt = (token.children ?? []).map((child) => child.content).join('');
        if (!image.ok) {
          context.issues.push(issue(context.file, at.line, at.column, image.problem));
          asText(token, alt);
          return;
        }
        if (alt.trim() === '') {
          context.issues.push(issue(context.file, at.line, at.column,
            `the image "${src}" has no description. Write what it shows between the square brackets, e.g. ![Audit grades by quarter](${src}), for readers who cannot see it.`));
        }
        context.images.push({ file: context.file, path: image.path, line: at.line, column: at.column });
        token.attrSet('src', `${context.base.replace(/\/?$/, '/')}media/${image.path}`);
      }
    });
    // A refused link keeps its words but loses the link: its open and matching close become empty text.
    for (const open of refusedLinks) {
      let depth = 0;
      for (let index = open; index < children.length; index++) {
        const token = children[index]!;
        if (token.type === 'link_open') depth++;
        if (token.type === 'link_close' && --depth === 0) {
          asText(token, '');
          break;
        }
      }
      asText(children[open]!, '');
    }
  }
}
