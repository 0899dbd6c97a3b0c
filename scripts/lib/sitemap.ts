// sitemap.xml and robots.txt, written into a finished build: the sitemap lists every HTML page the build
// wrote (so no page can be forgotten), by its full address, which needs the site's address (SITE_URL or
// site.json "site_url"). A preview with draft quarters gets no sitemap and a robots.txt that turns every
// crawler away.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeXml } from '../../src/escape/xml.ts';
import { absoluteUrlFor, type Deployment } from '../../src/site/deployment.ts';
import { htmlPages, pagePath } from './pages.ts';

export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

export function robotsTxt({ preview, sitemapUrl }: { preview: boolean; sitemapUrl: string | null }): string {
  if (preview) return '# A preview with draft quarters: not for search engines.\nUser-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/** Writes robots.txt, and sitemap.xml when it can; returns a sentence for the build's output. */
export async function writeCrawlerFiles(site: string, deployment: Deployment, preview: boolean): Promise<string> {
  const sitemapUrl = preview ? null : absoluteUrlFor(deployment, 'sitemap.xml');
  await writeFile(path.join(site, 'robots.txt'), robotsTxt({ preview, sitemapUrl }));
  if (preview) return 'Preview: robots.txt turns search engines away, and there is no sitemap.';
  if (sitemapUrl === null) {
    return 'No sitemap.xml: the site\'s address is not set. Set SITE_URL (e.g. SITE_URL=https://www.example.gov.uk) or "site_url" in site.json to write one.';
  }
  const urls = (await htmlPages(site)).map((file) => absoluteUrlFor(deployment, pagePath(file))!);
  await writeFile(path.join(site, 'sitemap.xml'), sitemapXml(urls));
  return `Sitemap: ${urls.length} pages, at ${sitemapUrl}.`;
}
