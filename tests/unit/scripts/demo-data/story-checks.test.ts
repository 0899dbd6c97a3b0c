import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue, type Spec } from '../../../../scripts/demo-data/catalogue.ts';
import { quarterSeries } from '../../../../scripts/demo-data/front-door.ts';
import { generateFigures, type Figures } from '../../../../scripts/demo-data/series.ts';
import { brokenStories } from '../../../../scripts/demo-data/story-checks.ts';
import { ragOf } from '../../../../scripts/demo-data/targets.ts';

let specs: Spec[];
const check = (figures: Figures): string[] => {
  const rag = ragOf(figures);
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  return brokenStories(figures, (id, i) => rag(byId.get(id)!, i));
};

beforeAll(() => {
  specs = readCatalogue(quarterSeries());
});

describe('the demo\'s stories', () => {
  it('all hold for the catalogue\'s figures', () => {
    expect(check(generateFigures(specs))).toEqual([]);
  });

  it('name the story a changed figure no longer tells', () => {
    const figures = generateFigures(specs);
    figures.get('contacts')![12]!.value = 1;
    expect(check(figures)).toEqual(['contacts are higher than a year earlier in 2025-26 Q3']);
  });
});
