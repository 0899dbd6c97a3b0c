// Random damage to a data folder, as fast-check arbitraries: the kinds of thing that happen to files officers
// edit by hand or export from Excel (and a few that only an attacker or a broken tool would do). Each mutation
// is plain data, so fast-check can print, replay and shrink it; `applyMutation` turns it into new file bytes.
import fc from 'fast-check';
import Papa from 'papaparse';
import type { DataTree } from '../../support/data-folder.ts';

export type { DataTree };

const utf8 = new TextEncoder();

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

// ---------------------------------------------------------------------------------------------------------
// Values that look like numbers, dates, ids or text but are not quite (or are, in a surprising way).

/** Number-like text that JavaScript, Excel or a careless export might produce. */
export const NUMBER_LIKE = [
  'NaN', 'nan', '-NaN', 'Infinity', '-Infinity', '+Infinity', 'inf', '∞',
  '1e309', '-1e309', '1e-400', '1e+9999999999', '1E5', '1e', 'e5', '.e1',
  '-0', '+0', '-0.0', '0.0000', '00012', '.5', '5.', '-.5', '+.5', '0x10', '0X1F', '0b101', '0o17', '1_000',
  '9'.repeat(400), `0.${'1'.repeat(400)}`, `-${'9'.repeat(330)}`, `1${'0'.repeat(308)}.5`,
  '1,234', '1,234.5', '85,5', '45%', '45 %', '%', '£12', '12p', '1 234', '1\u00a0234', '−5', '１２', '١٢', '¹²',
  '#DIV/0!', '#N/A', '#VALUE!', '=1+1', '=SUM(A1:A3)', '+1', '--1', '1-', '1..2', '0.1.2', '1e5.5',
  '4.9e-324', '5e-325', '1.7976931348623157e308', '1.7976931348623159e308', '2^53', '9007199254740993',
  // Long runs that make a careless regular expression backtrack for seconds.
  `${'9'.repeat(50_000)}x`, `1.${'5'.repeat(50_000)}e`, `${'1'.repeat(50_000)}%`, `1${',000'.repeat(20_000)}x`,
  'true', 'false', 'null', 'n/a', 'N/A', '-', '*', 'x', 'TBC', '', ' ', '\t', '\u00a0', '\u3000',
];

/** Text that looks like a period, month or date, or nearly does. */
export const DATE_LIKE = [
  '2025-26-Q1', '2025-26-Q4', '2025-26-Q5', '2025-26-Q0', '2025-26-q1', '2025-27-Q1', '2025/26 Q1', 'Q1 2025-26',
  '0000-01-Q1', '9999-00-Q4', '2025-26-Q1 ', '2025-26-Q１',
  '2025-10', '2025-13', '2025-00', '2025-1', 'Oct-25', '10/2025', '2025-10-01',
  '2025-02-29', '2024-02-29', '2025-02-30', '2025-04-31', '31/03/2025', '03/31/2025', '2025-3-31', '0000-00-00',
  '9999-12-31', '-001-01-01', '+275760-09-13', '2025-W40', '45678', '1e3-01-01',
  `2025-26${' '.repeat(50_000)}Q`, `q1${' '.repeat(50_000)}2025-26x`, `2025${' '.repeat(50_000)}-26`, `October${' '.repeat(50_000)}x`,
  `31${' '.repeat(50_000)}March${' '.repeat(50_000)}x`, `1/${'1'.repeat(50_000)}`,
];

/** Ids, well and badly formed, including names that mean something to JavaScript objects. */
export const ID_LIKE = [
  'contacts', 'Contacts', 'CONTACTS', 'contacts ', ' contacts', 'cic rate', 'cic_rate', 'cic-rate', 'new-indicator',
  'ofsted', 'Ofsted', 'meets_good', 'good', 'Good', 'requires improvement', 'Requires improvement to be good',
  'england', 'England', 'region', 'stat_neighbours', 'A01', 'a01',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
  '-', '_', '--', 'a'.repeat(300), '../etc/passwd', '..', '.', '%2e%2e', 'con', 'nul', 'aux', 'audits-good-or-better;contacts',
  'contacts,assessments-45-days', 'contacts; ;contacts', ';;;', 'audit', 'observation', 'dip_sample', 'Dip sample', 'dip-sample',
  'planned', 'complete', 'cancelled', 'on_track', 'On track', 'at_risk', 'not_started', 'done',
  'percent', 'count', 'rate_per_10000', 'days', 'number', 'higher_is_better', 'Lower is better', 'neutral',
  '>=', '<=', '>', '<', '=>', '≥', '==', '!=',
];

/** Free text with markup, quotes, control and invisible characters, and very long runs. */
export const TEXT_LIKE = [
  'plain words', '"', '""', '"""', "'", '`', ',', ',,,', ';', '\n', '\r', '\r\n', '\n\n\n', '\u2028', '\u2029', '\f', '\v', '\u0000',
  '\u0001', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff', '😀', 'e\u0301',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '<!--', ']]>', '&quot;', '&amp;', '&#0;', '&#x110000;',
  '{{title}}', '${process.exit(1)}', '%s%s%s%n', '\\', '\\\\', '\\u0000', '\\"', 'javascript:alert(1)', '=HYPERLINK("https://example.org","x")',
  'x'.repeat(5000), ' '.repeat(5000), ','.repeat(2000), '"'.repeat(2001), '\n'.repeat(2000), 'Ω≈ç√∫', '日本語のテキスト', 'مرحبا',
];

export const NASTY_VALUES = [...NUMBER_LIKE, ...DATE_LIKE, ...ID_LIKE, ...TEXT_LIKE];

/** Raw JSON text to splice in place of a value (most are not valid JSON, some are valid but surprising). */
export const JSON_TOKENS = [
  'NaN', '-NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e-400', '-0', '0x10', '01', '1.', '.5', '+1', '1e', '- 1',
  '9'.repeat(400), `0.${'1'.repeat(400)}`, 'undefined', 'True', 'NULL', "'text'", '`text`', 'text', '"text', '"a\\qb"', '"\\u12"',
  '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', '""', '"   "', '"\u2028"', `"${'x'.repeat(100_000)}"`, '"\t"', '"a\nb"',
  'true', 'false', 'null', '0', '-1', '2', '[]', '{}', '[[]]', '{"": ""}', '{"__proto__": {"polluted": true}}', '["__proto__"]',
  '{"constructor": {"prototype": {"polluted": true}}}', '{"id": "x", "id": "y"}',
  '['.repeat(5000), ']'.repeat(5000), `${'['.repeat(5000)}${']'.repeat(5000)}`, '{"a":'.repeat(5000), `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  `${'['.repeat(63)}${']'.repeat(63)}`, `${'['.repeat(64)}${']'.repeat(64)}`, `${'['.repeat(65)}${']'.repeat(65)}`,
  '/* comment */ 1', '// comment\n1', '1,', ',', ':', '"a": 1', '}', ']', '\u00a01', '\ufeff1',
  // Long addresses that make a careless e-mail or URL pattern backtrack for seconds.
  `"a@${'.'.repeat(100_000)}@"`, `"mailto:a@${'b.'.repeat(50_000)}@"`, `"https://${'a'.repeat(100_000)}"`, `"${'a@'.repeat(50_000)}"`,
];

/** Keys to add to JSON objects. */
export const JSON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'id', 'label', 'grades', 'good',
  'organisation', 'Organisation', 'title', 'comparators', 'amber', 'description', 'contact', 'licence', 'licence_text', 'statement_date', 'drafts', 'site_url', 'base_path', '\u0000', 'x'.repeat(5000)];

/** Lines to put in a narrative's YAML front matter (several lines where one line could not do the damage). */
export const YAML_LINES = [
  'summary: [', 'summary: {', 'summary: ]', 'summary: }', 'summary: "unclosed', "summary: 'it''s fine'", 'summary:', 'summary: ~', 'summary: null',
  'summary: .nan', 'summary: .inf', 'summary: -.inf', 'summary: 1e309', 'summary: -0', 'summary: 0x10', 'summary: 0o17', 'summary: 12',
  'summary: true', 'summary: yes', 'summary: 2025-10-01', 'summary: 2025-10-01T10:00:00Z', 'summary: [a, b]', 'summary: {a: b}',
  'summary: &a [*a]', 'summary: *nowhere', 'summary: !!binary aGVsbG8=', 'summary: !!js/function "function () {}"', 'summary: !!int 12',
  'summary: !!str 12', 'summary: !!float abc', 'summary: !!timestamp 2025-10-01', 'summary: !!set {a, b}', 'summary: !!omap [a: 1]',
  'summary: !custom x', 'summary: !<tag:yaml.org,2002:str> x', 'summary: |\n  block\n  text', 'summary: >-\n  folded\n  text',
  'summary: |\nnot indented', 'summary: x\n  bad: indent', 'summary: a\nsummary: b', 'Summary: capitals', 'SUMMARY: x', ' summary: x',
  '\tsummary: x', '? summary\n: complex key', '? [a, b]\n: c', '<<: {summary: merged}', '%YAML 1.2', '%TAG ! tag:example.org,2000:',
  '...', '--- ', '- a list', 'just words', ': no key', '#', '# only a comment', '"summary": "json style"', '{"summary": "flow"}',
  `summary: ${'['.repeat(5000)}`, `summary: ${'{'.repeat(5000)}`, `summary: ${'[a, '.repeat(1000)}`, `summary: ${'x'.repeat(100_000)}`,
  `summary: "${'\\'.repeat(1001)}"`, 'summary: "\\uD800"', 'summary: "\\U0010FFFF \\x00 \\0 \\e \\N \\_ \\L \\P"', 'summary: "\\q"',
  ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'summary: *g'].join('\n'),
  ['base: &base {summary: from anchor}', 'summary: *base'].join('\n'),
  ['s: &s In October we completed 12 audits.', 'summary: *s'].join('\n'),
];

/** Markdown that is slow, deep, or dangerous for a careless renderer; put into a narrative's body. */
export const MARKDOWN_SNIPPETS = [
  '>'.repeat(5000), `${'> '.repeat(2000)}x`, '['.repeat(5000), `${'['.repeat(2000)}x${']'.repeat(2000)}`, `${'*'.repeat(3000)}x${'*'.repeat(3000)}`,
  '*a'.repeat(5000), '**_'.repeat(3000), '_'.repeat(5000), '`'.repeat(5000), '<'.repeat(5000), `${'- '.repeat(1000)}x`,
  Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), `[x](${'('.repeat(3000)})`, `![${'['.repeat(2000)}](x.png)`,
  '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](vbscript:msgbox(1))', '[x](data:text/html,<script>alert(1)</script>)',
  '[x](file:///etc/passwd)', '[x](//evil.example/)', '[x](http://example.org/)', '[x](mailto:someone@example.org)', '[x](/quality/)',
  '<https://example.org>', '<javascript:alert(1)>', '[x]: javascript:alert(1)\n\n[x]', '![x](javascript:alert(1))', '![x](images/missing.png)',
  '![x](../../../../etc/passwd)', '![x](/etc/passwd)', '![x](images/%2e%2e/%2e%2e/site.json)', '![x](site.json)', '![x](narrative/)',
  `![x](images/${'a'.repeat(5000)}.png)`, '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- comment', '&#0;&#x110000;&#99999999;',
  '| a | b |\n| - | - |\n| <b> | c |', '```\ncode\n', '$$x$$', '\\'.repeat(10_000), 'a'.repeat(100_000), '\u0000'.repeat(100), '\r'.repeat(100),
  '---', '---\nsummary: second front matter\n---', '# Heading one', `${'#'.repeat(7)} seven`, `## ${'x'.repeat(5000)}`, '##', '## ',
  `[x](mailto:a@${'b.'.repeat(50_000)}@)`, `[x](a@${'.'.repeat(100_000)}@)`, `<mailto:a@${'b.'.repeat(50_000)}>`, `[x](https://${'a/'.repeat(50_000)})`,
  '* * *', '1. one\n2. two', `${'9'.repeat(20)}. big list number`, '- [ ] task', 'Setext\n===', 'term\n: definition', '[^1]\n\n[^1]: note',
];

// ---------------------------------------------------------------------------------------------------------
// Mutations.

export type Encoding = 'utf16le-bom' | 'utf16le' | 'utf16be-bom' | 'utf16be' | 'latin1' | 'windows-1252-quotes' | 'utf8-bom' | 'utf8-double-bom' | 'utf32le-bom';

export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xff], [0xfe], [0x80], [0xbf], [0xc3, 0x28], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xa3], [0x00], [0x00, 0x00, 0xfe, 0xff],
];

export type Mutation =
  // Bytes: any file.
  | { kind: 'flip-bit'; file: number; at: number; bit: number }
  | { kind: 'set-byte'; file: number; at: number; byte: number }
  | { kind: 'insert-bytes'; file: number; at: number; bytes: number[] }
  | { kind: 'delete-bytes'; file: number; at: number; length: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'insert-invalid-utf8'; file: number; at: number; sequence: number }
  | { kind: 're-encode'; file: number; encoding: Encoding }
  // Lines: any file.
  | { kind: 'duplicate-line'; file: number; line: number }
  | { kind: 'delete-line'; file: number; line: number }
  | { kind: 'swap-lines'; file: number; line: number; other: number }
  | { kind: 'insert-line'; file: number; line: number; text: string }
  | { kind: 'replace-line'; file: number; line: number; text: string }
  | { kind: 'join-lines'; file: number; line: number }
  | { kind: 'line-endings'; file: number; ending: '\r\n' | '\r' | '\n\n' | '\u2028' }
  | { kind: 'insert-text'; file: number; at: number; text: string }
  // CSV files.
  | { kind: 'csv-set-cell'; file: number; row: number; column: number; value: string }
  | { kind: 'csv-set-column'; file: number; column: number; value: string }
  | { kind: 'csv-add-column'; file: number; column: number; header: string; value: string }
  | { kind: 'csv-remove-column'; file: number; column: number }
  | { kind: 'csv-move-column'; file: number; column: number; to: number }
  | { kind: 'csv-rename-header'; file: number; column: number; header: string }
  | { kind: 'csv-insert-cell'; file: number; row: number; column: number; value: string }
  | { kind: 'csv-remove-cell'; file: number; row: number; column: number }
  | { kind: 'csv-quote-all'; file: number }
  // JSON files.
  | { kind: 'json-replace-value'; file: number; path: number; token: string }
  | { kind: 'json-delete-key'; file: number; path: number }
  | { kind: 'json-add-key'; file: number; path: number; key: string; token: string }
  // Narrative files.
  | { kind: 'yaml-front-matter'; file: number; line: string; keep: boolean }
  | { kind: 'markdown-insert'; file: number; line: number; text: string }
  // The folder itself.
  | { kind: 'delete-file'; file: number }
  | { kind: 'file-to-folder'; file: number }
  | { kind: 'add-file'; name: string; copyOf: number }
  | { kind: 'rename-file'; file: number; name: string };

/** Names for files added to, or renamed in, the folder. */
export const FILE_NAMES = [
  'quarters/2025-26-Q4.csv', 'quarters/2025-26-Q1.CSV', 'quarters/2025-26-Q5.csv', 'quarters/2025-26-q2.csv', 'quarters/~$2025-26-Q1.csv',
  'quarters/.2025-26-Q1.csv', 'quarters/2025-26-Q1 (1).csv', 'quarters/Q1 2025-26.csv', 'quarters/2024-26-Q1.csv', 'quarters/README.md',
  'quarters/2025-26-Q1.csv.bak', 'audits/2025-26-Q1.csv', 'audits/2025-26-Q3.CSV', 'audits/readme.md', 'audits/2025/26 Q3.csv',
  'audit-domains/2025-26-Q1.csv', 'audit-domains/2024-25-Q4.csv', 'narrative/2025-26-Q1.md', 'narrative/README.md', 'narrative/2025-26-Q9.md',
  'narrative/2025-26-Q3.MD', 'Indicators.csv', 'indicators.xlsx', 'site.JSON', 'grade-scales.json', 'glossary.csv', 'schedule.csv',
  'actions.csv', 'targets.csv', 'comparators.csv', 'quarters', 'audits', 'narrative', 'audit-domains', 'images/x.png', 'notes.txt',
];

const at = fc.nat({ max: 1_000_000 });
const nasty = fc.constantFrom(...NASTY_VALUES);
const anyText = fc.oneof(nasty, fc.string({ maxLength: 40, unit: 'binary' }), fc.string({ maxLength: 40 }));

/** Mutations that make sense for a file named `name` (the file is chosen by the caller). */
export function mutationFor(name: string, file: number): fc.Arbitrary<Mutation> {
  const byte = fc.integer({ min: 0, max: 255 });
  const general: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant('flip-bit' as const), file: fc.constant(file), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('set-byte' as const), file: fc.constant(file), at, byte }),
    fc.record({ kind: fc.constant('insert-bytes' as const), file: fc.constant(file), at, bytes: fc.array(byte, { minLength: 1, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('delete-bytes' as const), file: fc.constant(file), at, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('truncate' as const), file: fc.constant(file), at }),
    fc.record({ kind: fc.constant('insert-invalid-utf8' as const), file: fc.constant(file), at, sequence: fc.nat(INVALID_UTF8.length - 1) }),
    fc.record({
      kind: fc.constant('re-encode' as const), file: fc.constant(file),
      encoding: fc.constantFrom<Encoding>('utf16le-bom', 'utf16le', 'utf16be-bom', 'utf16be', 'latin1', 'windows-1252-quotes', 'utf8-bom', 'utf8-double-bom', 'utf32le-bom'),
    }),
    fc.record({ kind: fc.constant('duplicate-line' as const), file: fc.constant(file), line: at }),
    fc.record({ kind: fc.constant('delete-line' as const), file: fc.constant(file), line: at }),
    fc.record({ kind: fc.constant('swap-lines' as const), file: fc.constant(file), line: at, other: at }),
    fc.record({ kind: fc.constant('insert-line' as const), file: fc.constant(file), line: at, text: anyText }),
    fc.record({ kind: fc.constant('replace-line' as const), file: fc.constant(file), line: at, text: anyText }),
    fc.record({ kind: fc.constant('join-lines' as const), file: fc.constant(file), line: at }),
    fc.record({ kind: fc.constant('line-endings' as const), file: fc.constant(file), ending: fc.constantFrom<('\r\n' | '\r' | '\n\n' | '\u2028')[]>('\r\n', '\r', '\n\n', '\u2028') }),
    fc.record({ kind: fc.constant('insert-text' as const), file: fc.constant(file), at, text: anyText }),
  ];
  const specific: fc.Arbitrary<Mutation>[] = [];
  if (name.endsWith('.csv')) {
    const column = fc.nat({ max: 12 });
    const row = fc.nat({ max: 40 });
    const header = fc.oneof(
      fc.constantFrom('id', 'title', 'value', 'indicator_id', 'period', 'commentary', 'count', 'activity', 'month', 'status', 'term', 'scale',
        'Value', ' VALUE ', 'indicator id', 'Indicator-ID', '\ufeffid', '"id"', '', 'notes', '=cmd', '__proto__', 'constructor'),
      anyText,
    );
    specific.push(
      fc.record({ kind: fc.constant('csv-set-cell' as const), file: fc.constant(file), row, column, value: nasty }),
      fc.record({ kind: fc.constant('csv-set-cell' as const), file: fc.constant(file), row, column, value: anyText }),
      fc.record({ kind: fc.constant('csv-set-column' as const), file: fc.constant(file), column, value: nasty }),
      fc.record({ kind: fc.constant('csv-add-column' as const), file: fc.constant(file), column, header, value: nasty }),
      fc.record({ kind: fc.constant('csv-remove-column' as const), file: fc.constant(file), column }),
      fc.record({ kind: fc.constant('csv-move-column' as const), file: fc.constant(file), column, to: column }),
      fc.record({ kind: fc.constant('csv-rename-header' as const), file: fc.constant(file), column, header }),
      fc.record({ kind: fc.constant('csv-insert-cell' as const), file: fc.constant(file), row, column, value: nasty }),
      fc.record({ kind: fc.constant('csv-remove-cell' as const), file: fc.constant(file), row, column }),
      fc.record({ kind: fc.constant('csv-quote-all' as const), file: fc.constant(file) }),
    );
  }
  if (name.endsWith('.json')) {
    const token = fc.oneof(fc.constantFrom(...JSON_TOKENS), nasty.map((text) => JSON.stringify(text)));
    specific.push(
      fc.record({ kind: fc.constant('json-replace-value' as const), file: fc.constant(file), path: at, token }),
      fc.record({ kind: fc.constant('json-replace-value' as const), file: fc.constant(file), path: at, token }),
      fc.record({ kind: fc.constant('json-delete-key' as const), file: fc.constant(file), path: at }),
      fc.record({ kind: fc.constant('json-add-key' as const), file: fc.constant(file), path: at, key: fc.constantFrom(...JSON_KEYS), token }),
    );
  }
  if (name.endsWith('.md')) {
    specific.push(
      fc.record({ kind: fc.constant('yaml-front-matter' as const), file: fc.constant(file), line: fc.constantFrom(...YAML_LINES), keep: fc.boolean() }),
      fc.record({ kind: fc.constant('yaml-front-matter' as const), file: fc.constant(file), line: anyText.map((text) => `summary: ${text}`), keep: fc.boolean() }),
      fc.record({ kind: fc.constant('markdown-insert' as const), file: fc.constant(file), line: at, text: fc.constantFrom(...MARKDOWN_SNIPPETS) }),
      fc.record({ kind: fc.constant('markdown-insert' as const), file: fc.constant(file), line: at, text: anyText }),
    );
  }
  // Specific mutations are listed twice as often as general ones, so each kind of file gets its own kind of damage.
  return fc.oneof(...general, ...specific, ...specific);
}

/** Mutations of the folder: files removed, added, renamed, or turned into folders. */
export function folderMutation(fileCount: number): fc.Arbitrary<Mutation> {
  const file = fc.nat(fileCount - 1);
  return fc.oneof(
    fc.record({ kind: fc.constant('delete-file' as const), file }),
    fc.record({ kind: fc.constant('file-to-folder' as const), file }),
    fc.record({ kind: fc.constant('add-file' as const), name: fc.constantFrom(...FILE_NAMES), copyOf: file }),
    fc.record({ kind: fc.constant('rename-file' as const), file, name: fc.constantFrom(...FILE_NAMES) }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Applying mutations.

function encode(text: string, encoding: Encoding): Uint8Array {
  const units = (bigEndian: boolean, bom: boolean): Uint8Array => {
    const source = bom ? `\ufeff${text}` : text;
    const bytes = new Uint8Array(source.length * 2);
    for (let i = 0; i < source.length; i++) {
      const unit = source.charCodeAt(i);
      bytes[2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
      bytes[2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
    }
    return bytes;
  };
  switch (encoding) {
    case 'utf16le-bom': return units(false, true);
    case 'utf16le': return units(false, false);
    case 'utf16be-bom': return units(true, true);
    case 'utf16be': return units(true, false);
    case 'latin1':
      return Uint8Array.from([...text].map((char) => {
        const code = char.codePointAt(0) ?? 0x3f;
        return code <= 0xff ? code : 0x3f;
      }));
    case 'windows-1252-quotes': {
      // Curly quotes, dashes and the euro as Windows-1252 bytes: what "CSV (Comma delimited)" saves.
      const cp1252: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '€': 0x80 };
      const decorated = text.replace(/'/g, '\u2019').replace(/ - /g, ' \u2013 ');
      return Uint8Array.from([...decorated].map((char) => cp1252[char] ?? ((char.codePointAt(0) ?? 0x3f) <= 0xff ? char.codePointAt(0)! : 0x3f)));
    }
    case 'utf8-bom': return utf8.encode(`\ufeff${text}`);
    case 'utf8-double-bom': return utf8.encode(`\ufeff\ufeff${text}`);
    case 'utf32le-bom': {
      const points = [0xfeff, ...[...text].map((char) => char.codePointAt(0) ?? 0)];
      const bytes = new Uint8Array(points.length * 4);
      points.forEach((point, i) => new DataView(bytes.buffer).setUint32(i * 4, point, true));
      return bytes;
    }
  }
}

function splice(bytes: Uint8Array, start: number, deleteCount: number, insert: ArrayLike<number> = []): Uint8Array {
  const from = Math.min(start, bytes.length);
  const to = Math.min(bytes.length, from + deleteCount);
  const result = new Uint8Array(from + insert.length + (bytes.length - to));
  result.set(bytes.subarray(0, from), 0);
  result.set(insert, from);
  result.set(bytes.subarray(to), from + insert.length);
  return result;
}

/** Lines of bytes split at \n (each without its \n), and a way to join them again. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function joinLines(lines: readonly Uint8Array[]): Uint8Array {
  const total = lines.reduce((sum, line) => sum + line.length, 0) + Math.max(0, lines.length - 1);
  const result = new Uint8Array(total);
  let offset = 0;
  lines.forEach((line, index) => {
    result.set(line, offset);
    offset += line.length;
    if (index < lines.length - 1) result[offset++] = 0x0a;
  });
  return result;
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', header: false, skipEmptyLines: false }).data;
}

function csvText(rows: string[][], quotes = false): string {
  return `${Papa.unparse(rows, { delimiter: ',', newline: '\n', quotes })}\n`;
}

/** Every path in a JSON value, as a list of keys and indexes, root first. */
function jsonPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...jsonPaths(item, [...path, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...jsonPaths(item, [...path, key]));
  }
  return paths;
}

/**
 * JSON text for `value`, with the value at `target` written as the raw text `token` (which need not be JSON),
 * the key at `target` left out (`token` null), or, for `added`, an extra member in the object at `target`.
 */
function writeJson(value: unknown, target: readonly (string | number)[], edit: { token: string | null; added?: { key: string; token: string } }, path: (string | number)[] = [], indent = ''): string {
  const here = path.length === target.length && path.every((part, i) => part === target[i]);
  if (here && edit.added === undefined && edit.token !== null) return edit.token;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.flatMap((item, index) => {
      const childPath = [...path, index];
      const deleted = edit.token === null && edit.added === undefined && childPath.length === target.length && childPath.every((part, i) => part === target[i]);
      return deleted ? [] : [`${inner}${writeJson(item, target, edit, childPath, inner)}`];
    });
    if (here && edit.added) items.push(`${inner}${edit.added.token}`);
    return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).flatMap(([key, item]) => {
      const childPath = [...path, key];
      const deleted = edit.token === null && edit.added === undefined && childPath.length === target.length && childPath.every((part, i) => part === target[i]);
      return deleted ? [] : [`${inner}${JSON.stringify(key)}: ${writeJson(item, target, edit, childPath, inner)}`];
    });
    if (here && edit.added) members.push(`${inner}${JSON.stringify(edit.added.key)}: ${edit.added.token}`);
    return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function editJson(bytes: Uint8Array, mutation: { path: number }, edit: { token: string | null; added?: { key: string; token: string } }): Uint8Array {
  const text = decode(bytes);
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    const paths = jsonPaths(value);
    const target = paths[mutation.path % paths.length] ?? [];
    return utf8.encode(`${writeJson(value, target, edit)}\n`);
  } catch {
    // Already broken by an earlier mutation (or nested too deeply to walk here): splice the token into the text.
    const offset = mutation.path % (text.length + 1);
    return utf8.encode(`${text.slice(0, offset)}${edit.added?.token ?? edit.token ?? ''}${text.slice(offset)}`);
  }
}

/** The files a mutation with a `file` index can pick from: real files, in a fixed order. */
export function fileNames(tree: DataTree): string[] {
  return [...tree.keys()].filter((name) => tree.get(name) !== 'folder').sort();
}

/** A copy of `tree` with `mutation` applied. `file` indexes are taken modulo the number of files. */
export function applyMutation(tree: DataTree, mutation: Mutation): DataTree {
  const result = new Map(tree);
  if (mutation.kind === 'add-file') {
    const names = fileNames(tree);
    const source = names.length > 0 ? tree.get(names[mutation.copyOf % names.length]!) : undefined;
    result.set(mutation.name, source instanceof Uint8Array ? source : new Uint8Array());
    return result;
  }
  const names = fileNames(tree);
  if (names.length === 0) return result;
  const name = names[mutation.file % names.length]!;
  const bytes = tree.get(name) as Uint8Array;
  const position = (offset: number) => offset % (bytes.length + 1);
  const lines = () => byteLines(bytes);
  const lineIndex = (lineCount: number, index: number) => index % Math.max(1, lineCount);
  let updated: Uint8Array;

  switch (mutation.kind) {
    case 'delete-file':
      result.delete(name);
      return result;
    case 'file-to-folder':
      result.set(name, 'folder');
      return result;
    case 'rename-file':
      result.delete(name);
      result.set(mutation.name, bytes);
      return result;
    case 'flip-bit': {
      if (bytes.length === 0) return result;
      updated = bytes.slice();
      const i = mutation.at % bytes.length;
      updated[i] = updated[i]! ^ (1 << mutation.bit);
      break;
    }
    case 'set-byte': {
      if (bytes.length === 0) return result;
      updated = bytes.slice();
      updated[mutation.at % bytes.length] = mutation.byte;
      break;
    }
    case 'insert-bytes':
      updated = splice(bytes, position(mutation.at), 0, mutation.bytes);
      break;
    case 'delete-bytes':
      updated = splice(bytes, position(mutation.at), mutation.length);
      break;
    case 'truncate':
      updated = bytes.slice(0, position(mutation.at));
      break;
    case 'insert-invalid-utf8':
      updated = splice(bytes, position(mutation.at), 0, INVALID_UTF8[mutation.sequence % INVALID_UTF8.length] ?? []);
      break;
    case 're-encode':
      updated = encode(decode(bytes), mutation.encoding);
      break;
    case 'duplicate-line': {
      const all = lines();
      const i = lineIndex(all.length, mutation.line);
      all.splice(i, 0, all[i]!);
      updated = joinLines(all);
      break;
    }
    case 'delete-line': {
      const all = lines();
      all.splice(lineIndex(all.length, mutation.line), 1);
      updated = joinLines(all);
      break;
    }
    case 'swap-lines': {
      const all = lines();
      const i = lineIndex(all.length, mutation.line);
      const j = lineIndex(all.length, mutation.other);
      [all[i], all[j]] = [all[j]!, all[i]!];
      updated = joinLines(all);
      break;
    }
    case 'insert-line': {
      const all = lines();
      all.splice(mutation.line % (all.length + 1), 0, utf8.encode(mutation.text));
      updated = joinLines(all);
      break;
    }
    case 'replace-line': {
      const all = lines();
      all[lineIndex(all.length, mutation.line)] = utf8.encode(mutation.text);
      updated = joinLines(all);
      break;
    }
    case 'join-lines': {
      const all = lines();
      const i = lineIndex(all.length - 1, mutation.line);
      if (all.length < 2) return result;
      all.splice(i, 2, Uint8Array.from([...all[i]!, ...all[i + 1]!]));
      updated = joinLines(all);
      break;
    }
    case 'line-endings':
      updated = utf8.encode(decode(bytes).replace(/\r?\n/g, mutation.ending));
      break;
    case 'insert-text':
      updated = splice(bytes, position(mutation.at), 0, utf8.encode(mutation.text));
      break;
    case 'csv-set-cell':
    case 'csv-set-column':
    case 'csv-add-column':
    case 'csv-remove-column':
    case 'csv-move-column':
    case 'csv-rename-header':
    case 'csv-insert-cell':
    case 'csv-remove-cell':
    case 'csv-quote-all': {
      const rows = csvRows(decode(bytes));
      if (rows.length === 0) return result;
      const width = Math.max(1, ...rows.map((row) => row.length));
      const rowAt = (index: number) => rows[index % rows.length]!;
      switch (mutation.kind) {
        case 'csv-set-cell': {
          const row = rowAt(mutation.row);
          row[mutation.column % Math.max(1, row.length)] = mutation.value;
          break;
        }
        case 'csv-set-column':
          rows.slice(1).forEach((row) => { row[mutation.column % width] = mutation.value; });
          break;
        case 'csv-add-column':
          rows.forEach((row, index) => row.splice(Math.min(mutation.column, row.length), 0, index === 0 ? mutation.header : mutation.value));
          break;
        case 'csv-remove-column':
          rows.forEach((row) => row.splice(mutation.column % width, 1));
          break;
        case 'csv-move-column':
          rows.forEach((row) => {
            const [cell] = row.splice(mutation.column % width, 1);
            row.splice(mutation.to % width, 0, cell ?? '');
          });
          break;
        case 'csv-rename-header':
          rows[0]![mutation.column % Math.max(1, rows[0]!.length)] = mutation.header;
          break;
        case 'csv-insert-cell':
          rowAt(mutation.row).splice(mutation.column % width, 0, mutation.value);
          break;
        case 'csv-remove-cell':
          rowAt(mutation.row).splice(mutation.column % width, 1);
          break;
        case 'csv-quote-all':
          break;
      }
      updated = utf8.encode(csvText(rows, mutation.kind === 'csv-quote-all'));
      break;
    }
    case 'json-replace-value':
      updated = editJson(bytes, mutation, { token: mutation.token });
      break;
    case 'json-delete-key':
      updated = editJson(bytes, mutation, { token: null });
      break;
    case 'json-add-key':
      updated = editJson(bytes, mutation, { token: null, added: { key: mutation.key, token: mutation.token } });
      break;
    case 'yaml-front-matter': {
      const text = decode(bytes).split('\n');
      const close = text.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
      if (close > 0) {
        // Replace the front matter's contents, or add the line to them.
        text.splice(1, mutation.keep ? 0 : close - 1, mutation.line);
      } else {
        text.splice(1, 0, mutation.line);
      }
      updated = utf8.encode(text.join('\n'));
      break;
    }
    case 'markdown-insert': {
      const text = decode(bytes).split('\n');
      const close = text.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
      const first = close > 0 ? close + 1 : 0;
      const lineAt = first + (mutation.line % Math.max(1, text.length - first + 1));
      text.splice(lineAt, 0, mutation.text);
      updated = utf8.encode(text.join('\n'));
      break;
    }
  }
  result.set(name, updated);
  return result;
}

/** A short description of a mutation for failure messages (long texts are cut). */
export function describeMutation(tree: DataTree, mutation: Mutation): string {
  const names = fileNames(tree);
  const target = 'file' in mutation && names.length > 0 ? names[mutation.file % names.length] : undefined;
  const shown = JSON.stringify(mutation, (_key, value: unknown) =>
    (typeof value === 'string' && value.length > 80 ? `${value.slice(0, 60)}… (${value.length} characters)` : value));
  return target === undefined ? shown : `${target}: ${shown}`;
}
