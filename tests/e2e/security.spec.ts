// The Content-Security-Policy (src/site/csp.ts): every page carries it, nothing in the built site is inline so
// nothing needs 'unsafe-inline', search works under it, and the fixture every test uses (fixtures.ts) notices
// when something breaks it.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/site/csp.ts';
import { expect, test, watchSecurity, type Page } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}


test.describe('the Content-Security-Policy', () => {
  test('every page type carries it in a <meta> tag straight after the charset, and is served with it as a header', async ({ page }) => {
    for (const url of pageTypes()) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const head = await page.evaluate(() =>
        [...document.head.children].slice(0, 2).map((el) => ({ charset: el.getAttribute('charset'), equiv: el.getAttribute('http-equiv'), content: el.getAttribute('content') })),
      );
      expect(head[0]?.charset, `${url}: the charset comes first`).toBe('utf-8');
      expect(head[1], `${url}: then the policy`).toEqual({ charset: null, equiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY });
      // From public/_headers, which tests/e2e/serve.ts sends as Netlify or Cloudflare Pages would.
      expect(response?.headers()['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY_HEADER);
    }
  });

  test('every built page has the policy and nothing inline: no <style>, no style or on… attribute, no script without src', async () => {
    const files = await htmlFiles();
    expect(files.length).toBeGreaterThan(50);
    const withoutPolicy: string[] = [];
    const found: string[] = [];
    for (const file of files) {
      const name = path.relative(site, file);
      const html = await readFile(file, 'utf8');
      const { document } = parseHTML(html);
      const policies = document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      if (policies.length !== 1 || policies[0]!.getAttribute('content') !== CONTENT_SECURITY_POLICY) withoutPolicy.push(name);
      for (const script of document.querySelectorAll('script:not([src])')) found.push(`${name}: inline <script> ${script.outerHTML.slice(0, 80)}`);
      for (const style of document.querySelectorAll('style')) found.push(`${name}: <style> ${style.outerHTML.slice(0, 80)}`);
      // Also counted as text, should a parser ever disagree about where an element starts.
      if (/<style[\s>]/i.test(html) && document.querySelectorAll('style').length === 0) found.push(`${name}: "<style" in the text`);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (attr.name === 'style' || /^on/i.test(attr.name)) found.push(`${name}: <${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
        for (const attr of ['href', 'src', 'action', 'formaction']) {
          if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) found.push(`${name}: ${attr}="javascript:…"`);
        }
      }
      // Every script and stylesheet a page loads is a file of the site (the print header's included).
      for (const el of document.querySelectorAll('script[src], link[rel="stylesheet"]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (!url.startsWith('/') || url.startsWith('//')) found.push(`${name}: loads ${url} from elsewhere`);
        else if (!existsSync(path.join(site, decodeURIComponent(url.split(/[?#]/)[0]!)))) found.push(`${name}: loads ${url}, which was not built`);
      }
    }
    expect.soft(withoutPolicy, `pages without exactly one <meta> with the policy:\n${withoutPolicy.slice(0, 20).join('\n')}`).toEqual([]);
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`search, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    test('finds pages under the policy, with nothing refused and nothing fetched from elsewhere', async ({ page }) => {
      // The page fixture fails this test on any violation or request to another origin, including from
      // Pagefind's web worker and its WebAssembly.
      await page.goto('/search/');
      const box = page.locator('#search input');
      await box.fill('referrals');
      const results = page.locator('#search .pagefind-ui__result');
      await expect(results.first()).toBeVisible({ timeout: 10_000 });
      expect(await results.count()).toBeGreaterThan(1);
      await expect(page.locator('#search .pagefind-ui__message')).toContainText(/\d+ results? for referrals/);
      const links = await page.locator('#search .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) expect(new URL(link).origin).toBe(new URL(page.url()).origin);
      await page.locator('#search .pagefind-ui__result-link').first().click();
      await expect(page.locator('h1')).toBeVisible();
    });
  });
}

test.describe('the security watch on every test’s page', () => {
  test('notices inline script, inline style, data: images and requests to other origins', async ({ browser, baseURL }) => {
    const page = await browser.newPage({ baseURL });
    const watch = await watchSecurity(page, new URL(baseURL!).origin);
    await page.goto('/');
    expect(watch.problems()).toEqual([]);

    // What an injected script or a slip in a template would do; the policy refuses each.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline script ran"';
      document.body.append(script);
      document.body.setAttribute('style', 'outline: 1px solid red');
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    await expect.poll(() => watch.problems().join('\n')).toMatch(/script-src-elem refused inline/);
    await expect.poll(() => watch.problems().join('\n')).toMatch(/style-src-attr refused inline/);
    await expect.poll(() => watch.problems().join('\n')).toMatch(/img-src refused data/);
    expect(await page.title()).not.toBe('inline script ran');

    // A whole page written over a page of the site keeps the site's policy, and the watch notices (from the
    // browser's console message: document.open() has removed the page's event listeners).
    const before = watch.problems().length;
    await page.setContent('<!doctype html><title>replaced</title><p>Replaced</p><script>document.title = "setContent script ran"</script>');
    await expect.poll(() => watch.problems().slice(before).join('\n')).toMatch(/inline script violates the following Content Security Policy/);
    expect(await page.title()).toBe('replaced');

    // A request that leaves the site (from a page without the policy, so the browser sends it).
    await page.goto('about:blank');
    await page.setContent('<img src="http://localhost:9/pixel.gif" alt="">');
    await expect.poll(() => watch.problems().join('\n')).toMatch(/request to another origin: GET http:\/\/localhost:9\/pixel\.gif/);
    await page.close();
  });
});
