// Property: whatever officers type into a free-text field (markup, quotes, entities, comment and CDATA
// delimiters, line and paragraph separators, script URLs, spreadsheet formulas), it is shown as text. The site
// is built once with a plain word in every free-text field, then with a hostile string in every field, and
// every HTML page of the hostile build must have exactly the plain build's elements, in the same order, with
// the same attribute names (values may differ). No element may gain an event handler or a script URL, and
// the text must reach the page as typed (not escaped twice).
//
// Builds run `node scripts/build.ts` in a child process, into temporary folders. Seeded and bounded for CI
// (two hostile builds); PROPERTY_RUNS sets how many hostile builds to run (see settings.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, writeTree } from '../../support/data-folder.ts';
import { DECOY_TERMS, freeText, markdownLiteral, plainWord, yamlQuoted, type Slot } from './free-text.ts';
import { collapseSpace, readPages, scriptProblems, shapeDifference, type Page } from './html-structure.ts';
import type { DataTree } from './mutations.ts';
import { parameters, searchingHard } from './settings.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const HOSTILE_BUILDS = 2;
const BUILD_TIMEOUT_MS = 180_000;

/**
 * Pieces hostile strings are made of: markup and its delimiters in every context the site writes text into
 * (HTML text and attributes, SVG, <title>, <script>, <style>, comments, CDATA, JSON, CSV, URLs, Markdown),
 * characters that end lines or paragraphs, and some plain words. None is, or contains as a word, a glossary
 * term or a decoy term (`lt`, `gt`), so the hostile build marks up no more abbreviations than the plain one.
 */
const FRAGMENTS = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<script>', '</script>', '<style>', '</style>', '</title>',
  '</textarea>', '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="javascript:alert(1)">click</a>', '<iframe srcdoc="<script>alert(1)</script>">', '<b>', '</b>', '<p>', '</p>', '</div>',
  '</body>', '<br/>', '<!--', '-->', '<!-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '<', '>', '/>',
  '"', "'", '`', '&quot;', '&amp;', '&', '&#x3C;script&#x3E;', '&#0000106avascript:', '=', '/*', '*/', '//',
  '\\', '\\\\', '\\"', "\\'", '\\u003c', '\\x3c', '\\n', '\r', '\n', '\r\n', '\n\n', '\f', '\t', '\v', '\u2028', '\u2029',
  '\u0085', '\u00a0', '\u200b', '\u202e', '\ufeff', '{', '}', '{{', '}}', '${x}', '{{constructor.constructor("alert(1)")()}}',
  'javascript:', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=',
  '=HYPERLINK("https://evil.example","click")', "=cmd|'/c calc'!A1", '+1+1', '-1+1', '@SUM(A1)', '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='", ' style="color:red"', 'expression(alert(1))', 'url(javascript:alert(1))', '</style><script>alert(1)</script>',
  '%3Cscript%3E', '*', '**', '_', '#', '## ', '- ', '1. ', '> ', '[x](javascript:alert(1))', '![x](x.png)', '|', '---', '`code`', '~~~',
  '😀', 'é', '£', '€', '日本', 'مرحبا', 'the', 'children', 'quarter', 'care', 'visits', ' ', '  ',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const pieces = (minLength: number) => fc.array(fragment, { minLength, maxLength: 5 }).map((parts) => parts.join(''));

/**
 * A hostile string for a slot: fragments, the slot's plain word, fragments. The plain word keeps every value
 * distinct and non-blank (as the data's rules require); slots the site sorts by start with it, so the order of
 * things on a page is the plain build's.
 */
function hostile(slot: Slot, plain: string): fc.Arbitrary<string> {
  return fc.tuple(slot.sorted ? fc.constant('') : pieces(1), pieces(1)).map(([before, after]) => `${before}${plain}${after}`);
}

interface Built {
  outDir: string;
  pages: Map<string, Page>;
}

let scratch = '';
const fixture = readFixture();
const text = freeText(fixture);
const plainWords = new Map(text.slots.map((slot, index) => [slot.key, plainWord(index)]));
let plain: Built;

/**
 * The environment as `npm run build` has it: vitest adds NODE_ENV=test and Vite's DEV=1, MODE, PROD, SSR and
 * BASE_URL, and a build that inherits them runs as in development (the data reloaded for every page).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

async function build(tree: DataTree, label: string): Promise<Built> {
  const base = mkdtempSync(path.join(scratch, `${label}-`));
  const dataDir = path.join(base, 'data');
  const outDir = path.join(base, 'dist');
  writeTree(dataDir, tree);
  try {
    await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
      cwd: root,
      env: { ...buildEnv(), DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1' },
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`the ${label} build failed (exit ${e.code}); its data is in ${dataDir}\n${e.stderr ?? ''}\n${e.stdout ?? ''}`.slice(0, 20_000));
  }
  return { outDir, pages: readPages(outDir) };
}

function csvRecords(tree: DataTree, name: string): Record<string, string>[] {
  const content = tree.get(name);
  if (!(content instanceof Uint8Array)) return [];
  return Papa.parse<Record<string, string>>(new TextDecoder().decode(content), { header: true, skipEmptyLines: true }).data;
}

/** Text that must appear, as typed, on given pages. */
function expectedText(tree: DataTree): { page: string; what: string; text: string }[] {
  const site = JSON.parse(new TextDecoder().decode(tree.get('site.json') as Uint8Array)) as Record<string, string>;
  const expected = [
    { page: 'index.html', what: 'site.json organisation', text: site['organisation']! },
    { page: 'index.html', what: 'site.json title', text: site['title']! },
    { page: 'about/reading/index.html', what: 'site.json description', text: site['description']! },
    { page: 'data/index.html', what: 'site.json licence_text', text: site['licence_text']! },
  ];
  for (const row of csvRecords(tree, 'indicators.csv')) {
    const page = `indicators/${row['id']}/index.html`;
    expected.push({ page, what: `indicators.csv title of ${row['id']}`, text: row['title']! });
    if (row['definition']?.trim()) expected.push({ page, what: `indicators.csv definition of ${row['id']}`, text: row['definition'] });
    if (row['source']?.trim()) expected.push({ page, what: `indicators.csv source of ${row['id']}`, text: row['source'] });
  }
  for (const name of [...tree.keys()].filter((file) => file.startsWith('quarters/'))) {
    for (const row of csvRecords(tree, name)) {
      if (row['commentary']?.trim()) {
        expected.push({ page: `indicators/${row['indicator_id']}/index.html`, what: `${name} commentary of ${row['indicator_id']}`, text: row['commentary'] });
      }
    }
  }
  for (const row of csvRecords(tree, 'glossary.csv')) {
    for (const column of ['term', 'expansion', 'definition']) {
      if (row[column]?.trim()) expected.push({ page: 'glossary/index.html', what: `glossary.csv ${column} "${row['term']}"`, text: row[column] });
    }
  }
  return expected.map((item) => ({ ...item, text: collapseSpace(item.text) }));
}

/**
 * A page's path with each part made from free text (e.g. a theme's slug, `rag-grid/<theme>/`) reduced to the
 * plain word the text contains, so that pages of the two builds can be paired.
 */
function pairingName(page: string): string {
  return page.split('/').map((part) => /plain[a-z]{3}/.exec(part)?.[0] ?? part).join('/');
}

/** Every way the hostile build's pages differ from the plain build's, as messages. */
function compare(hostileBuild: Built, tree: DataTree): string[] {
  const problems: string[] = [];
  const hostilePages = new Map<string, { name: string; page: Page }>();
  for (const [name, page] of hostileBuild.pages) {
    const paired = pairingName(name);
    const other = hostilePages.get(paired);
    if (other !== undefined) problems.push(`two pages of the hostile build, ${other.name} and ${name}, stand for one page of the plain build`);
    hostilePages.set(paired, { name, page });
  }
  const onlyPlain = [...plain.pages.keys()].filter((name) => !hostilePages.has(name));
  const onlyHostile = [...hostilePages].filter(([paired]) => !plain.pages.has(paired)).map(([, { name }]) => name);
  if (onlyPlain.length > 0 || onlyHostile.length > 0) {
    problems.push(`the builds have different pages. Only in the plain build: ${onlyPlain.join(', ') || 'none'}. ` +
      `Only in the hostile build: ${onlyHostile.join(', ') || 'none'}.`);
  }
  for (const [paired, { name, page }] of hostilePages) {
    const expected = plain.pages.get(paired);
    if (expected === undefined) continue;
    const difference = shapeDifference(expected.shape, page.shape);
    if (difference !== null) problems.push(`${name}: ${difference}`);
    for (const problem of scriptProblems(page)) problems.push(`${name}: ${problem}`);
  }
  for (const { page, what, text: shown } of expectedText(tree)) {
    const found = hostileBuild.pages.get(page);
    if (found !== undefined && !found.text.includes(shown)) {
      problems.push(`${page}: the ${what} is not shown as typed. Expected the text ${JSON.stringify(shown.slice(0, 300))}`);
    }
  }
  return problems;
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'scorecard-hostile-'));
  plain = await build(text.write((slot) => plainWords.get(slot.key)!), 'plain');
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('free text is shown as text, whatever it contains', () => {
  it('covers every free-text field of every kind of file', () => {
    const kinds = new Set(text.slots.map((slot) => slot.kind));
    expect([...kinds].sort()).toEqual([
      'action-owner', 'action-title', 'activity', 'commentary', 'comparator-label', 'domain', 'glossary-definition', 'glossary-expansion',
      'glossary-term', 'grade-label', 'indicator-definition', 'indicator-source', 'indicator-title', 'narrative-summary', 'narrative-text',
      'scale-label', 'service-area', 'site-description', 'site-licence', 'site-organisation', 'site-title', 'theme',
    ]);
  });

  it('writes Markdown and YAML that read back as the exact text', async () => {
    const { renderSections } = await import('../../../src/load/narratives.ts');
    const { parse } = await import('yaml');
    const sample = '<img src=x onerror=alert(1)> *a* [x](javascript:alert(1)) &quot; \\ `b` # - 1. Plainabc';
    const html = renderSections(`Intro ${markdownLiteral(sample)}`).map((section) => section.html).join('');
    expect(html).not.toMatch(/<(img|em|a|code)\b/);
    expect(parse(`summary: ${yamlQuoted('a "b" \\ c\u2028d 😀')}`)).toEqual({ summary: 'a "b" \\ c\u2028d 😀' });
  });

  it('the plain build has no event handlers or script URLs, and uses no glossary term in its text', () => {
    expect(plain.pages.size).toBeGreaterThan(20);
    for (const [name, page] of plain.pages) expect(scriptProblems(page), name).toEqual([]);
    const home = plain.pages.get('index.html')!;
    expect(home.shape.some((element) => element.name === 'abbr')).toBe(false);
    expect(DECOY_TERMS.length).toBeGreaterThan(0);
  });

  it('pages built from hostile text have the plain build\'s elements and attribute names', async () => {
    const arbitraries = text.slots.map((slot) => hostile(slot, plainWords.get(slot.key)!));
    let buildNumber = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(...arbitraries), async (values) => {
        const texts = new Map(text.slots.map((slot, index) => [slot.key, values[index]!]));
        const tree = text.write((slot) => texts.get(slot.key)!);
        const built = await build(tree, `hostile-${buildNumber++}`);
        try {
          const problems = compare(built, tree);
          if (problems.length > 0) {
            const shown = problems.slice(0, 6).join('\n\n');
            throw new Error(`${problems.length} problem(s) in the hostile build:\n\n${shown}${problems.length > 6 ? `\n\n… and ${problems.length - 6} more` : ''}`);
          }
        } finally {
          rmSync(path.dirname(built.outDir), { recursive: true, force: true });
        }
      }),
      // Shrinking would rebuild the site many times; the message already names the page and the text.
      { ...parameters(HOSTILE_BUILDS), endOnFailure: true },
    );
  }, searchingHard ? 24 * 60 * 60 * 1000 : HOSTILE_BUILDS * BUILD_TIMEOUT_MS);
});
