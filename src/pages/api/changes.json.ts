import type { APIRoute } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { jsonResponse } from '../../site/api.ts';
import { changesJson } from '../../site/changes-api.ts';

export const GET: APIRoute = async () => {
  const { dataset, index, history } = await getSite();
  return jsonResponse(changesJson({ dataCommit: history.dataCommit, events: history.revisions.events, licence: dataset.site.licence, indicator: index.indicator }));
};
