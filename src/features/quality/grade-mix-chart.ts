// Grades before and after moderation for one activity: for each grade, its name (whole, on its own line), a
// bar for the auditor's count and a bar for the count after moderation, each named and labelled with its
// number, so neither colour nor a key is needed to read it.
import type { GradeMix, GradeScale } from '../../domain/quality/types.ts';
import type { Published } from '../../domain/quality/disclosure.ts';
import { WITHHELD } from '../../domain/quality/wording.ts';
import { barRowsChart } from './bar-rows.ts';
import { memoiseChart } from '../../charts/memo.ts';
import { VALUE_COLOUR } from '../../charts/palette.ts';

export const STAGES = ['Auditor', 'Moderated'] as const;
// Light and dark, so the two bars of a pair differ by more than 3:1 even without their labels; the light
// bar has a dark outline to stand out from the page.
export const STAGE_FILL: Record<(typeof STAGES)[number], string> = { Auditor: '#dee0e2', Moderated: VALUE_COLOUR };

export interface GradeMixChartInput {
  activity: string;
  scale: GradeScale;
  /** Grades as the auditors gave them; null where withheld under disclosure control (no bar, labelled c). */
  auditor: Published<GradeMix>;
  /** Final grades: the moderated grade where there is one. */
  final: Published<GradeMix>;
  summary: string;
}

/** Memoised: the same activity's chart is shown on its quality page and in the committee pack. */
export const gradeMixChart = memoiseChart(drawGradeMixChart);

function drawGradeMixChart(input: GradeMixChartInput): string {
  const { scale } = input;
  const counts = (grade: string) => [input.auditor[grade], input.final[grade]].map((c) => (c === undefined ? 0 : c));
  const max = Math.max(1, ...scale.grades.flatMap((g) => counts(g.id).map((c) => c ?? 0)));
  return barRowsChart(
    {
      max,
      boldFigures: true,
      groups: scale.grades.map((grade) => ({
        title: grade.label,
        bars: counts(grade.id).map((count, i) => ({ name: STAGES[i]!, value: count ?? 0, label: count === null ? WITHHELD : String(count), fill: STAGE_FILL[STAGES[i]!] })),
      })),
    },
    { label: `Chart: ${input.activity}, grades before and after moderation`, description: input.summary },
  );
}
