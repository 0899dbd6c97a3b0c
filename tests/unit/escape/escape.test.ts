// Each context's escaper on the inputs that broke out of it before: nothing from the data ends a string,
// a rule, an element or a URL, and CSV text never runs as a spreadsheet formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/escape/css.ts';
import { toCsv } from '../../../src/escape/csv.ts';
import { escapeHtml } from '../../../src/escape/html.ts';
import { checkUrl, urlHref } from '../../../src/escape/url.ts';
import { escapeXml } from '../../../src/escape/xml.ts';

describe('escapeHtml', () => {
  it('escapes the five markup characters, and & first so entities are not doubled wrongly', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops the control characters XML forbids', () => {
    expect(escapeXml('</title><script>x</script>\f\u0000ok\n')).toBe('&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;ok\n');
  });
});

describe('cssString', () => {
  it.each([
    ['a lone carriage return', 'Council\r} body { background: url(https://evil.example/x.png) } x {'],
    ['a form feed', 'Council\f} body { background: url(//evil.example/x) }'],
    ['a quote and a backslash', 'Council" } body { color: red } \\'],
    ['the end of a style element', 'Council</style><script>alert(1)</script>'],
    ['a comment', 'Council /* x */ }'],
  ])('keeps %s inside the string', (_, text) => {
    const css = cssString(text);
    const inner = css.slice(1, -1);
    // Nothing that could end the string, the declaration or the element survives unescaped.
    expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toMatch(/["\\\r\n\f<>{}*]/);
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
  });

  it('leaves ordinary names readable', () => {
    expect(cssString("Kesterley Borough Council · Children's services Q3 2025/26")).toBe(
      '"Kesterley Borough Council · Children\\27 s services Q3 2025/26"',
    );
  });
});

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

describe('toCsv', () => {
  it('prefixes formula text with an apostrophe, leaves numbers alone, and round-trips everything else', () => {
    const rows = [
      { indicator: '=HYPERLINK("https://evil.example","x")', theme: '+44 help', unit: '-1', owner: '@team', value: -3.5, note: 'a, "b"\nc' },
      { indicator: 'Plain', theme: 'Early help', unit: 'percent', owner: null, value: 0, note: '' },
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(['indicator', 'theme', 'unit', 'owner', 'value', 'note']);
    expect(parsed[1]).toEqual(["'=HYPERLINK(\"https://evil.example\",\"x\")", "'+44 help", "'-1", "'@team", '-3.5', 'a, "b"\nc']);
    expect(parsed[2]).toEqual(['Plain', 'Early help', 'percent', '', '0', '']);
  });

  it('takes every column seen in any row, in order', () => {
    expect(toCsv([{ a: 1 }, { a: 2, b: 'x' }]).trim()).toBe('\uFEFFa,b\r\n1,\r\n2,x'.trim());
  });

  it('ends with one line break, so a file with no rows is its header alone and never a blank row', () => {
    expect(toCsv([{ a: 1 }], ['a'])).toBe('\uFEFFa\r\n1\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n');
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
