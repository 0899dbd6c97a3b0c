// Reads a `_headers` file, the format Netlify and Cloudflare Pages take for HTTP headers: a line with a path
// (`*` matches anything), then that path's headers indented below it as `Name: value`; `#` starts a comment.
// The browser tests' server (serve.ts) uses it to send public/_headers the way those hosts do.

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules[rules.length - 1];
    if (!header || !rule) throw new Error(`_headers, line ${i + 1}: expected "  Name: value" under a path, found ${JSON.stringify(line)}`);
    rule.headers.push([header[1]!, header[2]!]);
  }
  return rules;
}

/** The headers for a request path, from every rule whose path matches it. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter((rule) => new RegExp(`^${rule.path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname))
    .flatMap((rule) => rule.headers);
}
