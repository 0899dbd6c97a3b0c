// Data text in the pull request's job summary shows as the words it is: nothing in it becomes a link, an image,
// HTML, emphasis, a heading, a list or a table.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/escape/markdown.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['a link', '[click](https://evil.example/)', '\\[click\\](https://evil.example/)'],
    ['an image', '![x](//evil.example/x.png)', '!\\[x\\](//evil.example/x.png)'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['emphasis and code', '*a* _b_ `c` ~d~', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~'],
    ['a table cell break', 'a | b', 'a \\| b'],
    ['an entity', '&lt;', '\\&lt;'],
    ['maths', '$x$', '\\$x\\$'],
    ['a backslash that would escape the next character', 'a\\*', 'a\\\\\\*'],
  ])('escapes %s', (_, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    ['a heading', '# Heading', '\\# Heading'],
    ['a list item', '- item', '\\- item'],
    ['a block quote', '> quote', '\\> quote'],
    ['a numbered list', '1. first', '1\\. first'],
    ['a setext underline', '===', '\\==='],
  ])('escapes %s at the start of the text', (_, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('keeps text on one line, so it cannot start a heading, a list or a code block', () => {
    expect(escapeMarkdown('Fine\n# Heading\r\n- item\r    code')).toBe('Fine # Heading - item     code');
  });

  it('drops control and bidirectional-override characters', () => {
    expect(escapeMarkdown('a\u0000b\u202ec\u2066d')).toBe('abcd');
  });

  it('leaves words, figures and punctuation that are not syntax as they are', () => {
    expect(escapeMarkdown('Re-referrals: 25.0% against ≥ 21.0% (was green), Ysgol Gymraeg')).toBe('Re-referrals: 25.0% against ≥ 21.0% (was green), Ysgol Gymraeg');
  });
});
