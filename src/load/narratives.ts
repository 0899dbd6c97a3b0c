// narrative/<period>.md (optional): the quarter's QA story. Front matter between --- lines holds the summary;
// the Markdown body is split into sections at each "## " heading and rendered to HTML here, never in pages.
import MarkdownIt, { type Token } from 'markdown-it';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Narrative } from '../domain/quality/types.ts';
import type { PeriodId } from '../domain/types.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { checkNarrativeLinks, type NarrativeImage } from './narrative-links.ts';

export const NARRATIVE_DIR = 'narrative';

/**
 * Raw HTML is shown as text, never passed through. markdown-it's own link check and encoding are replaced by
 * ours (narrative-links.ts), which refuses with a located message every address that is not https://, an
 * email address or a site path, and every image that is not a file in the data folder.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });
markdown.validateLink = () => true;
markdown.normalizeLink = (url) => url;

const SUMMARY_EXAMPLE = 'summary: This quarter we completed 79 case-file audits';
const FRONT_MATTER_HELP = `Start the file with a line ---, then a line such as ${SUMMARY_EXAMPLE}, then another line ---, then the text.`;
const QUOTING_HELP = 'If the summary contains a colon followed by a space (": "), or starts with a quote or a symbol such as # * & ! % @ [ {, ' +
  'put the whole summary in double quotes, and write any double quote inside it as \\".';

function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('')
    .trim();
}

export interface RenderOptions {
  /** The narrative file (for messages), and the file's line number of the body's first line. */
  file?: string;
  firstLine?: number;
  /** The site's base path, for links to site paths and images. Default `/`. */
  base?: string;
  /** Problems with links and images go here (when left out, refused links are still rendered as plain text). */
  issues?: ValidationIssue[];
  /** Images the body shows are added here, for the loader to check and copy. */
  images?: NarrativeImage[];
}

/** Renders the body, split at top-level `##` headings; text before the first heading is a section headed ''. */
export function renderSections(body: string, options: RenderOptions = {}): Narrative['sections'] {
  const env = {};
  const tokens = markdown.parse(body, env);
  checkNarrativeLinks(tokens, {
    file: options.file ?? NARRATIVE_DIR,
    lines: body.split('\n'),
    firstLine: options.firstLine ?? 1,
    base: options.base ?? '/',
    issues: options.issues ?? [],
    images: options.images ?? [],
  });
  const headings = tokens.flatMap((token, index) => (token.type === 'heading_open' && token.tag === 'h2' && token.level === 0 ? [index] : []));
  const render = (from: number, to: number) => markdown.renderer.render(tokens.slice(from, to), markdown.options, env);
  const sections: Narrative['sections'] = [];
  const preamble = render(0, headings[0] ?? tokens.length);
  if (preamble.trim() !== '') sections.push({ heading: '', html: preamble });
  headings.forEach((start, index) => {
    // heading_open, inline, heading_close, then the section's own blocks up to the next ## heading.
    sections.push({ heading: headingText(tokens[start + 1]), html: render(start + 3, headings[index + 1] ?? tokens.length) });
  });
  return sections;
}

/** The YAML parser's message without its own position and excerpt (the issue carries the line and column). */
function yamlMessage(message: string): string {
  if (/call stack/i.test(message)) return 'it is nested far too deeply ([ or { inside one another)';
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/\.?$/, '');
}

/** What a YAML value that is not text was read as, in plain words. */
function describeYamlValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a special number (.nan or .inf)';
  if (typeof value === 'object') return 'a set of settings';
  return `the ${typeof value} ${String(value)}`;
}

/** The body of a template made by `npm run new-quarter`: the standard headings, and nothing written under them. */
function isUnwrittenTemplate(body: readonly string[]): boolean {
  const written = body.filter((line) => line.trim() !== '');
  return written.length > 0 && written.every((line) => /^## \S/.test(line));
}

export function readNarrative(source: string, file: string, period: PeriodId, issues: ValidationIssue[],
  options: Pick<RenderOptions, 'base' | 'images'> & { warnings?: ValidationIssue[] } = {}): Narrative | null {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if ((lines[0] ?? '').trimEnd() !== '---') {
    issues.push(issue(file, 1, null, `the file must begin with front matter holding the summary. ${FRONT_MATTER_HELP}`));
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) {
    issues.push(issue(file, 1, null,
      'the front matter that starts on line 1 is never closed. Add a line with just --- after the summary, before the text.'));
    return null;
  }

  const yaml = lines.slice(1, close).join('\n');
  const document = parseDocument(yaml);
  const error = document.errors[0];
  if (error) {
    const position = error.linePos?.[0];
    issues.push(issue(file, position ? position.line + 1 : 2, position ? String(position.col) : null,
      `the front matter is not valid YAML: ${yamlMessage(error.message)}. Write each setting as name: value, e.g. ${SUMMARY_EXAMPLE}. ${QUOTING_HELP}`));
    return null;
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    issues.push(issue(file, 2, null, `the front matter must be settings written name: value, e.g. ${SUMMARY_EXAMPLE}.`));
    return null;
  }
  const pair = contents?.items.find((item) => isScalar(item.key) && item.key.value === 'summary');
  if (pair === undefined) {
    const capitals = contents?.items.find((item) => isScalar(item.key) && String(item.key.value).trim().toLowerCase() === 'summary');
    const hint = capitals && isScalar(capitals.key) ? ` There is a setting called "${String(capitals.key.value)}": write it as summary, in lower case.` : '';
    issues.push(issue(file, 1, 'summary',
      `"summary" is missing from the front matter. Add a line such as ${SUMMARY_EXAMPLE} (one or two sentences summing up the quarter) between the --- lines.${hint}`));
    return null;
  }
  const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] ?? 0 : 0;
  const line = yaml.slice(0, keyOffset).split('\n').length + 1;
  let value: unknown;
  try {
    // A summary built from YAML references (*name) could expand without end or point nowhere: refuse them.
    value = (document.toJS({ maxAliasCount: 50 }) as Record<string, unknown>)['summary'];
  } catch {
    issues.push(issue(file, line, 'summary',
      `the front matter uses YAML references (& or *) that cannot be read. Write the summary as plain sentences, in double quotes, e.g. summary: "${SUMMARY_EXAMPLE.slice('summary: '.length)}".`));
    return null;
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    if (isUnwrittenTemplate(lines.slice(close + 1))) {
      options.warnings?.push(issue(file, null, null,
        'this narrative is not written yet, so it is not shown. Write the summary after "summary:" and the text under each heading, or delete the file.'));
      return null;
    }
    issues.push(issue(file, line, 'summary', `the summary is empty. Write one or two sentences summing up the quarter after "summary:", e.g. ${SUMMARY_EXAMPLE}.`));
    return null;
  }
  if (typeof value !== 'string') {
    issues.push(issue(file, line, 'summary',
      `the summary must be text, but here it is read as ${describeYamlValue(value)}. ` +
      `Write the summary as sentences on the same line, e.g. ${SUMMARY_EXAMPLE}; to be sure, put it in double quotes.`));
    return null;
  }
  const sections = renderSections(lines.slice(close + 1).join('\n'), { ...options, file, firstLine: close + 2, issues });
  return { period, summary: value.trim(), sections };
}
