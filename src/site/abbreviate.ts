// Marks up glossary terms with <abbr title="…"> wherever they appear in text we publish, so readers (and
// screen readers) can find out what "S47" or "IRO" means without leaving the page.
import type { GlossaryEntry } from '../domain/types.ts';

export interface Abbreviator {
  /** Plain text in, safe HTML out: the text escaped, with each term wrapped in <abbr>. */
  text(text: string): string;
  /** Safe HTML in (e.g. a rendered narrative), with terms in its text wrapped; tags are left alone. */
  html(html: string): string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Elements whose text must not gain <abbr>: links keep their own name, code is literal, abbr is done. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'title']);

export function createAbbreviator(glossary: readonly GlossaryEntry[]): Abbreviator {
  const entries = glossary.filter((g) => g.term.trim() !== '' && g.expansion.trim() !== '');
  if (entries.length === 0) return { text: escapeHtml, html: (html) => html };
  const expansions = new Map(entries.map((g) => [escapeHtml(g.term), g.expansion]));
  // Longest first so "CPP" wins over "CP"; whole words only and case-sensitive, so "cp" in a URL or "Cin"
  // in a word are left alone. Matching runs on escaped text, so terms are escaped too.
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/-])(${alternatives.join('|')})(?![\\p{L}\\p{N}_/-])`, 'gu');
  const wrap = (escaped: string) =>
    escaped.replace(pattern, (term) => `<abbr title="${escapeHtml(expansions.get(term) ?? '')}">${term}</abbr>`);

  return {
    text: (text) => wrap(escapeHtml(text)),
    html(html) {
      // Narratives come from our Markdown renderer, so tags are well formed: split on them and wrap only
      // text outside skipped elements.
      let skipDepth = 0;
      return html
        .split(/(<[^>]*>)/)
        .map((part) => {
          const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
          if (tag) {
            if (SKIP.has(tag[2]!.toLowerCase()) && !part.endsWith('/>')) skipDepth += tag[1] ? -1 : 1;
            return part;
          }
          return skipDepth > 0 ? part : wrap(part);
        })
        .join('');
    },
  };
}
