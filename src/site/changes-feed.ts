// The Atom feed of changes to published figures (/changes.xml): one entry per first publication or
// revision, newest first, with absolute addresses (feed readers fetch it from anywhere). Every piece of
// data text goes through escapeXml.
import { escapeXml } from '../escape/xml.ts';
import { changeSummary, type FigureFormat } from '../domain/revision-wording.ts';
import type { ChangeEvent } from '../domain/revisions.ts';
import type { Indicator } from '../domain/types.ts';
import { changeAnchor } from './revised-mark.ts';

export interface ChangesFeedInput {
  /** Names the feed, e.g. "Changes to published figures – Children's services performance – Kesterley Borough Council". */
  title: string;
  author: string;
  /** Absolute addresses. */
  feedUrl: string;
  pageUrl: string;
  /** The absolute address of the site's base, for links to quarters and indicators. */
  siteUrl: string;
  /** The date of the data's last commit: when the feed last changed. */
  updated: string;
  events: readonly ChangeEvent[];
  indicator: (id: string) => Indicator | null;
  format: (indicator: Indicator | null) => FigureFormat;
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

export function changesFeed(input: ChangesFeedInput): string {
  const entries = input.events.map((event) => {
    const indicator = event.kind === 'revision' ? input.indicator(event.indicatorId) : null;
    const title = changeSummary(event, event.kind === 'revision' ? (indicator?.title ?? event.indicatorId) : '', input.format(indicator));
    const id = `${input.pageUrl}#${changeAnchor(event)}`;
    const link = event.kind === 'publication'
      ? new URL(`quarters/${event.period}/`, input.siteUrl).href
      : indicator ? new URL(`indicators/${indicator.id}/`, input.siteUrl).href : id;
    return [
      '  <entry>',
      `    <title>${escapeXml(title)}</title>`,
      `    <id>${escapeXml(id)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <updated>${timestamp(event.commit.date)}</updated>`,
      `    <summary>${escapeXml(`${event.commit.message} (version ${event.commit.hash}, ${event.commit.date})`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <id>${escapeXml(input.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <updated>${timestamp(input.updated)}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
