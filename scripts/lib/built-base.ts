// The base path a built site was made for, read from the site itself: its pages link their stylesheets as
// <base path><file in the site folder>, so the base is what is left when the file is found. `npm run pdf`
// serves the site under that base; otherwise a site built with BASE_PATH=/children/ would print unstyled.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export type BuiltBase = { ok: true; basePath: string } | { ok: false; problem: string };

/** The stylesheets a page links, as written in its href attributes, in order. */
export function stylesheetHrefs(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((link) => link.getAttribute('href')!);
}

/** The base under which `href` (root-relative) names a file inside `siteDir`, or null when no file matches. */
function baseOf(href: string, siteDir: string): string | null {
  const pathname = decodeURIComponent(new URL(href, 'http://site').pathname);
  const parts = pathname.split('/').slice(1);
  // The shortest base first: a file at the site's root wins over one deeper down with the same name.
  for (let i = 0; i < parts.length; i++) {
    const file = path.join(siteDir, ...parts.slice(i));
    if (parts.slice(i).length > 0 && existsSync(file)) return `/${parts.slice(0, i).map((p) => `${p}/`).join('')}`;
  }
  return null;
}

/**
 * The base path of the site in `siteDir`, from the stylesheets that `pageHtml` (one of its pages, at `pageName`
 * for messages) links. Every stylesheet must be found in the folder under one base; one that is not means the
 * page would print unstyled, so it is a problem to report, never to skip.
 */
export function builtBasePath(siteDir: string, pageHtml: string, pageName: string): BuiltBase {
  const hrefs = stylesheetHrefs(pageHtml);
  if (hrefs.length === 0) return { ok: false, problem: `${pageName} links no stylesheet, so it would print unstyled. Build the site again with npm run build.` };
  const bases = new Set<string>();
  for (const href of hrefs) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || !href.startsWith('/')) {
      return { ok: false, problem: `${pageName} links the stylesheet ${href}, which is not a file of the site. Build the site again with npm run build.` };
    }
    const base = baseOf(href, siteDir);
    if (base === null) {
      return { ok: false, problem: `${pageName} links the stylesheet ${href}, which is not in ${siteDir}, so the pack would print unstyled. Build the site again with npm run build, then print.` };
    }
    bases.add(base);
  }
  if (bases.size > 1) {
    return { ok: false, problem: `${pageName} links stylesheets under different base paths (${[...bases].join(', ')}). Build the site again with npm run build.` };
  }
  return { ok: true, basePath: [...bases][0]! };
}
