// /print/<key>.css: one small stylesheet per distinct running header on printed pages (see
// src/site/print-header.ts), with how printed links read. Base.astro links the one for its page with media="print".
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { siteUrl } from '../../site/site-url.ts';
import { allPrintHeaders, printHeaderCss, printHeaderKey } from '../../site/print-header.ts';

export const getStaticPaths = (async () => {
  return allPrintHeaders(await getSiteData()).map((text) => ({ params: { key: printHeaderKey(text, siteUrl) }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(printHeaderCss(props.text, siteUrl), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
