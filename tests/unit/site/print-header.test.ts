import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/escape/css.ts';
import { allPrintHeaders, printHeaderCss, printHeaderKey, printHeaders, RELATIVE_ADDRESSES_NOTE } from '../../../src/site/print-header.ts';
import { makeDataset, makeSite } from '../../support/domain-fixtures.ts';

describe('running headers on printed pages', () => {
  it('puts the header in a CSS string escaped by the shared escaper, and page numbers bottom right', () => {
    const text = 'Council "A" \\ </style><script>alert(1)</script>\n· Scorecard';
    const css = printHeaderCss(text);
    expect(css).toContain(`@top-left { content: ${cssString(text)}; }`);
    expect(css).toContain('counter(pages)');
    expect(css).not.toMatch(/<|\n·|\\\\/);
  });

  it('names each stylesheet by its text', () => {
    expect(printHeaderKey('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(printHeaderKey('a')).toBe(printHeaderKey('a'));
    expect(printHeaderKey('a')).not.toBe(printHeaderKey('b'));
  });

  it('makes a stylesheet for every header a page can carry, once each', () => {
    const site = makeSite({ organisation: 'Anytown Council', title: 'Scorecard' });
    const dataset = makeDataset({ site });
    const periods = ['2025-26-Q1', '2025-26-Q2'];
    const headers = allPrintHeaders({ dataset, periods, qualityPeriods: ['2025-26-Q2'] });
    expect(headers).toContain(printHeaders.site(site));
    for (const period of periods) expect(headers).toContain(printHeaders.scorecard(site, period));
    // A quarter without quality assurance has a performance-only pack, whose header says so.
    expect(headers).toContain(printHeaders.pack(site, '2025-26-Q2', true));
    expect(headers).toContain(printHeaders.pack(site, '2025-26-Q1', false));
    expect(printHeaders.pack(site, '2025-26-Q1', false)).toBe("Anytown Council · Children's services performance · Q1 2025/26");
    expect(headers).toContain(printHeaders.quality(site, '2025-26-Q2'));
    expect(headers).not.toContain(printHeaders.quality(site, '2025-26-Q1'));
    expect(new Set(headers).size).toBe(headers.length);
    expect(printHeaders.scorecard(site, '2025-26-Q2')).toBe('Anytown Council · Scorecard Q2 2025/26');
  });

  it("prints the site's own links as full addresses when the site's address is known", () => {
    const css = printHeaderCss('Anytown Council · Scorecard', 'https://www.anytown.gov.uk');
    expect(css).toContain(`${cssString('https://www.anytown.gov.uk')} attr(href)`);
    expect(css).toContain('a[href][href^="/"]');
    expect(css).not.toContain(cssString(RELATIVE_ADDRESSES_NOTE));
  });

  it("says on paper what the printed paths are relative to when the site's address is not known", () => {
    const css = printHeaderCss('Anytown Council · Scorecard', null);
    expect(css).toContain(`.site-footer::before { content: ${cssString(RELATIVE_ADDRESSES_NOTE)};`);
    expect(css).not.toContain('attr(href)');
  });

  it('names the stylesheet anew when the site address changes, so no stale copy is printed from', () => {
    expect(printHeaderKey('a', 'https://www.anytown.gov.uk')).not.toBe(printHeaderKey('a', null));
    expect(printHeaderKey('a', 'https://www.anytown.gov.uk')).not.toBe(printHeaderKey('a', 'https://www.othertown.gov.uk'));
  });
});
