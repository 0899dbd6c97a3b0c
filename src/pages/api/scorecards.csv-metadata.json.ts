import type { APIRoute } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse } from '../../site/api.ts';
import { fileMetadata, openDataFiles } from '../../site/open-data/catalogue.ts';

export const GET: APIRoute = async () => {
  const { dataset, qualityPeriods, benchmarks } = await getSite();
  const file = openDataFiles(qualityPeriods).find((f) => f.path === 'api/scorecards.csv')!;
  return jsonResponse(fileMetadata(file, dataset.site, qualityPeriods, benchmarks.size > 0));
};
