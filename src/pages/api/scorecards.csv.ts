import type { APIRoute } from 'astro';
import { toCsv } from '../../escape/csv.ts';
import { getSiteData } from '../../site/site-data.ts';
import { scorecardsTable } from '../../site/api.ts';
import { scorecardsTableDefinition } from '../../site/open-data/scorecard-columns.ts';

export const GET: APIRoute = async () => {
  const { scorecards, dataset } = await getSiteData();
  const columns = scorecardsTableDefinition(dataset.site.comparators).columns.map((column) => column.name);
  return new Response(toCsv(scorecardsTable(scorecards.values()), columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
