// The XML escaper (feeds, sitemaps, SVG): nothing from the data ends an element, and no character XML forbids survives.
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/escape/xml.ts';

describe('escapeXml', () => {
  it('escapes markup and drops the control characters XML forbids', () => {
    expect(escapeXml('</title><script>x</script>\f\u0000ok\n')).toBe('&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;ok\n');
  });
});

describe('escapeXml on hostile data text', () => {
  it('drops every control character XML 1.0 forbids and the two non-characters, keeping tab and line breaks', () => {
    const forbidden = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)), '\uFFFE', '\uFFFF'];
    expect(escapeXml(`a${forbidden.join('')}b`)).toBe('ab');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('cannot end an attribute or open an element, a CDATA section or a processing instruction', () => {
    const escaped = escapeXml(`" onload="alert(1)' <![CDATA[x]]> <?xml-stylesheet href="x"?>`);
    expect(escaped).not.toMatch(/["'<>]/);
  });

  it('keeps letters outside ASCII as they are', () => {
    expect(escapeXml('Looked-after children — Ynys Môn')).toBe('Looked-after children — Ynys Môn');
  });
});
