import type { APIRoute } from 'astro';
import { toCsv } from '../../escape/csv.ts';
import { getSiteData } from '../../site/site-data.ts';
import { scorecardsTable } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { scorecards, history } = await getSiteData();
  return new Response(toCsv(scorecardsTable(scorecards.values(), history.revisions)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
