// Links and images in a narrative are checked before anything is rendered: only https, email and this site's
// paths become links, only image files in the data folder become images (served from media/), and anything else
// is refused at its line and column and shown as plain words.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { checkNarrativeLinks, type NarrativeImage } from '../../../src/load/narrative-links.ts';

// As src/load/narratives.ts sets it up: the check here replaces markdown-it's own.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });
markdown.validateLink = () => true;
markdown.normalizeLink = (url) => url;

const FILE = 'narrative/2024-25-Q1.md';

/** Renders `body` (which starts on line `firstLine` of the file) after the check, with what the check found. */
function check(body: string, base = '/', firstLine = 5) {
  const issues: ValidationIssue[] = [];
  const images: NarrativeImage[] = [];
  const env = {};
  const tokens = markdown.parse(body, env);
  checkNarrativeLinks(tokens, { file: FILE, lines: body.split('\n'), firstLine, base, issues, images });
  return { html: markdown.renderer.render(tokens, markdown.options, env), issues, images };
}

describe('links in a narrative', () => {
  it('keeps https and email links, and puts site paths under the site\'s base path', () => {
    const { html, issues } = check('See [the plan](https://www.example.gov.uk/plan), [email us](qa@example.gov.uk) or [audits](/quality/).', '/children/');
    expect(issues).toEqual([]);
    expect(html).toContain('<a href="https://www.example.gov.uk/plan">the plan</a>');
    expect(html).toContain('<a href="mailto:qa@example.gov.uk">email us</a>');
    expect(html).toContain('<a href="/children/quality/">audits</a>');
  });

  it('refuses a script link at its line and column, and keeps only its words', () => {
    const { html, issues } = check('Intro.\n\nRead [the report](javascript:alert(1)) today.');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript');
    expect(html).toContain('Read the report today.');
    expect(issues).toEqual([{ file: FILE, line: 7, column: '19', message: expect.stringMatching(/^the link "javascript:alert\(1\)" cannot be published: /) }]);
  });

  it('refuses plain http and other sites\' protocol-relative addresses', () => {
    const { html, issues } = check('[a](http://example.org) and [b](//evil.example/x)');
    expect(html).not.toContain('<a');
    expect(issues.map((found) => found.message)).toEqual([
      expect.stringContaining('the link "http://example.org" cannot be published'),
      expect.stringContaining('the link "//evil.example/x" cannot be published'),
    ]);
  });
});

describe('images in a narrative', () => {
  it('serves an image in the data folder from the site\'s media folder, and records it for the loader to check', () => {
    const { html, issues, images } = check('Grades:\n\n![Audit grades by quarter](images/grades.png)', '/children/');
    expect(issues).toEqual([]);
    expect(html).toContain('<img src="/children/media/narrative/images/grades.png" alt="Audit grades by quarter">');
    expect(images).toEqual([{ file: FILE, path: 'narrative/images/grades.png', line: 7, column: '28' }]);
  });

  it('never loads an image from another website, and shows its description instead', () => {
    const { html, issues, images } = check('![Tracking pixel](https://evil.example/p.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('Tracking pixel');
    expect(images).toEqual([]);
    expect(issues).toEqual([{ file: FILE, line: 5, column: '19', message: expect.stringMatching(/^the image "https:\/\/evil\.example\/p\.png" is not a file in the data folder\. Images are never loaded from other websites\./) }]);
  });

  it('refuses an image outside the data folder, an SVG and a name with spaces', () => {
    const { html, issues } = check('![a](../../secret.png)\n\n![b](images/chart.svg)\n\n![c](<images/my chart.png>)');
    expect(html).not.toContain('<img');
    expect(issues.map((found) => found.message)).toEqual([
      expect.stringContaining('the image "../../secret.png" lies outside the data folder.'),
      'the image "images/chart.svg" must be a PNG, JPEG, GIF or WebP file (SVG is not accepted). Save it as PNG.',
      expect.stringContaining('the image path "images/my chart.png" may use only letters, digits, -, _, . and /.'),
    ]);
  });

  it('asks for a description of an image that has none', () => {
    const { issues, images } = check('![](images/grades.png)');
    expect(images).toHaveLength(1);
    expect(issues).toEqual([{ file: FILE, line: 5, column: '5', message: 'the image "images/grades.png" has no description. Write what it shows between the square brackets, e.g. ![Audit grades by quarter](images/grades.png), for readers who cannot see it.' }]);
  });
});
