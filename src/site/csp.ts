// The site's Content-Security-Policy, in one place. Every page carries it in a <meta http-equiv> tag (Base.astro)
// and public/_headers repeats it as an HTTP header for hosts that read that file (a unit test keeps the two
// equal). Nothing on the site is inline: every script and stylesheet is a file on the site's own origin, so no
// 'unsafe-inline', hash or nonce is needed. See docs/hosting.md.

/** Each directive and its sources. */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  // Search (Pagefind) compiles its index reader from WebAssembly: 'wasm-unsafe-eval' allows exactly that, and
  // not JavaScript's eval().
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

function serialise(directives: readonly (readonly string[])[]): string {
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The policy as every page's <meta http-equiv="Content-Security-Policy"> carries it. */
export const CONTENT_SECURITY_POLICY = serialise(CSP_DIRECTIVES);

/**
 * The same policy as an HTTP header, which can also refuse to let other sites frame the pages
 * (frame-ancestors is ignored in a <meta> tag).
 */
export const CONTENT_SECURITY_POLICY_HEADER = serialise([...CSP_DIRECTIVES, ['frame-ancestors', "'none'"]]);
