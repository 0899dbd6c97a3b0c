// Reading a grade id from a CSV cell against the scale the row uses.
import type { GradeScale } from '../domain/quality/types.ts';
import { closestId, type Parsed } from './cells.ts';
import type { CsvCell } from './csv.ts';
import { orList } from './dates.ts';
import { GRADE_SCALES_FILE, normaliseGrade, type ScaleCatalogue } from './grade-scales.ts';
import { issue, type ValidationIssue } from './issue.ts';

/** The grade of `scale` that `text` names: its id, ignoring capitals and treating spaces and hyphens as _. */
export function findGrade(scale: GradeScale, text: string): string | null {
  const wanted = normaliseGrade(text);
  return scale.grades.find((grade) => normaliseGrade(grade.id) === wanted)?.id ?? null;
}

function gradeList(scale: GradeScale): string {
  return orList(scale.grades.map((grade) => grade.id));
}

/** Says where the row's scale comes from when it is not the row's own scale column, e.g. `"Case file audits" uses ... in audits/2024-25-Q1.csv`. */
export interface ScaleSource {
  /** e.g. `"Case file audits"`. */
  owner: string;
  /** e.g. `audits/2024-25-Q1.csv`. */
  file: string;
}

/** Why `text` is not a grade of `scale`, with the most likely fix first. */
function unknownGradeMessage(text: string, scale: GradeScale, catalogue: ScaleCatalogue, source: ScaleSource | undefined): string {
  const base = `"${text}" is not a grade of the "${scale.id}" scale in ${GRADE_SCALES_FILE}.`;
  const byLabel = scale.grades.find((grade) => normaliseGrade(grade.label) === normaliseGrade(text));
  if (byLabel) return `${base} "${text}" is the label readers see; in the data write the grade's id, ${byLabel.id}.`;
  for (const other of catalogue.scales.values()) {
    if (other.id === scale.id) continue;
    const elsewhere = findGrade(other, text)
      ?? other.grades.find((grade) => normaliseGrade(grade.label) === normaliseGrade(text))?.id
      ?? null;
    if (elsewhere !== null) {
      if (source) {
        return `"${text}" is a grade of the "${other.id}" scale, but ${source.owner} uses the "${scale.id}" scale in ${source.file}. ` +
          `Write one of ${gradeList(scale)}.`;
      }
      return `"${text}" is a grade of the "${other.id}" scale, but this row uses the "${scale.id}" scale. ` +
        `Write one of ${gradeList(scale)}, or correct the scale column if the row belongs to the "${other.id}" scale.`;
    }
  }
  const suggestion = closestId(text, scale.grades.map((grade) => grade.id));
  return `${base}${suggestion ? ` Did you mean ${suggestion}?` : ''} Write one of ${gradeList(scale)}.`;
}

/**
 * Reads a grade. `scale` undefined means the row's scale is unknown or unusable, so only blankness is checked.
 * `blank` null means blank is allowed (→ null); otherwise it is the message for a blank cell, without a full stop
 * (the scale's grades are added).
 */
export function readGrade(
  cell: CsvCell, file: string, issues: ValidationIssue[],
  scale: GradeScale | undefined, catalogue: ScaleCatalogue | null, blank: string | null, source?: ScaleSource,
): Parsed<string | null> {
  if (cell.text === '') {
    if (blank === null) return { ok: true, value: null };
    issues.push(issue(file, cell.line, cell.column, `${blank}${scale ? `: one of ${gradeList(scale)}` : ''}.`));
    return { ok: false };
  }
  if (scale === undefined || catalogue === null) return { ok: true, value: cell.text };
  const found = findGrade(scale, cell.text);
  if (found !== null) return { ok: true, value: found };
  issues.push(issue(file, cell.line, cell.column, unknownGradeMessage(cell.text, scale, catalogue, source)));
  return { ok: false };
}
