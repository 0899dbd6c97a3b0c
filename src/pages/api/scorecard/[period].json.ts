import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse, scorecardJson } from '../../../site/api.ts';

export const getStaticPaths = (async () => {
  const { periods } = await getSite();
  return periods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { scorecards, dataset, history } = await getSite();
  return jsonResponse(scorecardJson(scorecards.get(params.period!)!, dataset.site.licence, history));
};
