import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../escape/csv.ts';
import { getSiteData } from '../../../site/site-data.ts';
import { AUDIT_COLUMNS, auditsTable } from '../../../site/open-data/audits-table.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSiteData();
  return qualityPeriods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { quality } = (await getSiteData()).dataset;
  const rows = auditsTable(quality.audits.filter((audit) => audit.period === params.period), quality.scales, quality.ungraded.filter((row) => row.period === params.period));
  return new Response(toCsv(rows, AUDIT_COLUMNS.map((column) => column.name)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
