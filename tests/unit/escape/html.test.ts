// The HTML escaper on input that broke out of an element or attribute before: nothing from the data ends one.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/escape/html.ts';

describe('escapeHtml', () => {
  it('escapes the five markup characters, and & first so entities are not doubled wrongly', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;');
  });
});
