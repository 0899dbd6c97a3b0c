// Marks up glossary terms with <abbr title="…"> wherever they appear in text we publish, so readers (and
// screen readers) can find out what "S47" or "IRO" means without leaving the page.
//
// Terms are found in the raw text and every piece is escaped afterwards, never the other way round: matching
// escaped text once turned `&quot;` into `&<abbr>quot</abbr>;`.
import { decodeHTML } from 'entities';
import type { GlossaryEntry } from '../domain/types.ts';
import { escapeHtml } from '../escape/html.ts';

export interface Abbreviator {
  /** Plain text in, safe HTML out: the text escaped, with each term wrapped in <abbr>. */
  text(text: string): string;
  /** Safe HTML in (e.g. a rendered narrative), with terms in its text nodes wrapped; tags are left alone. */
  html(html: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Elements whose text must not gain <abbr>: links keep their own name, code is literal, abbr is done. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'title']);

export function createAbbreviator(glossary: readonly GlossaryEntry[]): Abbreviator {
  const entries = glossary.filter((g) => g.term.trim() !== '' && g.expansion.trim() !== '');
  if (entries.length === 0) return { text: escapeHtml, html: (html) => html };
  const expansions = new Map(entries.map((g) => [g.term, g.expansion]));
  // Longest first so "CPP" wins over "CP"; whole words only and case-sensitive, so "cp" in a URL or "Cin"
  // in a word are left alone.
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/-])(${alternatives.join('|')})(?![\\p{L}\\p{N}_/-])`, 'gu');
  const text = (raw: string): string => {
    let html = '';
    let from = 0;
    for (const match of raw.matchAll(pattern)) {
      const term = match[0];
      html += `${escapeHtml(raw.slice(from, match.index))}<abbr title="${escapeHtml(expansions.get(term) ?? '')}">${escapeHtml(term)}</abbr>`;
      from = match.index + term.length;
    }
    return html + escapeHtml(raw.slice(from));
  };

  return {
    text,
    html(html) {
      // Narratives come from our Markdown renderer, so tags are well formed: split on them, and wrap only
      // the text nodes outside skipped elements (decoded to plain text, then escaped again).
      let skipDepth = 0;
      return html
        .split(/(<[^>]*>)/)
        .map((part) => {
          const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
          if (tag) {
            if (SKIP.has(tag[2]!.toLowerCase()) && !part.endsWith('/>')) skipDepth += tag[1] ? -1 : 1;
            return part;
          }
          return skipDepth > 0 || part === '' ? part : text(decodeHTML(part));
        })
        .join('');
    },
  };
}
