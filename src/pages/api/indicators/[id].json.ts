import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse } from '../../../site/api.ts';
import { indicatorJson } from '../../../site/indicator-api.ts';

export const getStaticPaths = (async () => {
  const { dataset } = await getSite();
  return dataset.indicators.map((indicator) => ({ params: { id: indicator.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dataset, series, benchmarks } = await getSite();
  const indicator = dataset.indicators.find((i) => i.id === params.id)!;
  const rebases = dataset.spcRebases.filter((r) => r.indicatorId === indicator.id);
  return jsonResponse(indicatorJson(indicator, series.get(indicator.id)!, rebases, benchmarks.get(indicator.id)));
};
