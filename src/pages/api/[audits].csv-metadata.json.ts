// The CSVW metadata of /api/audits.csv; written only when that file is (see [audits].csv.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse } from '../../site/api.ts';
import { fileMetadata, openDataFiles } from '../../site/open-data/catalogue.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSite();
  return qualityPeriods.length > 0 ? [{ params: { audits: 'audits' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { dataset, qualityPeriods } = await getSite();
  const file = openDataFiles(qualityPeriods).find((f) => f.path === 'api/audits.csv')!;
  return jsonResponse(fileMetadata(file, dataset.site, qualityPeriods));
};
