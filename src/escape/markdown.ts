// The one escaper for data text placed in Markdown (the pull-request job summary `npm run validate -- --summary`
// writes): every character GitHub's Markdown could read as syntax is escaped, so a commentary or an indicator name
// shows as the words it is and never becomes a link, an image, emphasis, a table, maths, HTML or a heading.

// Syntax wherever it stands: escapes, code, emphasis, links and images (`[`, `]`), HTML and entities, tables,
// strikethrough and maths.
const INLINE_SYNTAX = /[\\`*_[\]<>|~&$]/g;
// Syntax only at the start of a line: headings, lists, block quotes, setext underlines, numbered lists.
const LINE_START_SYNTAX = /^([#+\-=>]|\d+(?=[.)]))/;

/** Text for a Markdown paragraph, list item or table cell: one line, syntax escaped, control characters dropped. */
export function escapeMarkdown(text: string): string {
  return text
    // Line breaks become spaces: a new line could start a heading, a list or a code block.
    .replace(/\r\n?|[\n\t\u2028\u2029]/g, ' ')
    // Control characters, and the bidirectional controls that make text read other than it is.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    // CommonMark lets a backslash escape any ASCII punctuation; a number is kept from being a list by escaping what follows it.
    .replace(LINE_START_SYNTAX, (start) => (/^\d/.test(start) ? start : `\\${start}`))
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
