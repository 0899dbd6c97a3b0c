// The XML escaper (feeds, sitemaps, SVG): nothing from the data ends an element, and no character XML forbids survives.
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/escape/xml.ts';

describe('escapeXml', () => {
  it('escapes markup and drops the control characters XML forbids', () => {
    expect(escapeXml('</title><script>x</script>\f\u0000ok\n')).toBe('&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;ok\n');
  });
});
