// The one escaper for data text placed in a CSS string (print headers). Everything but letters, digits,
// spaces and a few harmless marks becomes a CSS hex escape, so no quote, backslash, line break, form feed or
// "<" can end the string, the rule or a <style> element. Line breaks and other control characters become a
// space first: a running header is one line.
const SAFE_IN_CSS_STRING = /[\p{L}\p{N} .,·:;'’()&–—/+%-]/u;

export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ');
  let escaped = '';
  for (const char of oneLine) {
    escaped += SAFE_IN_CSS_STRING.test(char) && char !== "'" ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `"${escaped}"`;
}
