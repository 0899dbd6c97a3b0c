import type { APIRoute } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { jsonResponse } from '../../site/api.ts';
import { fileMetadata, openDataFiles } from '../../site/open-data/catalogue.ts';

export const GET: APIRoute = async () => {
  const { dataset, qualityPeriods } = await getSiteData();
  const file = openDataFiles(qualityPeriods).find((f) => f.path === 'api/scorecards.csv')!;
  return jsonResponse(fileMetadata(file, dataset.site, qualityPeriods));
};
