import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { getSiteData } from '../../site/site-data.ts';
import { scorecardsTable } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { scorecards } = await getSiteData();
  // A byte-order mark so Excel opens it as UTF-8.
  const csv = `\uFEFF${Papa.unparse(scorecardsTable(scorecards.values()), { newline: '\r\n' })}\r\n`;
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
