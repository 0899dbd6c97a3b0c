// The middleware hands each rendered HTML page to whoever listens on PAGE_CHANNEL (the build's search indexing), and
// passes every response on with the same body, status and headers, listened to or not.
import { channel, subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, it } from 'vitest';
import { onRequest } from '../../src/middleware.ts';
import { PAGE_CHANNEL, type PageRendered } from '../../src/site/page-channel.ts';

type Next = Parameters<typeof onRequest>[1];
const call = (pathname: string, response: Response) =>
  onRequest({ url: new URL(`https://example.org${pathname}`) } as Parameters<typeof onRequest>[0], (async () => response) as Next) as Promise<Response>;

const html = '<!doctype html><html><body><main data-pagefind-body><h1>Contacts</h1></main></body></html>';
const heard: PageRendered[] = [];
const listener = (message: unknown) => heard.push(message as PageRendered);

afterEach(() => {
  unsubscribe(PAGE_CHANNEL, listener);
  heard.length = 0;
});

describe('onRequest', () => {
  it('publishes each HTML page with its address while the build listens, and passes it on unchanged', async () => {
    subscribe(PAGE_CHANNEL, listener);
    const response = await call('/children/indicators/contacts/', new Response(html, { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(heard).toEqual([{ pathname: '/children/indicators/contacts/', html }]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe(html);
  });

  it('does not publish the open data (JSON, CSV)', async () => {
    subscribe(PAGE_CHANNEL, listener);
    const response = await call('/api/indicators.json', new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }));
    expect(heard).toEqual([]);
    expect(await response.text()).toBe('{"a":1}');
  });

  it('leaves the response as it was when no one listens (a dev server)', async () => {
    expect(channel(PAGE_CHANNEL).hasSubscribers).toBe(false);
    const original = new Response(html, { headers: { 'content-type': 'text/html' } });
    expect(await call('/', original)).toBe(original);
  });
});
