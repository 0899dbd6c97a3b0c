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
