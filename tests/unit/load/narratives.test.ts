import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { readNarrative, renderSections } from '../../../src/load/narratives.ts';
import { NARRATIVE_MD, loadQaWith, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'narrative/2024-25-Q1.md';
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

function narrative(text: string) {
  const issues: ValidationIssue[] = [];
  const result = readNarrative(text, FILE, '2024-25-Q1', issues);
  return { narrative: result, issues };
}

function only(text: string): ValidationIssue {
  const { narrative: result, issues } = narrative(text);
  expect(result).toBeNull();
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

describe('readNarrative: valid files', () => {
  it('reads the summary and splits the body into sections at each ## heading', () => {
    const { narrative: result, issues } = narrative(NARRATIVE_MD);
    expect(issues).toEqual([]);
    expect(result).toEqual({
      period: '2024-25-Q1',
      summary: 'In April to June 2024 we audited 5 cases.',
      sections: [
        { heading: '', html: '<p>An opening paragraph.</p>\n' },
        { heading: 'Strengths', html: '<p>Visits were <em>timely</em>.</p>\n<h3>Detail</h3>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' },
        { heading: 'Next steps', html: '<p>More audits.</p>\n' },
      ],
    });
  });

  it('has no untitled section when the body starts with a heading, and none at all for an empty body', () => {
    expect(narrative(md('---', 'summary: S', '---', '## Only', 'Text')).narrative?.sections).toEqual([{ heading: 'Only', html: '<p>Text</p>\n' }]);
    expect(narrative(md('---', 'summary: S', '---')).narrative?.sections).toEqual([]);
  });

  it('accepts quoted, folded and padded summaries, other settings, a byte-order mark and CRLF', () => {
    expect(narrative(md('---', 'summary: "Visits: 5 missed"', 'author: QA team', '---')).narrative?.summary).toBe('Visits: 5 missed');
    expect(narrative(md('---', 'summary: >', '  Two lines', '  become one.', '---')).narrative?.summary).toBe('Two lines become one.');
    expect(narrative('\uFEFF---\r\nsummary:   Padded.  \r\n---\r\n\r\nBody.\r\n').narrative).toEqual({
      period: '2024-25-Q1', summary: 'Padded.', sections: [{ heading: '', html: '<p>Body.</p>\n' }],
    });
  });

  it('uses typographic quotes and dashes, and plain text for headings', () => {
    const sections = renderSections(md('## Children\'s "voice" -- *now* & `then`', '', 'It\'s "good" -- really...'));
    expect(sections).toEqual([{ heading: 'Children’s “voice” – now & then', html: '<p>It’s “good” – really…</p>\n' }]);
  });

  it('does not split at ## inside a code block, and keeps reference links working across sections', () => {
    const sections = renderSections(md('See [the guide].', '', '## Next', '', '```', '## not a heading', '```', '', '[the guide]: https://example.org/guide'));
    expect(sections.map((section) => section.heading)).toEqual(['', 'Next']);
    expect(sections[0]?.html).toBe('<p>See <a href="https://example.org/guide">the guide</a>.</p>\n');
    expect(sections[1]?.html).toContain('<code>## not a heading\n</code>');
  });
});

describe('readNarrative: raw HTML never reaches the HTML as live markup', () => {
  it('escapes <script> and <img onerror>', () => {
    const { narrative: result, issues } = narrative(md(
      '---', 'summary: S', '---',
      '<script>alert(1)</script>',
      '',
      '## Section',
      '',
      'Inline <img src=x onerror=alert(1)> here.',
      '',
      '<a href="javascript:alert(1)">a</a>',
    ));
    expect(issues).toEqual([]);
    const html = (result?.sections ?? []).map((section) => section.html).join('');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|<a /i);
  });

  it('renders https, email and site links, the site ones under the base path', () => {
    const sections = renderSections('[site](https://example.org/a?b=1) [mail](mailto:qa@example.gov.uk) [trends](/quality/trends/) [top](#top)', { base: '/children/' });
    expect(sections[0]?.html).toBe(
      '<p><a href="https://example.org/a?b=1">site</a> <a href="mailto:qa@example.gov.uk">mail</a> <a href="/children/quality/trends/">trends</a> <a href="#top">top</a></p>\n',
    );
  });
});

describe('readNarrative: links and images that are not allowed are refused where they are written', () => {
  const body = (...lines: string[]) => md('---', 'summary: S', '---', ...lines);

  it('names the line and column of each javascript:, vbscript:, data:, http: and other-site link, and never renders it', () => {
    const { narrative: result, issues } = narrative(body(
      'Intro.',
      '',
      '[x](javascript:alert(1)) and [y](JavaScript:alert(1))',
      '[v](vbscript:msgbox(1)) [d](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '[insecure](http://example.org) <javascript:alert(2)> [ref][r]',
      '',
      '[r]: //other.example/x',
    ));
    expect(issues.map((i) => [i.line, i.column])).toEqual([[6, '5'], [6, '34'], [7, '5'], [7, '29'], [9, '12'], [9, '33'], [11, '6']]);
    expect(issues[0]).toMatchObject({ file: FILE });
    expect(issues[0]!.message).toContain('the link "javascript:alert(1)" cannot be published: "javascript:" addresses are not allowed');
    expect(issues[4]!.message).toContain('Write it with https:// instead');
    const html = (result?.sections ?? []).map((section) => section.html).join('');
    expect(html).not.toMatch(/href=/);
    expect(html).toContain('<p>x and y');
  });

  it('refuses images from other sites, outside the data folder, of other types, or without a description', () => {
    const { issues } = narrative(body(
      '![pixel](https://other.example/pixel.png)',
      '![up](../../secret.png) ![vector](images/chart.svg)',
      '![](images/chart.png)',
    ));
    expect(issues.map((i) => [i.line, i.column])).toEqual([[4, '10'], [5, '7'], [5, '35'], [6, '5']]);
    expect(issues[0]!.message).toContain('Images are never loaded from other websites');
    expect(issues[1]!.message).toContain('lies outside the data folder');
    expect(issues[2]!.message).toContain('SVG is not accepted');
    expect(issues[3]!.message).toContain('has no description');
  });

  it('points images in the data folder at their copy on the site, and lists them for the loader', () => {
    const images: { path: string }[] = [];
    const sections = renderSections('![Audit grades](images/grades.png)', { file: 'narrative/2024-25-Q1.md', base: '/children/', images: images as never[] });
    expect(sections[0]?.html).toBe('<p><img src="/children/media/narrative/images/grades.png" alt="Audit grades"></p>\n');
    expect(images).toMatchObject([{ path: 'narrative/images/grades.png', file: 'narrative/2024-25-Q1.md', line: 1, column: '17' }]);
  });
});

describe('readNarrative: problems give the file, line, column and a fix', () => {
  it('no front matter', () => {
    expect(only(md('summary: S', '', 'Body'))).toEqual({
      file: FILE, line: 1, column: null,
      message: expect.stringMatching(/^the file must begin with front matter holding the summary\. Start the file with a line ---, then a line such as summary: /),
    });
  });

  it('front matter never closed', () => {
    expect(only(md('---', 'summary: S', '', 'Body'))).toEqual({
      file: FILE, line: 1, column: null,
      message: 'the front matter that starts on line 1 is never closed. Add a line with just --- after the summary, before the text.',
    });
  });

  it('malformed YAML gives the line and column in the file, and says how to quote', () => {
    expect(only(md('---', 'author: QA', 'summary: Visits: 5 missed', '---'))).toEqual({
      file: FILE, line: 3, column: '10',
      message: expect.stringMatching(/^the front matter is not valid YAML: .+\. Write each setting as name: value.*put the whole summary in double quotes/),
    });
    expect(only(md('---', 'summary: "unclosed', '---'))).toMatchObject({ file: FILE, line: 2, message: expect.stringMatching(/^the front matter is not valid YAML/) });
  });

  it('missing summary, with a hint for capitals', () => {
    expect(only(md('---', 'author: QA', '---'))).toEqual({
      file: FILE, line: 1, column: 'summary',
      message: expect.stringMatching(/^"summary" is missing from the front matter\. Add a line such as summary: .* between the --- lines\.$/),
    });
    expect(only(md('---', '---')).column).toBe('summary');
    expect(only(md('---', 'Summary: S', '---')).message).toMatch(/There is a setting called "Summary": write it as summary, in lower case\./);
  });

  it('empty summary', () => {
    for (const line of ['summary:', 'summary: ""', 'summary: "   "']) {
      expect(only(md('---', 'author: QA', line, '---'))).toEqual({
        file: FILE, line: 3, column: 'summary',
        message: expect.stringMatching(/^the summary is empty\. Write one or two sentences summing up the quarter after "summary:"/),
      });
    }
  });

  it('summary not text', () => {
    expect(only(md('---', 'summary: 2025', '---'))).toEqual({
      file: FILE, line: 2, column: 'summary',
      message: expect.stringMatching(/^the summary must be text, but here it is read as the number 2025\. Write the summary as sentences.*put it in double quotes\.$/),
    });
    expect(only(md('---', 'summary:', '  - a', '  - b', '---')).message).toMatch(/read as a list/);
  });

  it('front matter that is not settings', () => {
    expect(only(md('---', 'just some text', '---'))).toEqual({
      file: FILE, line: 2, column: null, message: expect.stringMatching(/^the front matter must be settings written name: value/),
    });
  });
});

describe('narrative files in the dataset', () => {
  it('a file name that is not a period', async () => {
    const issues = await qaIssuesWith({ 'narrative/Q1 2024-25.md': NARRATIVE_MD, 'narrative/notes.md': NARRATIVE_MD });
    expect(issues).toEqual([
      { file: 'narrative/Q1 2024-25.md', line: null, column: null, message: expect.stringMatching(/^the file name "Q1 2024-25\.md" is not a quarter\. Name each file in narrative\/ .*written YYYY-YY-Qn\.md.*Did you mean 2024-25-Q1\.md\?/) },
      { file: 'narrative/notes.md', line: null, column: null, message: expect.stringMatching(/^the file name "notes\.md" is not a quarter/) },
    ]);
  });

  it('two files for one period', async () => {
    const issues = await qaIssuesWith({ 'narrative/2024-25-Q1.MD': NARRATIVE_MD });
    expect(issues).toEqual([{ file: 'narrative/2024-25-Q1.md', line: null, column: null, message: expect.stringMatching(/^this is a second file for 2024-25-Q1 \(the other is narrative\/2024-25-Q1\.MD\)/) }]);
  });

  it('ignores files that are not Markdown', async () => {
    const { issues } = await loadQaWith({ 'narrative/draft.docx': 'x', 'narrative/.DS_Store': 'x' });
    expect(issues).toEqual([]);
  });
});

describe('readNarrative: YAML that cannot be read as text', () => {
  it('refuses references that point nowhere or multiply, at the summary line, without throwing', () => {
    expect(only(md('---', 'summary: *nowhere', '---'))).toMatchObject({ line: 2, column: 'summary' });
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'summary: *d'];
    const problem = only(md('---', ...bomb, '---'));
    expect(problem).toMatchObject({ line: 6, column: 'summary' });
    expect(problem.message).toContain('YAML references');
  });

  it('names what a summary that is not text was read as', () => {
    expect(only(md('---', 'summary: .nan', '---')).message).toContain('a special number (.nan or .inf)');
  });
});

describe('readNarrative: the template npm run new-quarter writes', () => {
  it('is not shown and not a problem, only a warning, while nothing is written in it', () => {
    const issues: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    const template = md('---', 'summary:', '---', '', '## Strengths', '', '## Next steps');
    expect(readNarrative(template, FILE, '2024-25-Q1', issues, { warnings })).toBeNull();
    expect(issues).toEqual([]);
    expect(warnings).toEqual([{ file: FILE, line: null, column: null, message: expect.stringMatching(/^this narrative is not written yet, so it is not shown/) }]);
  });

  it('is a problem once text is written under a heading but the summary is still empty', () => {
    const warnings: ValidationIssue[] = [];
    const issues: ValidationIssue[] = [];
    readNarrative(md('---', 'summary:', '---', '', '## Strengths', 'Visits were on time.'), FILE, '2024-25-Q1', issues, { warnings });
    expect(warnings).toEqual([]);
    expect(issues.map((item) => item.message)).toEqual([expect.stringMatching(/^the summary is empty/)]);
  });
});
