import type { APIRoute } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { indicatorsJson, jsonResponse } from '../../site/api.ts';

export const GET: APIRoute = async () => {
  const { dataset } = await getSiteData();
  return jsonResponse(indicatorsJson(dataset));
};
