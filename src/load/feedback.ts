// feedback/<period>.csv (optional): feedback from children, young people, parents and carers in one quarter,
// one row per question put to one group in one way, with how many of those asked agreed.
import type { FeedbackRow } from '../domain/quality/types.ts';
import type { PeriodId } from '../domain/types.ts';
import { notANumberMessage, parseNumberText, readRequiredText, type Parsed } from './cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const FEEDBACK_DIR = 'feedback';

export const FEEDBACK_SPEC: CsvSpec = {
  required: ['source', 'method', 'question', 'agreed', 'asked'],
  optional: [],
};

/** A whole number of people, at least `least`; `fix` says what to write. */
function readPeople(cell: CsvCell, file: string, issues: ValidationIssue[], least: 0 | 1, fix: string): Parsed<number> {
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, `the number is blank. ${fix}.`));
    return { ok: false };
  }
  const parsed = parseNumberText(cell.text);
  if (!parsed) {
    issues.push(issue(file, cell.line, cell.column, `${notANumberMessage(cell.text, { example: '12' })} ${fix}.`));
    return { ok: false };
  }
  if (!Number.isInteger(parsed.value) || parsed.value < least) {
    const why = least === 1 && parsed.value === 0 ? ' (delete the row if nobody was asked)' : '';
    issues.push(issue(file, cell.line, cell.column, `"${cell.text}" cannot be a number of people. ${fix}${why}.`));
    return { ok: false };
  }
  return { ok: true, value: parsed.value };
}

export function readFeedback(table: CsvTable, period: PeriodId, issues: ValidationIssue[]): FeedbackRow[] {
  const file = table.file;
  const rows: FeedbackRow[] = [];
  const duplicates = new DuplicateRows(file, issues);
  for (const row of table.rows) {
    const before = issues.length;
    const source = readRequiredText(row.cell('source'), file, issues,
      'the source is blank. Write who gave the feedback, e.g. Children and young people, or Parents and carers.');
    const method = readRequiredText(row.cell('method'), file, issues,
      'the method is blank. Write how the feedback was gathered, e.g. Interview, Questionnaire or Telephone interview.');
    const questionCell = row.cell('question');
    const question = readRequiredText(questionCell, file, issues,
      'the question is blank. Write the statement people were asked about, e.g. I felt listened to.');
    const agreedCell = row.cell('agreed');
    const agreed = readPeople(agreedCell, file, issues, 0,
      'Write how many of those asked agreed, as a whole number of 0 or more, e.g. 12');
    const asked = readPeople(row.cell('asked'), file, issues, 1,
      'Write how many people were asked this question, as a whole number of 1 or more, e.g. 14');

    if (agreed.ok && asked.ok && agreed.value > asked.value) {
      issues.push(issue(file, agreedCell.line, agreedCell.column,
        `${agreed.value} agreed, but only ${asked.value} were asked. The number who agreed cannot be more than the number asked: check both figures.`));
    }
    if (source.ok && method.ok && question.ok) {
      duplicates.check([source.value, method.value, question.value], questionCell.line, questionCell, (earlier) =>
        `this question was already given for ${source.value} (${method.value}) on line ${earlier}. ` +
        'Give each question once for each source and method: add the two rows together, or delete one.');
    }
    if (issues.length === before && source.ok && method.ok && question.ok && agreed.ok && asked.ok) {
      rows.push({ period, source: source.value, method: method.value, question: question.value, agreed: agreed.value, asked: asked.value });
    }
  }
  return rows;
}
