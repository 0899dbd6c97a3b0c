// Every browser test imports `test` and `expect` from here. Its `page` watches, for the whole test, for anything
// the site's Content-Security-Policy refuses (src/site/csp.ts) and for any request that leaves the site's own
// origin, and fails the test at the end if there was any, naming each one.
import { test as base, expect, type Page } from '@playwright/test';

export { expect };
export type { Page } from '@playwright/test';

/** Names the page reports a violation through; set up before any page script runs. */
const REPORT = '__reportSecurityPolicyViolation';

export interface SecurityWatch {
  /** Everything seen so far: policy violations and requests to other origins, one line each. */
  problems(): string[];
}

/**
 * Watches a page from now on, across navigations: `securitypolicyviolation` events in the page and its frames,
 * the browser's own "Content Security Policy" console messages (which also come from workers, where no page
 * listener reaches), and every request whose origin is not `origin`.
 */
export async function watchSecurity(page: Page, origin: string): Promise<SecurityWatch> {
  const problems: string[] = [];
  await page.exposeFunction(REPORT, (violation: string) => {
    problems.push(`Content-Security-Policy violation: ${violation}`);
  });
  await page.addInitScript((report) => {
    // document.open() (page.setContent) removes this listener; the browser's console message still reports.
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
        const sample = e.sample ? ` (${JSON.stringify(e.sample)})` : '';
        const call = (window as unknown as Record<string, (text: string) => void>)[report];
        call?.(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} on ${e.documentURI}${where}${sample}`);
      },
      true,
    );
  }, REPORT);
  const onConsole = (where: string) => (message: { type(): string; text(): string }) => {
    const text = message.text();
    if (/Content.Security.Policy/i.test(text)) problems.push(`console ${message.type()} in ${where}: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`);
  };
  page.on('console', onConsole('the page'));
  page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  page.on('request', (request) => {
    const url = request.url();
    let requestOrigin = 'none';
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      // Not a URL: reported below as another origin.
    }
    if (requestOrigin === origin) return;
    let from = 'a worker';
    try {
      from = request.frame().url();
    } catch {
      // Requests from workers have no frame.
    }
    problems.push(`request to another origin: ${request.method()} ${url} (from ${from})`);
  });
  return { problems: () => [...problems] };
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    if (!baseURL) throw new Error('The browser tests need baseURL (playwright.config.ts).');
    const watch = await watchSecurity(page, new URL(baseURL).origin);
    await use(page);
    const problems = watch.problems();
    expect(problems, `The site's security policy was broken:\n${problems.join('\n')}`).toEqual([]);
  },
});
