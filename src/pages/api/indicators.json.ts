import type { APIRoute } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { indicatorsJson, jsonResponse } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { dataset } = await getSite();
  return jsonResponse(indicatorsJson(dataset));
};
