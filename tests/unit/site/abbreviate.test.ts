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

describe('glossary terms never land inside markup', () => {
  const tricky = createAbbreviator([
    { term: 'quot', expansion: 'Quotient', definition: '' },
    { term: 'amp', expansion: 'Amplifier', definition: '' },
    { term: 'lt', expansion: 'Less than', definition: '' },
    { term: 'abbr', expansion: 'Abbreviation', definition: '' },
  ]);

  it('matches terms in the raw text, before escaping, so entities stay whole', () => {
    expect(tricky.text('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
    expect(tricky.text('quot & amp')).toBe(
      '<abbr title="Quotient">quot</abbr> &amp; <abbr title="Amplifier">amp</abbr>',
    );
  });

  it('leaves entities, tag names and attributes of rendered HTML alone', () => {
    const html = '<p title="lt">&quot;quot&quot; &lt;abbr&gt; &amp;amp;</p>';
    expect(tricky.html(html)).toBe(
      '<p title="lt">&quot;<abbr title="Quotient">quot</abbr>&quot; &lt;<abbr title="Abbreviation">abbr</abbr>&gt; &amp;<abbr title="Amplifier">amp</abbr>;</p>',
    );
  });

  it('escapes an expansion that holds markup', () => {
    const evil = createAbbreviator([{ term: 'CP', expansion: '"><script>x</script>', definition: '' }]);
    expect(evil.text('CP')).toBe('<abbr title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">CP</abbr>');
  });
});
