// What `npm run dev` shows, on every page, while the data has a problem (src/site/data-check.ts): a plain page of
// our own, not Astro's developer overlay, listing each problem exactly as `npm run validate` prints it
// (formatIssue), with what to do. No script, nothing inline (the Content-Security-Policy holds), readable with
// JavaScript off; styled by the site's own stylesheet and a few rules of its own, served beside it.
import { escapeHtml } from '../escape/html.ts';
import { formatIssue, summariseIssues, type ValidationIssue } from '../load/issue.ts';

export interface ProblemPageInput {
  issues: readonly ValidationIssue[];
  warnings: readonly ValidationIssue[];
  /** The data folder as the officer would type it (e.g. `data/`), as `npm run validate` names it. */
  dataFolder: string;
  /** Address of the page's stylesheet (the site's, with the problem page's rules). */
  stylesheet: string;
}

/** `3 warnings`. */
export function countWarnings(count: number): string {
  return `${count} ${count === 1 ? 'warning' : 'warnings'}`;
}

function list(items: readonly ValidationIssue[], attribute: string): string {
  return `<ul ${attribute}>\n${items.map((item) => `<li>${escapeHtml(formatIssue(item))}</li>`).join('\n')}\n</ul>`;
}

export function problemPage({ issues, warnings, dataFolder, stylesheet }: ProblemPageInput): string {
  const summary = summariseIssues(issues);
  const folder = escapeHtml(dataFolder);
  const warned = warnings.length === 0 ? '' : `
<h2>Also worth a look: ${countWarnings(warnings.length)}</h2>
<p>Warnings do not stop the pages being shown or published.</p>
${list(warnings, 'class="problem-list problem-list--warnings" data-warnings')}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>The data has ${escapeHtml(summary)} – npm run dev</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="width-container">
<p class="site-header__org">Preview: npm run dev</p>
<p class="site-header__title">The pages cannot be shown until the data is fixed</p>
</div>
</header>
<main id="main" class="width-container problem-page" tabindex="-1">
<h1>The data has ${escapeHtml(summary)}</h1>
<p class="lede">Fix each problem in the file it names, in ${folder}, save the file, then refresh this page.</p>
<div class="problem-summary">
<h2>${issues.length === 1 ? 'The problem' : 'The problems'}</h2>
${list(issues, 'class="problem-list" data-problems')}
</div>${warned}
<p>The terminal running <code>npm run dev</code> prints the same list each time a data file is saved, as <code>npm run validate</code> does. docs/data-format.md explains each file.</p>
</main>
</body>
</html>
`;
}
