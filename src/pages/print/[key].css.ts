// /print/<key>.css: one small stylesheet per distinct running header on printed pages (see
// src/site/print-header.ts). Base.astro links the one for its page with media="print".
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { allPrintHeaders, printHeaderCss, printHeaderKey } from '../../site/print-header.ts';

export const getStaticPaths = (async () => {
  return allPrintHeaders(await getSiteData()).map((text) => ({ params: { key: printHeaderKey(text) }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(printHeaderCss(props.text), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
