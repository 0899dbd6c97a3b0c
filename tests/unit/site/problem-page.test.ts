// The page npm run dev shows while the data has a problem: each problem as npm run validate prints it, escaped,
// with what to do, and nothing a browser would run.
import { describe, expect, it } from 'vitest';
import { formatIssue, issue } from '../../../src/load/issue.ts';
import { problemPage } from '../../../src/site/problem-page.ts';

const problems = [
  issue('quarters/2025-26-Q3.csv', 7, 'C (value)', '"12.5x" is not a number. Write a number such as 12.5, or leave it blank if not available.'),
  issue('site.json', null, null, 'the title <script>alert(1)</script> & "more"'),
];
const warnings = [issue('notes.xlsx', null, null, 'this file is not read.')];

describe('the problem page of npm run dev', () => {
  const html = problemPage({ issues: problems, warnings, dataFolder: 'data/', stylesheet: '/children/__scorecard/problem-page.css' });

  it('lists every problem and warning as npm run validate words it, escaped for HTML', () => {
    expect(html).toContain('<h1>The data has 2 problems in 2 files</h1>');
    expect(html).toContain(`<li>${formatIssue(problems[0]!).replaceAll('"', '&quot;')}</li>`);
    expect(html).toContain('<li>site.json: the title &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</li>');
    expect(html).toContain('<li>notes.xlsx: this file is not read.</li>');
    expect(html).toContain('Also worth a look: 1 warning');
  });

  it('says what to do: fix the file, save it and refresh', () => {
    expect(html).toContain('Fix each problem in the file it names, in data/, save the file, then refresh this page.');
  });

  it('runs nothing and styles nothing inline, and links its stylesheet under the base path', () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    expect(html).toContain('<link rel="stylesheet" href="/children/__scorecard/problem-page.css">');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });

  it('leaves the warnings out when there are none, and says "the problem" for one', () => {
    const one = problemPage({ issues: [problems[0]!], warnings: [], dataFolder: 'data/', stylesheet: '/x.css' });
    expect(one).toContain('<h1>The data has 1 problem in 1 file</h1>');
    expect(one).toContain('<h2>The problem</h2>');
    expect(one).not.toContain('worth a look');
  });
});
