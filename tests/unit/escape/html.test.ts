// The HTML escaper on input that broke out of an element or attribute before: nothing from the data ends one.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/escape/html.ts';

describe('escapeHtml', () => {
  it('escapes the five markup characters, and & first so entities are not doubled wrongly', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;');
  });
});

describe('escapeHtml on hostile data text', () => {
  it('cannot end a quoted attribute, in either kind of quote', () => {
    for (const text of ['" onmouseover="alert(1)', "' onmouseover='alert(1)"]) {
      const attribute = `<a title="${escapeHtml(text)}" data-x='${escapeHtml(text)}'>`;
      expect(attribute.match(/["']/g)).toHaveLength(4);
    }
  });

  it('cannot open a tag, a comment or an entity', () => {
    const text = '</td><script>alert(1)</script><!-- &amp; &#x3c;';
    expect(escapeHtml(text)).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('escapes an entity already in the data, so it shows as typed', () => {
    expect(escapeHtml('Q&amp;A')).toBe('Q&amp;amp;A');
  });

  it('leaves the words of ordinary names and figures alone', () => {
    expect(escapeHtml('Children in care per 10,000 (Q3 2025/26) – 71.2 · £1.5m')).toBe('Children in care per 10,000 (Q3 2025/26) – 71.2 · £1.5m');
  });
});
