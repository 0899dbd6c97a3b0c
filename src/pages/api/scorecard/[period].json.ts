import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { jsonResponse, scorecardJson } from '../../../site/api.ts';

export const getStaticPaths = (async () => {
  const { periods } = await getSiteData();
  return periods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { scorecards, dataset, history } = await getSiteData();
  return jsonResponse(scorecardJson(scorecards.get(params.period!)!, dataset.site.licence, history));
};
