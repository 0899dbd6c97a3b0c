// The CSS string escaper on input that broke out of a string, a rule or a style element before.
import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/escape/css.ts';

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

describe('cssString on hostile data text', () => {
  it('makes a running header one line: line breaks and control characters become one space', () => {
    expect(cssString('Kesterley\r\n\u2028Council\u0007')).toBe('"Kesterley Council "');
  });

  it('escapes a character outside the safe set by its code point, and keeps letters of other languages', () => {
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('a\\b')).toBe('"a\\5c b"');
    expect(cssString('Ynys Môn')).toBe('"Ynys Môn"');
    expect(cssString('😀')).toBe('"\\1f600 "');
  });

  it('cannot start a url(), an @import or an expression', () => {
    const inner = cssString('"); @import url(//evil.example/x.css); x: expression(alert(1)').slice(1, -1);
    expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toMatch(/[@"\\{}]/);
  });
});
