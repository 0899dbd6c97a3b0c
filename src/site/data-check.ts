// While an officer previews with `npm run dev`, the data is checked when the server starts and again after each
// change to a data file, and its problems and warnings are printed in the terminal, as `npm run validate` prints
// them. While the data has a problem, every page the browser asks for is answered with a plain page of our own
// listing the problems (src/site/problem-page.ts), not with Astro's developer overlay and a stack trace; the
// data is checked again for each page asked for, so fixing the file and refreshing shows the site again.
// Warnings are shown in a banner on every page (Base.astro, from the site src/site/site-source.ts derives), in `npm run dev` only.
// A build never gets here: scripts/build.ts refuses bad data before Astro runs.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadDataset } from '../load/dataset.ts';
import { readHistory } from '../load/history.ts';
import { formatIssue, summariseIssues, type ValidationIssue } from '../load/issue.ts';
import { CONTENT_SECURITY_POLICY_HEADER } from './csp.ts';
import { problemPage } from './problem-page.ts';

/** Saving from Excel writes a file several times in quick succession; print once it has settled. */
const SETTLE_MS = 300;

/**
 * Where the dev server serves the problem page's stylesheet, inside the site's base path. Paths starting `/__`
 * are left to the dev server by Astro, so no page of the site can be there.
 */
export const PROBLEM_STYLESHEET = '__scorecard/problem-page.css';
const STYLESHEETS = ['../styles/site.css', '../styles/problem-page.css'].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/** Requests the dev server answers itself (its client, modules, dependencies): never a page of the site. */
const DEV_SERVER_PATH = /^\/(?:@|__|node_modules\/|\.astro\/)/;

export interface DataCheckOptions {
  /** The data folder, resolved at the edge (scripts/lib/config.ts) as the build resolves it. */
  dataDir: string;
  /** The build's date (`YYYY-MM-DD`), resolved at the edge: quarters after it are refused. */
  today?: string;
}

export interface DataCheckResult {
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** What a page would meet: the data's problems and those of its version history, which stop a build the same way. */
export async function checkData(dataDir: string, base: string, today?: string): Promise<DataCheckResult> {
  const [loaded, history] = await Promise.all([loadDataset(dataDir, { base, today }), readHistory(dataDir)]);
  return { issues: [...loaded.issues, ...('problems' in history ? history.problems : [])], warnings: loaded.warnings };
}

/** The folder as `npm run validate` names it: relative to where the command runs when inside it. */
function shownFolder(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir);
  return `${relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? dataDir : relative}/`;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

export function dataCheck({ dataDir, today }: DataCheckOptions): AstroIntegration {
  let base = '/';
  let publicDir = '';
  return {
    name: 'scorecard-data-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;

        async function report(): Promise<void> {
          const { issues, warnings } = await checkData(dataDir, base, today);
          for (const warning of warnings) logger.warn(`Warning: ${formatIssue(warning)}`);
          for (const item of issues) logger.error(formatIssue(item));
          if (issues.length > 0) logger.error(`${summariseIssues(issues)}: every page lists them until they are fixed.`);
          else logger.info(warnings.length === 0 ? 'The data is valid, with no warnings.' : `The data is valid, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`);
        }

        const inDataDir = (file: string) => {
          const relative = path.relative(dataDir, file);
          return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        };
        server.watcher.add(dataDir);
        server.watcher.on('all', (_event, file) => {
          if (!inDataDir(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void report(), SETTLE_MS);
        });
        void report();

        // Astro has already taken the base path off the address (its own middleware runs first).
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
          answer(req, res).then((answered) => answered || next(), next);
        });

        /** Answers the request if it is for the problem page or its stylesheet; false leaves it to Astro. */
        async function answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
          if (req.method !== 'GET' && req.method !== 'HEAD') return false;
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          if (pathname === `/${PROBLEM_STYLESHEET}`) {
            const css = (await Promise.all(STYLESHEETS.map((file) => readFile(file, 'utf8')))).join('\n');
            send(req, res, 200, 'text/css; charset=utf-8', css);
            return true;
          }
          // A page is what a browser asks for as HTML; a file of public/ (an icon) is served as it is.
          if (!(req.headers.accept ?? '').includes('text/html') || DEV_SERVER_PATH.test(pathname)) return false;
          if (publicDir !== '' && !pathname.endsWith('/') && await isFile(path.join(publicDir, pathname))) return false;
          // Checked afresh for every page, so the refresh after a fix never meets an earlier result.
          const { issues, warnings } = await checkData(dataDir, base, today);
          if (issues.length === 0) return false;
          // 500, as before: the server cannot give the page asked for. A 200 would let a link checker, a script or
          // `curl --fail` take this explanation for the page itself.
          send(req, res, 500, 'text/html; charset=utf-8',
            problemPage({ issues, warnings, dataFolder: shownFolder(dataDir), stylesheet: `${base}${PROBLEM_STYLESHEET}` }));
          return true;
        }
      },
    },
  };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  // Asked again on every refresh, so a fix shows at once.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}
