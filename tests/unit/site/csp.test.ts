// One Content-Security-Policy: the one in src/site/csp.ts, which every page's <meta> tag carries, is the one
// public/_headers sends as a header, and it allows nothing inline.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../../src/site/csp.ts';
import { headersFor, parseHeadersFile } from '../../e2e/headers-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('the Content-Security-Policy', () => {
  it('is what public/_headers sends for every path, with frame-ancestors added', async () => {
    const rules = parseHeadersFile(await readFile(path.join(root, 'public/_headers'), 'utf8'));
    for (const pathname of ['/', '/search/', '/pagefind/pagefind-worker.js', '/print/0123456789abcdef.css']) {
      expect(headersFor(rules, pathname)).toEqual([['Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER]]);
    }
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('allows scripts and styles only from the site, WebAssembly for search, and no plugins, base or form elsewhere', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|data:|https?:|\*/);
    // frame-ancestors is ignored in a <meta> tag (and the browser complains), so only the header has it.
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('reading a _headers file', () => {
  it('gives each path the headers of every rule that matches it', () => {
    const rules = parseHeadersFile('# comment\n/*\n  A: 1\n/search/*\n  B: two words\n\n/exact\n  C: 3\n');
    expect(headersFor(rules, '/search/')).toEqual([['A', '1'], ['B', 'two words']]);
    expect(headersFor(rules, '/exact')).toEqual([['A', '1'], ['C', '3']]);
    expect(headersFor(rules, '/exactly')).toEqual([['A', '1']]);
  });

  it('names the line of a header with no path above it', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1/);
  });
});
