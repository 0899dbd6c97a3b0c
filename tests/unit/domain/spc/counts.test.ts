import { describe, expect, it } from 'vitest';
import { spcCounts } from '../../../../src/domain/spc/counts.ts';
import type { SpcReading } from '../../../../src/domain/spc/reading.ts';

const read = (variation: 'common_cause' | 'improvement' | 'concern' | 'neutral_high' | 'neutral_low'): { spc: SpcReading } => ({
  spc: { kind: 'spc', variation, rule: variation === 'common_cause' ? null : 'outside_limits', assurance: null, processChanged: false },
});

describe('spcCounts', () => {
  it('counts each reading once: concerns, improvements, unusual context measures, normal variation and the rest', () => {
    const rows = [
      read('concern'), read('improvement'), read('improvement'), read('neutral_high'), read('neutral_low'), read('common_cause'),
      { spc: { kind: 'too_few', values: 9, needed: 12 } as SpcReading },
      { spc: { kind: 'no_value', assurance: 'inconsistent' } as SpcReading },
    ];
    expect(spcCounts(rows)).toEqual({ concern: 1, improvement: 2, neutral: 2, commonCause: 1, notRead: 2 });
  });

  it('gives zeros for an empty quarter', () => {
    expect(spcCounts([])).toEqual({ concern: 0, improvement: 0, neutral: 0, commonCause: 0, notRead: 0 });
  });
});
