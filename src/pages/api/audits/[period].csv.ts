import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../escape/csv.ts';
import { getSite } from 'virtual:scorecard/site';
import { AUDIT_COLUMNS, auditsTable } from '../../../site/open-data/audits-table.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSite();
  return qualityPeriods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dataset, qualityCells } = await getSite();
  // The rows as published: under disclosure control, withheld counts are c.
  const cells = qualityCells.get(params.period!)!;
  const rows = auditsTable(cells.audits, dataset.quality.scales, cells.ungraded);
  return new Response(toCsv(rows, AUDIT_COLUMNS.map((column) => column.name)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
