// Every free-text field of the data folder (the words officers write, as opposed to ids, numbers, periods and
// choices), and a way to write the same folder with other text in each field. The hostile-text property
// builds the site once with a plain word in every field and then with hostile strings, and compares the pages.
import Papa from 'papaparse';
import type { DataTree } from './mutations.ts';

export interface Slot {
  /** Identifies the text: fields with the same kind and the same original text share a slot, so names that
   * must match across files (an activity in audits/ and audit-domains/) or within one (a theme) still do. */
  key: string;
  kind: string;
  /** The text in the fixture. */
  original: string;
  /**
   * The site sorts by this text (localeCompare), so a replacement must sort as its plain word does: the
   * hostile text for such a slot starts with the plain word.
   */
  sorted: boolean;
  /** Shown through the Markdown renderer: written with punctuation escaped, on one line. */
  markdown: boolean;
}

interface CsvFields {
  /** Matches the file's path. */
  file: RegExp;
  /** Column name → kind of text. */
  columns: Record<string, string>;
}

/** Free-text columns of each CSV file. Kinds shared between files keep cross-file names equal. */
const CSV_FIELDS: readonly CsvFields[] = [
  { file: /^indicators\.csv$/, columns: { title: 'indicator-title', theme: 'theme', definition: 'indicator-definition', source: 'indicator-source' } },
  { file: /^quarters\/.*\.csv$/, columns: { commentary: 'commentary' } },
  { file: /^audits\/.*\.csv$/, columns: { activity: 'activity', service_area: 'service-area' } },
  { file: /^audit-domains\/.*\.csv$/, columns: { activity: 'activity', domain: 'domain' } },
  { file: /^schedule\.csv$/, columns: { activity: 'activity', service_area: 'service-area' } },
  { file: /^actions\.csv$/, columns: { title: 'action-title', owner: 'action-owner' } },
  { file: /^glossary\.csv$/, columns: { term: 'glossary-term', expansion: 'glossary-expansion', definition: 'glossary-definition' } },
];

/** Kinds the site sorts by (headlines break ties by indicator title; domains and the glossary are alphabetical). */
const SORTED_KINDS = new Set(['indicator-title', 'domain', 'glossary-term']);

/** site.json's free text, by key and kind (the council's own licence terms are "licence_text"; "licence" is an identifier). */
const SITE_TEXT = { organisation: 'site-organisation', title: 'site-title', description: 'site-description', licence_text: 'site-licence' } as const;

/**
 * Glossary terms added to both builds that no data text contains: they can only be matched inside markup the
 * site itself writes, such as the `lt` of `&lt;`, which would show as <abbr> elements in the hostile build.
 */
export const DECOY_TERMS = ['lt', 'gt'] as const;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function text(tree: DataTree, name: string): string {
  const content = tree.get(name);
  if (!(content instanceof Uint8Array)) throw new Error(`${name} is not a file in the fixture`);
  return decoder.decode(content);
}

/** The slots of the fixture, in a fixed order, and a function writing the folder with given texts. */
export interface FreeText {
  slots: Slot[];
  write(textFor: (slot: Slot) => string): DataTree;
}

/** Markdown source that renders as exactly `value` (as literal text, on one line). */
export function markdownLiteral(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A YAML double-quoted scalar holding exactly `value`. */
export function yamlQuoted(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code <= 0x7e) out += char;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * Markdown lines of the fixture's narratives with their text replaced: the block syntax (`## `, `- `) and the
 * inline syntax (`*…*`, `**…**`, `[…](url)`, `![…](image)`) are kept, every run of text is a slot of its own.
 */
function markdownLine(line: string, slotAt: (original: string) => string): string {
  const block = /^(#{2,3} |- )?(.*)$/.exec(line);
  const prefix = block?.[1] ?? '';
  const body = block?.[2] ?? '';
  if (body.trim() === '') return line;
  const parts = body.split(/(\*\*[^*]+\*\*|\*[^*]+\*|!?\[[^\]]+\]\([^)]+\))/);
  const inline = (part: string): string => {
    const image = /^!\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    if (image) return `![${slotAt(image[1]!)}](${image[2]!})`;
    const strong = /^\*\*([^*]+)\*\*$/.exec(part);
    if (strong) return `**${slotAt(strong[1]!)}**`;
    const emphasis = /^\*([^*]+)\*$/.exec(part);
    if (emphasis) return `*${slotAt(emphasis[1]!)}*`;
    const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    return `[${slotAt(link?.[1] ?? part)}](${link?.[2] ?? ''})`;
  };
  // Inline markup gets a space either side: whether `*` opens or closes emphasis depends on the characters
  // beside it (CommonMark's flanking rules), and those are the replaced text's, so `**…**.` would stop being
  // bold if the `.` became text starting with a letter.
  return prefix + parts.map((part, index) => {
    if (index % 2 === 1) return ` ${inline(part)} `;
    return part.trim() === '' ? part : slotAt(part.trim());
  }).join('');
}

export function freeText(fixture: DataTree): FreeText {
  const slots = new Map<string, Slot>();
  const slot = (kind: string, original: string, options: { unique?: string; markdown?: boolean } = {}): Slot => {
    const key = `${kind}\u0000${options.unique ?? ''}\u0000${original}`;
    let found = slots.get(key);
    if (!found) {
      found = { key, kind, original, sorted: SORTED_KINDS.has(kind), markdown: options.markdown ?? false };
      slots.set(key, found);
    }
    return found;
  };

  // One pass that both discovers the slots (textFor null) and writes the folder.
  const transform = (textFor: ((slot: Slot) => string) | null): DataTree => {
    const out: DataTree = new Map(fixture);
    const replace = (found: Slot): string => (textFor === null ? found.original : textFor(found));
    const names = [...fixture.keys()].sort();
    for (const name of names) {
      const fields = CSV_FIELDS.find((spec) => spec.file.test(name));
      if (fields) {
        const rows = Papa.parse<string[]>(text(fixture, name), { header: false, skipEmptyLines: true }).data;
        const header = rows[0] ?? [];
        const result = rows.map((row, index) => (index === 0 ? row : row.map((cell, column) => {
          const kind = fields.columns[header[column] ?? ''];
          return kind === undefined || cell.trim() === '' ? cell : replace(slot(kind, cell.trim()));
        })));
        if (name === 'glossary.csv') {
          for (const term of DECOY_TERMS) result.push([term, 'Decoyexpansion', '']);
        }
        out.set(name, encoder.encode(`${Papa.unparse(result, { newline: '\n', quotes: true })}\n`));
      } else if (name === 'site.json') {
        const site = JSON.parse(text(fixture, name)) as Record<string, unknown> & { comparators: { id: string; label: string }[] };
        for (const [key, kind] of Object.entries(SITE_TEXT)) {
          const value = site[key];
          if (typeof value === 'string' && value.trim() !== '') site[key] = replace(slot(kind, value));
        }
        for (const comparator of site.comparators) comparator.label = replace(slot('comparator-label', comparator.label));
        out.set(name, encoder.encode(`${JSON.stringify(site, null, 2)}\n`));
      } else if (name === 'grade-scales.json') {
        const scales = JSON.parse(text(fixture, name)) as { label: string; grades: { label: string }[] }[];
        for (const scale of scales) {
          scale.label = replace(slot('scale-label', scale.label));
          for (const grade of scale.grades) grade.label = replace(slot('grade-label', grade.label));
        }
        out.set(name, encoder.encode(`${JSON.stringify(scales, null, 2)}\n`));
      } else if (/^narrative\/.*\.md$/.test(name)) {
        const lines = text(fixture, name).split('\n');
        const close = lines.findIndex((line, index) => index > 0 && line === '---');
        const summaryLine = lines.findIndex((line) => line.startsWith('summary:'));
        const summary = (lines[summaryLine] ?? '').replace(/^summary:\s*/, '').replace(/^"(.*)"$/, '$1');
        const written = lines.map((line, index) => {
          if (index === summaryLine) return `summary: ${yamlQuoted(replace(slot('narrative-summary', summary, { unique: name })))}`;
          if (index <= close) return line;
          let run = 0;
          return markdownLine(line, (original) => {
            const found = slot('narrative-text', original, { unique: `${name}:${index}:${run++}`, markdown: true });
            return textFor === null ? original : markdownLiteral(textFor(found));
          });
        });
        out.set(name, encoder.encode(written.join('\n')));
      }
    }
    return out;
  };

  transform(null);
  return { slots: [...slots.values()], write: (textFor) => transform(textFor) };
}

/** Distinct plain words of letters, all the same length so that adding text after them never reorders them. */
export function plainWord(index: number): string {
  let letters = '';
  let n = index;
  for (let i = 0; i < 3; i++) {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  }
  return `Plain${letters}`;
}
