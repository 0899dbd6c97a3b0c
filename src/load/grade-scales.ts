// grade-scales.json (needed once there are audit files): the grade scales audits are graded on, best grade first.
import { z } from 'zod';
import { DEFAULT_HEADLINE, type GradeScale } from '../domain/quality/types.ts';
import { ID_PATTERN, idProblem } from './cells.ts';
import { FirstSeen } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { locateJson, readJsonFile, requiredText } from './json-file.ts';
import { jsonPath } from './json.ts';

export const GRADE_SCALES_FILE = 'grade-scales.json';

const EXAMPLES = {
  scale: '{ "id": "ofsted", "label": "Ofsted four-point scale", "grades": [ ... ] }',
  grade: '{ "id": "good", "label": "Good", "good": true }',
} as const;

/** How grade text in a CSV is compared with a grade id: capitals ignored, spaces and hyphens count as _. */
export function normaliseGrade(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const idText = (example: string) => requiredText('id', example).superRefine((id, context) => {
  const problem = idProblem(id);
  if (problem !== '') context.addIssue({ code: 'custom', message: problem });
});

const gradeSchema = z.object(
  {
    id: idText('"id": "good" (lower-case letters, digits, - and _ only)'),
    label: requiredText('label', '"label": "Good" (the name readers see)'),
    good: z.boolean({
      error: (problem) => (problem.input === undefined
        ? '"good" is missing. Add "good": true for a grade that counts as good or better, or "good": false for one that does not.'
        : '"good" must be true or false, in lower case without quotes.'),
    }),
  },
  { error: `each grade must be written as ${EXAMPLES.grade}.` },
);

const scaleSchema = z.object(
  {
    id: idText('"id": "ofsted" (lower-case letters, digits, - and _ only)'),
    label: requiredText('label', '"label": "Ofsted four-point scale" (the name readers see)'),
    grades: z
      .array(gradeSchema, {
        error: (problem) => (problem.input === undefined
          ? `"grades" is missing. Add the scale's grades, best first, e.g. "grades": [${EXAMPLES.grade}, ...]`
          : `"grades" must be a list in square brackets, best grade first, e.g. "grades": [${EXAMPLES.grade}, ...]`),
      })
      .min(2, { error: '"grades" needs at least two grades, best first, e.g. Good and Inadequate.' }),
    // Optional: the scale's own words for its pass line, as the council's reports say it.
    headline: z
      .string({ error: '"headline" must be text in double quotes, e.g. "headline": "adequate or good" (the words for the grades marked "good": true).' })
      .trim()
      .min(1, { error: `"headline" is empty. Write the words for the grades marked "good": true, e.g. "headline": "adequate or good", or leave "headline" out to use "${DEFAULT_HEADLINE}".` })
      .default(DEFAULT_HEADLINE),
  },
  { error: `each scale must be written as ${EXAMPLES.scale}.` },
);

const fileSchema = z
  .array(scaleSchema, { error: `grade-scales.json must hold a list of scales between [ and ], e.g. [ ${EXAMPLES.scale} ].` })
  .min(1, { error: `the list of scales is empty. Add at least one scale, e.g. [ ${EXAMPLES.scale} ], or delete grade-scales.json if you publish no audits.` });

interface Problem {
  path: PropertyKey[];
  message: string;
}

function field(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>)[key] : undefined;
}

/** A well-formed id, trimmed, or null. */
function readableId(item: unknown): string | null {
  const id = field(item, 'id');
  return typeof id === 'string' && ID_PATTERN.test(id.trim()) ? id.trim() : null;
}

/**
 * Checks across items, done on the raw JSON rather than in the schema so that they are reported in the same
 * run as any other problem in the same scale (zod skips refinements of a list whose items have problems).
 */
function crossChecks(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(value)) return problems;
  const firstScale = new FirstSeen<number>();
  (value as unknown[]).forEach((scale, scaleIndex) => {
    const id = readableId(scale);
    if (id !== null) {
      const earlier = firstScale.before(id, scaleIndex);
      if (earlier !== undefined) {
        problems.push({ path: [scaleIndex, 'id'], message: `the scale id "${id}" is used twice (scales ${earlier + 1} and ${scaleIndex + 1} in the list). Give each scale its own id.` });
      }
    }
    const grades = field(scale, 'grades');
    if (!Array.isArray(grades)) return;
    const firstGrade = new FirstSeen<{ index: number; id: string }>();
    let notGood: { index: number; id: string } | null = null;
    (grades as unknown[]).forEach((grade, index) => {
      const gradeId = readableId(grade);
      if (gradeId === null) return;
      const earlier = firstGrade.before(normaliseGrade(gradeId), { index, id: gradeId });
      if (earlier !== undefined) {
        const why = earlier.id === gradeId
          ? `is used twice in this scale (grades ${earlier.index + 1} and ${index + 1})`
          : `is too like "${earlier.id}" (grade ${earlier.index + 1}): grades are matched ignoring capitals, - and _`;
        problems.push({ path: [scaleIndex, 'grades', index, 'id'], message: `the grade id "${gradeId}" ${why}. Give each grade its own id.` });
      }
      const good = field(grade, 'good');
      if (good === false && notGood === null) notGood = { index, id: gradeId };
      if (good === true && notGood !== null) {
        problems.push({
          path: [scaleIndex, 'grades', index, 'good'],
          message: `"${gradeId}" counts as good but comes after "${notGood.id}", which does not. ` +
            'List grades best first, so every grade with "good": true comes before those with "good": false.',
        });
      }
    });
  });
  return problems;
}

export interface ScaleCatalogue {
  /** Scales with no problems, by id, in file order. */
  scales: Map<string, GradeScale>;
  /**
   * Every scale id that could be read, even from a scale with other problems, so audit files are not flooded
   * with "unknown scale" errors; grades are only checked against the scales in `scales`.
   */
  ids: Set<string>;
}

/** Reads grade-scales.json; null when it cannot be read at all (then audit scales and grades are not checked). */
export function readGradeScales(source: string, issues: ValidationIssue[], file = GRADE_SCALES_FILE): ScaleCatalogue | null {
  const json = readJsonFile(source, file, issues, {
    contents: `a list of grade scales between [ and ], e.g. [ ${EXAMPLES.scale} ]`,
    trailing: 'there is more text after the closing ] of the list of scales. Remove it, or move it inside the [ ].',
  });
  if (json === null) return null;
  const result = fileSchema.safeParse(json.value);
  const problems: Problem[] = [...(result.success ? [] : result.error.issues), ...crossChecks(json.value)];
  if (problems.length === 0 && result.success) {
    const scales = new Map(result.data.map((scale) => [scale.id, scale] as const));
    return { scales, ids: new Set(scales.keys()) };
  }
  const located = problems
    .map((problem) => ({ ...problem, line: locateJson(json, problem.path) }))
    .sort((a, b) => a.line - b.line);
  for (const problem of located) {
    issues.push(issue(file, problem.line, problem.path.length > 0 ? jsonPath(problem.path) : null, problem.message));
  }
  if (!Array.isArray(json.value) || problems.some((problem) => problem.path.length === 0)) return null;
  const bad = new Set(problems.map((problem) => problem.path[0]));
  const scales = new Map<string, GradeScale>();
  const ids = new Set<string>();
  (json.value as unknown[]).forEach((item, index) => {
    const id = readableId(item);
    if (id !== null) ids.add(id);
    if (bad.has(index)) return;
    const scale = scaleSchema.safeParse(item);
    if (scale.success) scales.set(scale.data.id, scale.data);
  });
  return { scales, ids };
}
