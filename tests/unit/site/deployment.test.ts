// SITE_URL and BASE_PATH: the environment wins over site.json, a bad variable is named, and full addresses
// are built under the base path.
import { describe, expect, it } from 'vitest';
import { absoluteUrlFor, resolveDeployment } from '../../../src/site/deployment.ts';

describe('resolveDeployment', () => {
  it('serves from / with no known address when nothing is set', () => {
    expect(resolveDeployment({ env: {}, siteJson: null })).toEqual({ ok: true, deployment: { siteUrl: null, basePath: '/' } });
  });

  it('takes site.json, and the environment over it', () => {
    const siteJson = { site_url: 'https://www.example.gov.uk', base_path: '/children/' };
    expect(resolveDeployment({ env: {}, siteJson })).toEqual({ ok: true, deployment: { siteUrl: 'https://www.example.gov.uk', basePath: '/children/' } });
    expect(resolveDeployment({ env: { SITE_URL: 'https://owner.github.io/', BASE_PATH: '/scorecard/' }, siteJson }))
      .toEqual({ ok: true, deployment: { siteUrl: 'https://owner.github.io', basePath: '/scorecard/' } });
    // A blank variable (as CI passes an unset secret) does not hide site.json.
    expect(resolveDeployment({ env: { SITE_URL: ' ', BASE_PATH: '' }, siteJson })).toMatchObject({ deployment: siteJson && { basePath: '/children/' } });
  });

  it('names a bad variable and says how to write it', () => {
    const result = resolveDeployment({ env: { SITE_URL: 'www.example.gov.uk', BASE_PATH: 'children/' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^SITE_URL "www\.example\.gov\.uk" is not a complete web address\. .*https:\/\//),
      expect.stringMatching(/^BASE_PATH "children\/" must start and end with \//),
    ]);
  });

  it('leaves a bad site.json setting to the loader, which reports it with its line', () => {
    expect(resolveDeployment({ env: {}, siteJson: { base_path: 'children' } })).toEqual({ ok: true, deployment: { siteUrl: null, basePath: '/' } });
  });
});

describe('absoluteUrlFor', () => {
  const deployment = { siteUrl: 'https://owner.github.io', basePath: '/children/' };
  it('puts a path under the base path, or keeps an href that already has it', () => {
    expect(absoluteUrlFor(deployment, 'quarters/2025-26-Q3/')).toBe('https://owner.github.io/children/quarters/2025-26-Q3/');
    expect(absoluteUrlFor(deployment, '')).toBe('https://owner.github.io/children/');
    expect(absoluteUrlFor(deployment, '/children/feed.xml')).toBe('https://owner.github.io/children/feed.xml');
    expect(absoluteUrlFor({ siteUrl: 'https://www.example.gov.uk', basePath: '/' }, '/quarters/')).toBe('https://www.example.gov.uk/quarters/');
  });

  it('is null when the address is not known', () => {
    expect(absoluteUrlFor({ siteUrl: null, basePath: '/children/' }, 'quarters/')).toBeNull();
  });
});
