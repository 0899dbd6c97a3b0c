// publishedOnly: the published site holds nothing of a draft quarter, and everything else as it was.
import { describe, expect, it } from 'vitest';
import { publishedOnly } from '../../../src/domain/drafts.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { row } from '../../support/quality-fixtures.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

const PUBLISHED = '2025-26-Q3';
const DRAFT = '2025-26-Q4';

function withDraft(drafts: string[]): Dataset {
  const narrative = (period: string, image: string) => ({
    period, summary: `Summary ${period}`, sections: [{ heading: 'Findings', html: `<p><img src="/children/media/narrative/images/${image}" alt="Chart"></p>` }],
  });
  return makeDataset({
    site: makeSite({ drafts }),
    indicators: [makeIndicator()],
    targets: [targetRow(PUBLISHED, 80), targetRow(DRAFT, 85)],
    periods: [PUBLISHED, DRAFT],
    values: [quarterValue('assessments-45-days', PUBLISHED, 81), quarterValue('assessments-45-days', DRAFT, 90, { commentary: 'Draft words' })],
    comparatorValues: [{ indicatorId: 'assessments-45-days', comparatorId: 'england', period: DRAFT, value: 86 }],
    quality: {
      scales: [],
      ungraded: [
        { period: PUBLISHED, activity: 'Family support case audits', type: 'audit', count: 18, serviceArea: 'Early help', month: null },
        { period: DRAFT, activity: 'Family support case audits', type: 'audit', count: 24, serviceArea: 'Early help', month: null },
      ],
      audits: [row({ period: PUBLISHED, auditorGrade: 'good', moderatedGrade: null, count: 3 }), row({ period: DRAFT, auditorGrade: 'good', moderatedGrade: null, count: 4 })],
      domainGrades: [{ period: PUBLISHED, activity: 'Audits', domain: 'Voice', grade: 'good', count: 1 }, { period: DRAFT, activity: 'Audits', domain: 'Voice', grade: 'good', count: 2 }],
      feedback: [
        { period: PUBLISHED, source: 'Children', method: 'Interview', question: 'I felt listened to', agreed: 12, asked: 14 },
        { period: DRAFT, source: 'Children', method: 'Interview', question: 'I felt listened to', agreed: 9, asked: 10 },
      ],
      schedule: [{ month: '2026-02', activity: 'Audits', serviceArea: 'All', status: 'planned' }],
      actions: [
        { id: 'A1', title: 'Old', owner: '', raised: PUBLISHED, due: '2026-06-30', status: 'on_track', completed: null, indicators: [] },
        { id: 'A2', title: 'New', owner: '', raised: DRAFT, due: '2026-09-30', status: 'not_started', completed: null, indicators: [] },
      ],
      narratives: [narrative(PUBLISHED, 'shared.png'), narrative(DRAFT, 'draft-only.png'), narrative(DRAFT, 'shared.png')],
      media: [
        { path: 'narrative/images/shared.png', bytes: new Uint8Array([1]) },
        { path: 'narrative/images/draft-only.png', bytes: new Uint8Array([2]) },
      ],
    },
  });
}

describe('publishedOnly', () => {
  it('leaves out every quarter value, audit (graded or not), domain grade, narrative and action of a draft quarter', () => {
    const published = publishedOnly(withDraft([DRAFT]));
    expect(published.periods).toEqual([PUBLISHED]);
    expect(published.values.map((v) => v.period)).toEqual([PUBLISHED]);
    expect(published.quality.audits.map((a) => a.period)).toEqual([PUBLISHED]);
    expect(published.quality.ungraded.map((a) => [a.period, a.count])).toEqual([[PUBLISHED, 18]]);
    expect(published.quality.domainGrades.map((d) => d.period)).toEqual([PUBLISHED]);
    expect(published.quality.feedback.map((f) => f.period)).toEqual([PUBLISHED]);
    expect(published.quality.narratives.map((n) => n.period)).toEqual([PUBLISHED]);
    expect(published.quality.actions.map((a) => a.id)).toEqual(['A1']);
    // No page can list the drafts: the published site does not know there were any.
    expect(published.site.drafts).toEqual([]);
    expect(JSON.stringify({ ...published, targets: [], comparatorValues: [] })).not.toContain(DRAFT);
  });

  it('keeps the images a published narrative shows, and drops those only a draft shows', () => {
    expect(publishedOnly(withDraft([DRAFT])).quality.media.map((m) => m.path)).toEqual(['narrative/images/shared.png']);
  });

  it('keeps targets, comparators, the schedule and the rest of the settings', () => {
    const full = withDraft([DRAFT]);
    const published = publishedOnly(full);
    expect(published.targets).toEqual(full.targets);
    expect(published.comparatorValues).toEqual(full.comparatorValues);
    expect(published.quality.schedule).toEqual(full.quality.schedule);
    expect({ ...published.site, drafts: full.site.drafts }).toEqual(full.site);
  });

  it('returns the dataset unchanged when there are no drafts', () => {
    const full = withDraft([]);
    expect(publishedOnly(full)).toBe(full);
  });
});
