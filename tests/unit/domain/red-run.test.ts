import { describe, expect, it } from 'vitest';
import { redRun, type RagAt } from '../../../src/domain/red-run.ts';
import type { RagStatus } from '../../../src/domain/types.ts';

// Ratings by quarter for one indicator; a quarter left out has no quarter file.
function ragAt(ratings: Record<string, RagStatus>): RagAt {
  return (_id, period) => ratings[period] ?? null;
}

describe('redRun', () => {
  it('counts consecutive red quarters ending at the quarter, across a year end', () => {
    const ratings = ragAt({ '2024-25-Q2': 'amber', '2024-25-Q3': 'red', '2024-25-Q4': 'red', '2025-26-Q1': 'red' });
    expect(redRun(ratings, 'x', '2025-26-Q1')).toBe(3);
    expect(redRun(ratings, 'x', '2024-25-Q3')).toBe(1);
    expect(redRun(ratings, 'x', '2024-25-Q2')).toBe(0);
  });

  it('ends the run at a quarter with no figure (blank or suppressed), no target or no file', () => {
    expect(redRun(ragAt({ '2024-25-Q4': 'red', '2025-26-Q1': 'no_data', '2025-26-Q2': 'red' }), 'x', '2025-26-Q2')).toBe(1);
    expect(redRun(ragAt({ '2024-25-Q4': 'red', '2025-26-Q1': 'no_target', '2025-26-Q2': 'red' }), 'x', '2025-26-Q2')).toBe(1);
    expect(redRun(ragAt({ '2024-25-Q4': 'red', '2025-26-Q2': 'red' }), 'x', '2025-26-Q2')).toBe(1);
  });
});
