import { describe, expect, it } from 'vitest';
import {
  DIRECTION_WORDS,
  directionArrow,
  directionWord,
  judgementLabel,
  judgementPhrase,
  polarityLabel,
  RAG_LABELS,
  ragLabel,
  valueMovement,
} from '../../../src/domain/labels.ts';
import type { Direction, RagStatus } from '../../../src/domain/types.ts';

const statuses: RagStatus[] = ['green', 'amber', 'red', 'no_target', 'no_data'];

describe('RAG labels', () => {
  it('give a word, a meaning, a letter and a shape for each status', () => {
    expect(statuses.map((s) => ragLabel(s).label)).toEqual([
      'Green: target met',
      'Amber: close to target',
      'Red: target missed',
      'No target: a context measure',
      'No data: figure not available',
    ]);
    expect(statuses.map((s) => ragLabel(s).shape)).toEqual(['circle', 'triangle', 'diamond', 'ring', 'dash']);
    expect(statuses.map((s) => ragLabel(s).word)).toEqual(['Green', 'Amber', 'Red', 'No target', 'No data']);
    expect(statuses.map((s) => ragLabel(s).letter)).toEqual(['G', 'A', 'R', '–', '?']);
  });

  it('never share a letter or a shape, so colour is not the only signal', () => {
    const letters = new Set(Object.values(RAG_LABELS).map((l) => l.letter));
    const shapes = new Set(Object.values(RAG_LABELS).map((l) => l.shape));
    expect(letters.size).toBe(statuses.length);
    expect(shapes.size).toBe(statuses.length);
  });
});

describe('direction labels', () => {
  it('give words for every direction', () => {
    const directions: Direction[] = ['improving', 'worsening', 'up', 'down', 'no_change', 'not_applicable'];
    expect(directions.map((d) => directionWord(d))).toEqual(['Improving', 'Worsening', 'Up', 'Down', 'No change', 'Not applicable']);
    expect(Object.keys(DIRECTION_WORDS)).toHaveLength(6);
  });

  it('point the arrow the way the figure moved, whatever the polarity', () => {
    expect(directionArrow('worsening', 'lower_is_better')).toBe('↑');
    expect(directionArrow('improving', 'lower_is_better')).toBe('↓');
    expect(directionArrow('improving', 'higher_is_better')).toBe('↑');
    expect(directionArrow('worsening', 'higher_is_better')).toBe('↓');
    expect(directionArrow('up', 'neutral')).toBe('↑');
    expect(directionArrow('down', 'neutral')).toBe('↓');
    expect(directionArrow('no_change', 'higher_is_better')).toBe('→');
    expect(directionArrow('not_applicable', 'neutral')).toBe('–');
  });

  it('say which way the value moved, which depends on polarity for improving and worsening', () => {
    expect(valueMovement('improving', 'higher_is_better')).toBe('rose');
    expect(valueMovement('improving', 'lower_is_better')).toBe('fell');
    expect(valueMovement('worsening', 'higher_is_better')).toBe('fell');
    expect(valueMovement('worsening', 'lower_is_better')).toBe('rose');
    expect(valueMovement('up', 'neutral')).toBe('rose');
    expect(valueMovement('down', 'neutral')).toBe('fell');
    expect(valueMovement('no_change', 'higher_is_better')).toBe('unchanged');
    expect(valueMovement('not_applicable', 'lower_is_better')).toBeNull();
  });
});

describe('judgement labels', () => {
  it('give comparison words', () => {
    expect(judgementLabel('better')).toBe('Better than');
    expect(judgementLabel('similar')).toBe('Similar to');
    expect(judgementLabel('worse')).toBe('Worse than');
    expect(judgementLabel('higher')).toBe('Higher than');
    expect(judgementLabel('lower')).toBe('Lower than');
    expect(judgementLabel('not_applicable')).toBe('No comparison');
  });

  it('make a phrase with the comparator', () => {
    expect(judgementPhrase('better', 'England')).toBe('Better than England');
    expect(judgementPhrase('similar', 'Statistical neighbours')).toBe('Similar to Statistical neighbours');
    expect(judgementPhrase('not_applicable', 'England')).toBe('No comparison with England');
  });
});

describe('polarity labels', () => {
  it('explain polarity in words', () => {
    expect(polarityLabel('higher_is_better')).toBe('Higher is better');
    expect(polarityLabel('lower_is_better')).toBe('Lower is better');
    expect(polarityLabel('neutral')).toMatch(/^Context/);
  });
});
