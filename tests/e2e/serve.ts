// The browser tests' web server: serves a built site as a plain static host does, plus the HTTP headers in the
// site's _headers file, as Netlify or Cloudflare Pages would. So the tests run with the Content-Security-Policy
// both as every page's <meta> tag and as a header (the header also covers Pagefind's web worker, which a
// page's <meta> tag does not reach). The _headers file itself is not published, as on those hosts.
// With a base path the site is served under it, as a host serving it from a sub-folder does, and nothing
// outside it: a link or asset that forgets the base path is then a 404.
//   node tests/e2e/serve.ts <site folder> <port> [host] [base path, e.g. /children/]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const [dir = 'dist', port = '4327', host = '127.0.0.1', base = '/'] = process.argv.slice(2);
const headersFile = path.join(dir, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
const files = sirv(dir);

function notFound(res: import('node:http').ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://site');
  if (!url.pathname.startsWith(base)) return notFound(res);
  // The path within the site, as the site's own files and _headers see it.
  const pathname = `/${url.pathname.slice(base.length)}`;
  for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  if (pathname === '/_headers') return notFound(res);
  req.url = `${pathname}${url.search}`;
  files(req, res, () => notFound(res));
}).listen(Number(port), host, () => console.log(`Serving ${dir} at http://${host}:${port}${base} with ${rules.length} _headers rule(s).`));
