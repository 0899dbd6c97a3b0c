import { describe, expect, it } from 'vitest';
import { neighbourAverage } from '../../../../src/domain/benchmark/neighbours.ts';
import type { AreaFigure } from '../../../../src/domain/benchmark/types.ts';

const figure = (code: string, value: number | null): AreaFigure => ({ code, oldCode: '', name: code, value, numerator: null, denominator: null, file: 'f.csv', line: 2 });

describe('neighbourAverage', () => {
  const councils = new Map([figure('a', 10), figure('b', null), figure('c', 21), figure('z', 1000)].map((c) => [c.code, c]));

  it('is the mean of the neighbours\' published figures, of how many, leaving out the suppressed and the absent', () => {
    const average = neighbourAverage(['c', 'b', 'a', 'missing'], councils);
    expect(average.value).toBe(15.5);
    expect(average.of).toBe(2);
    // In the model's order, the suppressed one kept so a table can show it.
    expect(average.neighbours.map((n) => n.code)).toEqual(['c', 'b', 'a']);
  });

  it('carries no binary noise into the downloads', () => {
    const tenths = new Map([19.5, 20.3, 20.83].map((v, i) => [String(i), figure(String(i), v)]));
    expect(neighbourAverage(['0', '1', '2'], tenths).value).toBe(20.21);
  });

  it('is null of 0 when none published', () => {
    expect(neighbourAverage(['b'], councils)).toMatchObject({ value: null, of: 0 });
  });
});
