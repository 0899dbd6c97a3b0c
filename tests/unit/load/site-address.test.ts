// The checks of the site's address and base path, the same for site.json and the environment.
import { describe, expect, it } from 'vitest';
import { basePathProblem, normaliseSiteUrl, siteUrlProblem } from '../../../src/load/site-address.ts';

describe('siteUrlProblem and basePathProblem', () => {
  it('accept the host alone, https, or http on this computer', () => {
    expect(siteUrlProblem('https://www.example.gov.uk')).toBeNull();
    expect(siteUrlProblem('http://127.0.0.1:4321')).toBeNull();
    expect(siteUrlProblem('http://example.gov.uk')).toMatch(/not secure/);
    expect(siteUrlProblem('https://example.gov.uk/?a=1')).toMatch(/no user name, \? or #/);
    expect(siteUrlProblem('ftp://example.gov.uk')).toMatch(/must start https:\/\//);
  });

  it('accept folders of safe characters between slashes', () => {
    for (const good of ['/', '/children/', '/council/children-services/']) expect(basePathProblem(good)).toBeNull();
    expect(basePathProblem('/children')).toMatch(/start and end with \//);
    expect(basePathProblem('//children/')).toMatch(/two \/ in a row/);
    expect(basePathProblem('/children services/')).toMatch(/only letters, digits/);
    expect(basePathProblem('/../')).toMatch(/cannot contain \. or \.\./);
  });
});

describe('normaliseSiteUrl', () => {
  it('writes the host one way, with no trailing slash', () => {
    expect(normaliseSiteUrl('https://www.example.gov.uk/')).toBe('https://www.example.gov.uk');
    expect(normaliseSiteUrl('HTTPS://Owner.GitHub.io')).toBe('https://owner.github.io');
    expect(normaliseSiteUrl('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321');
  });
});
