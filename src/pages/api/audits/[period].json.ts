import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { auditsJson, jsonResponse } from '../../../site/api.ts';
import { feedbackJson } from '../../../site/feedback-api.ts';

export const getStaticPaths = (async () => {
  const { qualityPeriods } = await getSiteData();
  return qualityPeriods.map((period) => ({ params: { period } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { qualityReports, qualityFeedback, dataset } = await getSiteData();
  return jsonResponse({ ...auditsJson(qualityReports.get(params.period!)!, dataset.site.licence, dataset.site.disclosure?.minimumCount ?? null), feedback: feedbackJson(qualityFeedback.get(params.period!)) });
};
