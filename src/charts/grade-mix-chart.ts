// Grades before and after moderation for one activity: for each grade, a bar for the auditor's count and
// a bar for the count after moderation, each labelled with its number, so neither colour nor a key is
// needed to read it.
import * as Plot from '@observablehq/plot';
import type { GradeMix, GradeScale } from '../domain/quality/types.ts';
import { memoiseChart } from './memo.ts';
import { renderPlot } from './render.ts';
import { INK, VALUE_COLOUR } from './palette.ts';

export const STAGES = ['Auditor', 'Moderated'] as const;
// Light and dark, so the two bars of a pair differ by more than 3:1 even without their labels; the light
// bar has a dark outline to stand out from the page.
export const STAGE_FILL: Record<(typeof STAGES)[number], string> = { Auditor: '#dee0e2', Moderated: VALUE_COLOUR };

export interface GradeMixChartInput {
  activity: string;
  scale: GradeScale;
  /** Grades as the auditors gave them. */
  auditor: GradeMix;
  /** Final grades: the moderated grade where there is one. */
  final: GradeMix;
  summary: string;
}

/** Memoised: the same activity's chart is shown on its quality page and in the committee pack. */
export const gradeMixChart = memoiseChart(drawGradeMixChart);

function drawGradeMixChart(input: GradeMixChartInput): string {
  const { scale } = input;
  const data = scale.grades.flatMap((grade) => [
    { grade: grade.label, stage: STAGES[0], count: input.auditor[grade.id] ?? 0 },
    { grade: grade.label, stage: STAGES[1], count: input.final[grade.id] ?? 0 },
  ]);
  const max = Math.max(1, ...data.map((d) => d.count));
  return renderPlot(
    {
      width: 720,
      height: 300,
      marginTop: 44,
      marginBottom: 32,
      marginLeft: 44,
      fx: { domain: scale.grades.map((g) => g.label), label: null, padding: 0.15 },
      x: { domain: [...STAGES], label: null, padding: 0.1 },
      y: { domain: [0, max * 1.15], label: 'Number of audits', labelArrow: 'none', grid: true, nice: true },
      color: { type: 'identity' },
      marks: [
        Plot.axisFx({ anchor: 'top', lineWidth: 12, label: null }),
        Plot.barY(data, { fx: 'grade', x: 'stage', y: 'count', fill: (d: { stage: keyof typeof STAGE_FILL }) => STAGE_FILL[d.stage], stroke: INK, strokeWidth: 1 }),
        Plot.text(data, { fx: 'grade', x: 'stage', y: 'count', text: (d: { count: number }) => String(d.count), dy: -8, fill: INK, fontWeight: 'bold' }),
        Plot.ruleY([0], { stroke: INK }),
      ],
    },
    { label: `Chart: ${input.activity}, grades before and after moderation`, description: input.summary },
  );
}
