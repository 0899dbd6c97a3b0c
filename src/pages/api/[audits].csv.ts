// /api/audits.csv, every quarter's audit grades. A route with a parameter only so that it is not written at all
// when the council publishes no quality assurance.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../escape/csv.ts';
import { getSite } from 'virtual:scorecard/site';
import { AUDIT_COLUMNS, auditsTable } from '../../site/open-data/audits-table.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSite();
  return qualityPeriods.length > 0 ? [{ params: { audits: 'audits' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { dataset, qualityCells } = await getSite();
  // The rows as published: under disclosure control, withheld counts are c.
  const cells = [...qualityCells.values()];
  const body = toCsv(auditsTable(cells.flatMap((c) => c.audits), dataset.quality.scales, cells.flatMap((c) => c.ungraded)), AUDIT_COLUMNS.map((column) => column.name));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
