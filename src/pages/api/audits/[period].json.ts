import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { auditsJson, jsonResponse } from '../../../site/api.ts';
import { feedbackJson } from '../../../site/feedback-api.ts';
import { actionsJson } from '../../../site/actions-api.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSite();
  return qualityPeriods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { qualityReports, qualityFeedback, dataset, provided } = await getSite();
  const report = qualityReports.get(params.period!)!;
  return jsonResponse({
    ...auditsJson(report, dataset.site.licence, dataset.site.disclosure?.minimumCount ?? null),
    feedback: feedbackJson(qualityFeedback.get(params.period!)),
    actions: provided.actions ? actionsJson(report.actions, report.period) : null,
  });
};
