import { describe, expect, it } from 'vitest';
import { createAbbreviator } from '../../../src/site/abbreviate.ts';

const glossary = [
  { term: 'CP', expansion: 'Child protection', definition: '' },
  { term: 'CPP', expansion: 'Child protection plan', definition: '' },
  { term: 'S47', expansion: 'Section 47 enquiry', definition: '' },
  { term: 'R&D', expansion: 'Research & development', definition: '' },
];
const abbr = createAbbreviator(glossary);

describe('createAbbreviator().text', () => {
  it('wraps whole-word terms in <abbr> with the expansion as title', () => {
    expect(abbr.text('S47 enquiries rose.')).toBe('<abbr title="Section 47 enquiry">S47</abbr> enquiries rose.');
  });

  it('prefers the longest term and leaves parts of words, other cases and URLs alone', () => {
    expect(abbr.text('A CPP, not a CP.')).toBe(
      'A <abbr title="Child protection plan">CPP</abbr>, not a <abbr title="Child protection">CP</abbr>.',
    );
    expect(abbr.text('CPS and cp and /cp/ stay')).toBe('CPS and cp and /cp/ stay');
  });

  it('escapes the text so nothing in data becomes markup', () => {
    expect(abbr.text('<script>alert("CP")</script>')).toBe(
      '&lt;script&gt;alert(&quot;<abbr title="Child protection">CP</abbr>&quot;)&lt;/script&gt;',
    );
  });

  it('handles terms with characters that need escaping', () => {
    expect(abbr.text('R&D spend')).toBe('<abbr title="Research &amp; development">R&amp;D</abbr> spend');
  });

  it('only escapes when there is no glossary', () => {
    expect(createAbbreviator([]).text('CP & <b>')).toBe('CP &amp; &lt;b&gt;');
  });
});

describe('createAbbreviator().html', () => {
  it('wraps terms in text but not inside tags, links or code', () => {
    const html = '<p>The CP team <a href="/cp/">CP page</a> and <code>CP</code>.</p><ul><li>S47</li></ul>';
    expect(abbr.html(html)).toBe(
      '<p>The <abbr title="Child protection">CP</abbr> team <a href="/cp/">CP page</a> and <code>CP</code>.</p><ul><li><abbr title="Section 47 enquiry">S47</abbr></li></ul>',
    );
  });
});
