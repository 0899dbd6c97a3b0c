// WCAG 2.2 1.4.11: graphical objects need 3:1 against what they sit next to. These are the pairs that
// actually touch in our charts.
import { describe, expect, it } from 'vitest';
import { STAGE_FILL } from '../../../src/features/quality/grade-mix-chart.ts';
import { INK, RAG_FILL, SERIES_STYLES, TARGET_COLOUR, VALUE_COLOUR } from '../../../src/charts/palette.ts';
import { contrast } from './contrast.ts';

const WHITE = '#ffffff';

describe('chart colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast(INK, WHITE)).toBeGreaterThan(19);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 1);
  });

  it('draws every line at 3:1 or more against the white chart panel', () => {
    for (const colour of [VALUE_COLOUR, TARGET_COLOUR, ...SERIES_STYLES.map((s) => s.colour)]) {
      expect(contrast(colour, WHITE), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('outlines RAG markers in ink, and every fill stands 3:1 apart from that outline', () => {
    for (const [rag, fill] of Object.entries(RAG_FILL)) expect(contrast(fill, INK), rag).toBeGreaterThanOrEqual(3);
  });

  it('keeps the two bars of each grade 3:1 apart, so before and after can be told apart', () => {
    expect(contrast(STAGE_FILL.Auditor, STAGE_FILL.Moderated)).toBeGreaterThanOrEqual(3);
    // The pale bar is outlined in ink against the white panel.
    expect(contrast(STAGE_FILL.Auditor, INK)).toBeGreaterThanOrEqual(3);
  });
});
