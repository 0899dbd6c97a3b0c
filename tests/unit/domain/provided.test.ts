import { describe, expect, it } from 'vitest';
import { andList, indicatorPageContents, packContents, provided } from '../../../src/domain/provided.ts';
import type { Dataset } from '../../../src/domain/types.ts';

type Parts = Pick<Dataset, 'site' | 'targets' | 'quality' | 'glossary'>;

const NO_QUALITY: Dataset['quality'] = { scales: [], audits: [], ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] };

// Nottinghamshire's Q4 2013/14 report (seed 003): no comparators, no targets, no action plan, no glossary.
function council(overrides: Partial<{ comparators: number; targets: number; quality: Partial<Dataset['quality']>; glossary: number }> = {}): Parts {
  return {
    site: { comparators: Array.from({ length: overrides.comparators ?? 0 }, (_, i) => ({ id: `c${i}`, label: `C${i}` })) } as Dataset['site'],
    targets: Array.from({ length: overrides.targets ?? 0 }, () => ({ indicatorId: 'a', period: '2013-14-Q4', target: 80, operator: null, amber: null })),
    quality: { ...NO_QUALITY, ...overrides.quality },
    glossary: Array.from({ length: overrides.glossary ?? 0 }, () => ({ term: 'CAF', expansion: 'Common Assessment Framework', definition: '' })) as Dataset['glossary'],
  };
}

describe('provided: which optional files a council gave', () => {
  it('a minimal council (site.json, indicators.csv, one quarter) provides none of them', () => {
    expect(provided(council())).toEqual({ comparators: false, targets: false, quality: false, schedule: false, actions: false, glossary: false });
  });

  it('quality assurance counts once there are audits or a narrative; a schedule or actions alone are not results', () => {
    const audit = { activity: "Children's Social Care case file audits", period: '2013-14-Q4' } as Dataset['quality']['audits'][number];
    const narrative = { period: '2013-14-Q4' } as Dataset['quality']['narratives'][number];
    expect(provided(council({ quality: { audits: [audit] } })).quality).toBe(true);
    expect(provided(council({ quality: { narratives: [narrative] } })).quality).toBe(true);
    const planOnly = provided(council({ quality: { schedule: [{}] as Dataset['quality']['schedule'], actions: [{}] as Dataset['quality']['actions'] } }));
    expect(planOnly).toMatchObject({ quality: false, schedule: true, actions: true });
  });

  it('a council like the demo provides every part', () => {
    expect(provided(council({ comparators: 3, targets: 2, glossary: 1 }))).toMatchObject({ comparators: true, targets: true, glossary: true });
  });
});

describe('the sentences that list what a page holds', () => {
  it('name only the parts there are', () => {
    expect(packContents({ actions: true }, true)).toBe('the headlines, RAG grid, quality assurance and actions');
    expect(packContents({ actions: false }, true)).toBe('the headlines, RAG grid and quality assurance');
    expect(packContents({ actions: false }, false)).toBe('the headlines and RAG grid');
    expect(indicatorPageContents({ targets: true, comparators: true })).toBe('its trend over every quarter, its target and how it compares with other areas');
    expect(indicatorPageContents({ targets: false, comparators: false })).toBe('its trend over every quarter');
    expect(indicatorPageContents({ targets: true, comparators: false })).toBe('its trend over every quarter and its target');
  });

  it('andList joins with commas and a final "and"', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
