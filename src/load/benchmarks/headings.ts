// The headings of a file DfE publishes, read before the file itself: its columns are DfE's, so every heading the
// site does not need is expected and read without a warning (csv.ts warns about any heading it is not told of).
import Papa from 'papaparse';

/** The first line's headings, trimmed and in lower case as csv.ts reads them; a byte-order mark is dropped. */
export function headings(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  return (Papa.parse<string[]>(first, { delimiter: ',' }).data[0] ?? []).map((name) => name.trim().toLowerCase());
}
