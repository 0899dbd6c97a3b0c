// The one escaper for data text placed in HTML text or a quoted attribute value. (Astro's `{expression}`
// escapes the same five characters; this is for markup we assemble as strings before `set:html`.)
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
