// glossary.csv (optional): abbreviations and terms readers may not know.
import type { GlossaryEntry } from '../domain/types.ts';
import { readRequiredText } from './cells.ts';
import type { CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import type { ValidationIssue } from './issue.ts';

export const GLOSSARY_FILE = 'glossary.csv';

export const GLOSSARY_SPEC: CsvSpec = {
  required: ['term', 'expansion'],
  optional: ['definition'],
};

export function readGlossary(table: CsvTable, issues: ValidationIssue[]): GlossaryEntry[] {
  const file = table.file;
  const entries: GlossaryEntry[] = [];
  const duplicates = new DuplicateRows(file, issues);

  for (const row of table.rows) {
    const before = issues.length;
    const termCell = row.cell('term');
    const term = readRequiredText(termCell, file, issues, 'the term is blank. Write the abbreviation or term being explained, e.g. CiC.');
    if (term.ok) {
      duplicates.check(term.value, row.line, termCell, (earlier) =>
        `"${term.value}" is already in the glossary on line ${earlier}. Keep one row per term: merge the two rows and delete one.`);
    }
    const expansion = readRequiredText(row.cell('expansion'), file, issues,
      'the expansion is blank. Write what the term stands for, e.g. Child in care for CiC (or the term again if it is not an abbreviation).');
    if (issues.length === before && term.ok && expansion.ok) {
      entries.push({ term: term.value, expansion: expansion.value, definition: row.cell('definition').text });
    }
  }
  return entries;
}
