import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse } from '../../../site/api.ts';
import { fileMetadata, openDataFiles } from '../../../site/open-data/catalogue.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSite();
  return qualityPeriods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dataset, qualityPeriods } = await getSite();
  const file = openDataFiles(qualityPeriods).find((f) => f.path === `api/audits/${params.period}.csv`)!;
  return jsonResponse(fileMetadata(file, dataset.site, qualityPeriods));
};
