// /changes.xml, the Atom feed of changes to published figures. A route with parameters only so that the
// feed can be left out: a feed needs absolute addresses, so without the site's address (or without version
// history) there is none, and the changes page says so.
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatValue } from '../domain/format.ts';
import { getSite } from 'virtual:scorecard/site';
import { changesFeed } from '../site/changes-feed.ts';

export const getStaticPaths = (async () => {
  const { history } = await getSite();
  return history.feed ? [{ params: { feed: 'changes' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { dataset, index, history } = await getSite();
  const { feed, dataCommit } = history;
  const xml = changesFeed({
    title: `Changes to published figures – ${dataset.site.title} – ${dataset.site.organisation}`,
    author: dataset.site.organisation,
    feedUrl: feed!.url,
    pageUrl: feed!.page,
    siteUrl: feed!.site,
    updated: dataCommit!.date,
    events: history.revisions.events,
    indicator: index.indicator,
    format: (indicator) => (value) => (indicator ? formatValue(value, indicator.unit, indicator.decimals) : formatValue(value, 'number', null)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
