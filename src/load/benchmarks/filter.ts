// benchmarks.csv's filter: which rows of DfE's file hold the indicator. EES files put several breakdowns in one
// file (a category, a characteristic), each a column; `category=Referrals and Re-referrals;characteristic=Total`
// picks the rows where every named column has that value.
export type FilterRead = { ok: true; filter: Record<string, string> } | { ok: false; message: string };

const HOW = 'Write the filter as column=value pairs joined by ;, e.g. category=Referrals and Re-referrals, or leave it blank when the file has one row for each area and year.';

export function parseFilter(text: string): FilterRead {
  const filter: Record<string, string> = {};
  if (text.trim() === '') return { ok: true, filter };
  for (const part of text.split(';')) {
    if (part.trim() === '') return { ok: false, message: `the filter "${text}" has an empty part between two ; signs. ${HOW}` };
    const equals = part.indexOf('=');
    const column = equals < 0 ? '' : part.slice(0, equals).trim().toLowerCase();
    const value = equals < 0 ? '' : part.slice(equals + 1).trim();
    if (column === '' || value === '') return { ok: false, message: `"${part.trim()}" is not written column=value. ${HOW}` };
    if (column in filter) return { ok: false, message: `the column "${column}" is given twice in the filter; a row has one value in each column. ${HOW}` };
    filter[column] = value;
  }
  return { ok: true, filter };
}
