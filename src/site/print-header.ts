// The running header on printed pages: the organisation and what the page is, at the top of every sheet
// (a CSS @page margin box). The text varies by page but the site has no inline styles (see csp.ts), so each
// distinct header is a small stylesheet of its own, /print/<hash>.css (src/pages/print/[key].css.ts), which
// the page links. The pages take their header from these functions, and the stylesheets are generated from
// the same functions, so every header a page links to exists.
import { createHash } from 'node:crypto';
import { periodShortLabel } from '../domain/period.ts';
import type { PeriodId, SiteConfig } from '../domain/types.ts';
import { cssString } from '../escape/css.ts';
import type { SiteData } from './site-data.ts';

type Site = Pick<SiteConfig, 'organisation' | 'title'>;

export const printHeaders = {
  /** Any page without its own header. */
  site: (site: Site) => `${site.organisation} · ${site.title}`,
  scorecard: (site: Site, period: PeriodId) => `${site.organisation} · Scorecard ${periodShortLabel(period)}`,
  quality: (site: Site, period: PeriodId) => `${site.organisation} · Quality assurance ${periodShortLabel(period)}`,
  /** withQuality: the quarter has quality assurance results; without, the pack is about performance only. */
  pack: (site: Site, period: PeriodId, withQuality: boolean) =>
    `${site.organisation} · Children's services ${withQuality ? 'performance and quality assurance' : 'performance'} · ${periodShortLabel(period)}`,
};

/** Every header a page of this site can carry, once each. */
export function allPrintHeaders({ dataset, periods, qualityPeriods }: Pick<SiteData, 'dataset' | 'periods' | 'qualityPeriods'>): string[] {
  const { site } = dataset;
  return [
    ...new Set([
      printHeaders.site(site),
      ...periods.flatMap((period) => [printHeaders.scorecard(site, period), printHeaders.pack(site, period, qualityPeriods.includes(period))]),
      ...qualityPeriods.map((period) => printHeaders.quality(site, period)),
    ]),
  ];
}

/**
 * The stylesheet's name: named by what it says, so a changed header or site address is a new file and never a
 * stale cached one.
 */
export function printHeaderKey(text: string, siteOrigin: string | null = null): string {
  return createHash('sha256').update(printHeaderCss(text, siteOrigin)).digest('hex').slice(0, 16);
}

/**
 * The stylesheet: the header top left, page numbers bottom right, the text escaped as a CSS string; and how
 * printed links read (see printLinksCss).
 */
export function printHeaderCss(text: string, siteOrigin: string | null = null): string {
  return `@page {\n  @top-left { content: ${cssString(text)}; }\n  @bottom-right { content: "Page " counter(page) " of " counter(pages); }\n}\n${printLinksCss(siteOrigin)}`;
}

/**
 * Paper cannot follow a link, so print.css writes each link's address after it; the site's own links are paths
 * (/quarters/…), which cannot be typed from paper alone. With the site's address known (SITE_URL or
 * "site_url", e.g. `https://www.kesterley.gov.uk`), the address is written in full; without it, the page's
 * footer says what the paths are relative to. The selector outranks print.css's (whose !important exceptions,
 * such as links in tables, still hold).
 */
export function printLinksCss(siteOrigin: string | null): string {
  if (siteOrigin !== null) {
    return `@media print {\n  :root a[href][href^="/"]:not([href^="//"])::after { content: " (" ${cssString(siteOrigin)} attr(href) ")"; }\n}\n`;
  }
  return `@media print {\n  .site-footer::before { content: ${cssString(RELATIVE_ADDRESSES_NOTE)}; display: block; margin-bottom: 1mm; }\n}\n`;
}

/** Printed where the site's address is not known at build time. */
export const RELATIVE_ADDRESSES_NOTE =
  'The addresses in brackets after links are pages of this website: type the website\'s address in front of them.';
