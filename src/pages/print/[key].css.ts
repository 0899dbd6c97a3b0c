// /print/<key>.css: one small stylesheet per distinct running header on printed pages (see
// src/site/print-header.ts), with how printed links read. Base.astro links the one for its page with media="print".
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from 'virtual:scorecard/site';
import { allPrintHeaders, printHeaderCss, printHeaderKey } from '../../site/print-header.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const { siteUrl } = site.settings;
  return allPrintHeaders(site).map((text) => ({ params: { key: printHeaderKey(text, siteUrl) }, props: { text, siteUrl } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string; siteUrl: string | null }> = ({ props }) =>
  new Response(printHeaderCss(props.text, props.siteUrl), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
