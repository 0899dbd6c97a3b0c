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

/** The stylesheet's name: named by its text, so a changed header is a new file and never a stale cached one. */
export function printHeaderKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The stylesheet: the header top left, page numbers bottom right, the text escaped as a CSS string. */
export function printHeaderCss(text: string): string {
  return `@page {\n  @top-left { content: ${cssString(text)}; }\n  @bottom-right { content: "Page " counter(page) " of " counter(pages); }\n}\n`;
}
