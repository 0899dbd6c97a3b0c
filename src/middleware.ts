// Publishes each rendered HTML page on PAGE_CHANNEL when the build listens (src/site/page-channel.ts says why).
import { channel } from 'node:diagnostics_channel';
import { defineMiddleware } from 'astro/middleware';
import { PAGE_CHANNEL, type PageRendered } from './site/page-channel.ts';

const rendered = channel(PAGE_CHANNEL);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!rendered.hasSubscribers || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  rendered.publish({ pathname: context.url.pathname, html } satisfies PageRendered);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
