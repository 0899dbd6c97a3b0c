import type { APIRoute } from 'astro';
import { toCsv } from '../../escape/csv.ts';
import { earlierVersions } from '../../domain/revisions.ts';
import { getSite } from 'virtual:scorecard/site';
import { scorecardsTable } from '../../site/api.ts';
import { scorecardsTableDefinition } from '../../site/open-data/scorecard-columns.ts';

export const GET: APIRoute = async () => {
  const { scorecards, dataset, history, benchmarks } = await getSite();
  const columns = scorecardsTableDefinition(dataset.site.comparators, benchmarks.size > 0).columns.map((column) => column.name);
  const revised = (indicatorId: string, period: string) => earlierVersions(history.revisions, period, indicatorId).length > 0;
  return new Response(toCsv(scorecardsTable(scorecards.values(), { revised, benchmarks }), columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
