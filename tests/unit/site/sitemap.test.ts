// sitemap.xml and robots.txt as search engines read them.
import { describe, expect, it } from 'vitest';
import { pagePath } from '../../../scripts/lib/pages.ts';
import { robotsTxt, sitemapXml } from '../../../scripts/lib/sitemap.ts';

describe('sitemapXml', () => {
  it('lists each address once in a <loc>, escaped as XML', () => {
    const xml = sitemapXml(['https://www.example.gov.uk/children/', 'https://www.example.gov.uk/children/a?x=1&y=2']);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://www.example.gov.uk/children/', 'https://www.example.gov.uk/children/a?x=1&amp;y=2',
    ]);
  });
});

describe('robotsTxt', () => {
  it('lets crawlers in and names the sitemap when the address is known', () => {
    expect(robotsTxt({ preview: false, sitemapUrl: 'https://www.example.gov.uk/children/sitemap.xml' }))
      .toBe('User-agent: *\nAllow: /\n\nSitemap: https://www.example.gov.uk/children/sitemap.xml\n');
    expect(robotsTxt({ preview: false, sitemapUrl: null })).toBe('User-agent: *\nAllow: /\n');
  });

  it('turns every crawler away from a preview', () => {
    expect(robotsTxt({ preview: true, sitemapUrl: 'https://x.example/sitemap.xml' })).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    expect(robotsTxt({ preview: true, sitemapUrl: 'https://x.example/sitemap.xml' })).not.toContain('Sitemap');
  });
});

describe('pagePath', () => {
  it('is the folder a page is served at', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('quarters/2025-26-Q3/index.html')).toBe('quarters/2025-26-Q3/');
    expect(pagePath('404.html')).toBe('404.html');
  });
});
