import { describe, expect, it } from 'vitest';
import { directionOfTravel } from '../../../src/domain/direction.ts';

describe('directionOfTravel', () => {
  it('higher is better: a rise improves, a fall worsens', () => {
    expect(directionOfTravel(80, 75, 'higher_is_better')).toBe('improving');
    expect(directionOfTravel(70, 75, 'higher_is_better')).toBe('worsening');
  });

  it('lower is better: a fall improves, a rise worsens', () => {
    expect(directionOfTravel(20, 22, 'lower_is_better')).toBe('improving');
    expect(directionOfTravel(24, 22, 'lower_is_better')).toBe('worsening');
  });

  it('neutral: up or down only', () => {
    expect(directionOfTravel(530, 520, 'neutral')).toBe('up');
    expect(directionOfTravel(510, 520, 'neutral')).toBe('down');
  });

  it.each(['higher_is_better', 'lower_is_better', 'neutral'] as const)('%s: equal values are no_change', (polarity) => {
    expect(directionOfTravel(75, 75, polarity)).toBe('no_change');
    expect(directionOfTravel(0, 0, polarity)).toBe('no_change');
  });

  it.each(['higher_is_better', 'lower_is_better', 'neutral'] as const)('%s: not_applicable when either is missing', (polarity) => {
    expect(directionOfTravel(null, 75, polarity)).toBe('not_applicable');
    expect(directionOfTravel(75, null, polarity)).toBe('not_applicable');
    expect(directionOfTravel(null, null, polarity)).toBe('not_applicable');
  });

  it('treats zero as a value, not as missing', () => {
    expect(directionOfTravel(0, 5, 'lower_is_better')).toBe('improving');
    expect(directionOfTravel(5, 0, 'higher_is_better')).toBe('improving');
  });
});
