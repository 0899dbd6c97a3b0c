// The URL check on addresses that broke out before: only https, email and this site's paths become links.
import { describe, expect, it } from 'vitest';
import { checkUrl, urlHref } from '../../../src/escape/url.ts';

describe('checkUrl and urlHref', () => {
  it('accepts https, email and site paths, and builds mailto: itself', () => {
    expect(checkUrl('https://www.example.gov.uk/a b'.replace(' ', '%20'))).toEqual({ ok: true, url: { kind: 'https', href: 'https://www.example.gov.uk/a%20b' } });
    const mail = checkUrl('qa@example.gov.uk');
    expect(mail.ok && urlHref(mail.url)).toBe('mailto:qa@example.gov.uk');
    const page = checkUrl('/quality/');
    expect(page.ok && urlHref(page.url, '/children/')).toBe('/children/quality/');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:image/png;base64,AAAA', 'http://example.org', '//evil.example', '/\\evil.example',
    'https://user:pass@example.org/', 'vbscript:x', 'file:///etc/passwd', 'mailto:a@b.example?body=<script>', 'evil.example'])('refuses %j', (text) => {
    expect(checkUrl(text).ok).toBe(false);
  });
});

describe('checkUrl on very long text', () => {
  it('answers at once, whatever the input', () => {
    // A backtracking pattern never finished here; the test's time limit is the check.
    for (const text of [`a@${'.'.repeat(50_000)}@`, `mailto:a@${'b.'.repeat(50_000)}@`, `a@${'b.'.repeat(1000)}`]) expect(checkUrl(text).ok).toBe(false);
  }, 10_000);

  it('still accepts addresses with several dots in the domain', () => {
    expect(checkUrl('children.performance@county.gov.uk').ok).toBe(true);
    expect(checkUrl('a@b').ok).toBe(false);
  });
});

describe('checkUrl: what a reader can be sent to', () => {
  it('puts a site path under the base path, keeps a place on the page as it is, and encodes spaces', () => {
    const page = checkUrl('/open-data/Indicator list.csv');
    expect(page).toEqual({ ok: false, problem: expect.stringContaining('contains a space or a control character') });
    const encoded = checkUrl('/open-data/indicator%20list.csv');
    expect(encoded.ok && urlHref(encoded.url, '/children/')).toBe('/children/open-data/indicator%20list.csv');
    const place = checkUrl('#findings');
    expect(place.ok && urlHref(place.url, '/children/')).toBe('#findings');
  });

  it('writes mailto: itself, whether or not the data did, and refuses an address with a body or other headers', () => {
    const written = checkUrl('MAILTO:qa@example.gov.uk');
    expect(written.ok && urlHref(written.url)).toBe('mailto:qa@example.gov.uk');
    expect(checkUrl('qa@example.gov.uk?cc=all@example.gov.uk').ok).toBe(false);
    expect(checkUrl('"qa"@example.gov.uk').ok).toBe(false);
  });

  it('explains each refusal in words an officer can act on', () => {
    expect(checkUrl('http://www.example.gov.uk')).toEqual({ ok: false, problem: expect.stringMatching(/^"http:\/\/www\.example\.gov\.uk" is not secure \(http:\)\. Write it with https:\/\/ instead\./) });
    expect(checkUrl('javascript:alert(1)')).toEqual({ ok: false, problem: expect.stringMatching(/^"javascript:" addresses are not allowed\./) });
    expect(checkUrl('   ')).toEqual({ ok: false, problem: expect.stringMatching(/^the address is empty\./) });
    expect(checkUrl('https://')).toEqual({ ok: false, problem: expect.stringMatching(/^"https:\/\/" is not a complete web address\./) });
  });

  it('refuses control characters and invisible line separators hidden in an address', () => {
    for (const text of ['https://example.gov.uk/\u2028javascript:x', 'https://exa\u0000mple.gov.uk', '/quality/\u0085']) expect(checkUrl(text).ok).toBe(false);
  });
});
