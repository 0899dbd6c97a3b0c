// /labels/<key>.css: the comparator names the scorecard's comparison column shows (src/site/comparator-labels.ts).
// A site without comparators has none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { comparatorLabelsCss, comparatorLabelsKey } from '../../site/comparator-labels.ts';

export const getStaticPaths = (async () => {
  const { comparators } = (await getSiteData()).dataset.site;
  return comparators.length === 0 ? [] : [{ params: { key: comparatorLabelsKey(comparators) } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { comparators } = (await getSiteData()).dataset.site;
  return new Response(comparatorLabelsCss(comparators), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
