// What the published API says: /api/scorecard/<period>.json gives every figure a page shows for the quarter, with
// its target, rating, comparisons and earlier published values; /api/indicators.json what each indicator measures;
// /api/audits/<period>.json the quarter's audits. (scorecards.csv: tests/unit/site/open-data/scorecards-table.test.ts.)
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { qualityReport } from '../../../src/domain/quality/report.ts';
import { revisionsFromSnapshots, type Snapshot } from '../../../src/domain/revisions.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import { auditsJson, indicatorsJson, jsonResponse, scorecardJson } from '../../../src/site/api.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../support/domain-fixtures.ts';
import { row, scales } from '../../support/quality-fixtures.ts';
import { scorecardDataset, scorecardIndex } from '../../support/scorecard-fixture.ts';

const noHistory = { dataCommit: null, revisions: { events: [], versions: new Map() } };

describe('scorecardJson', () => {
  const json = scorecardJson(buildScorecard(scorecardIndex, '2023-24-Q2'), 'OGL', noHistory);
  const assessments = json.indicators.find((i) => i.id === 'assessments')!;

  it('names the quarter, its neighbours for paging and the licence, and counts each rating', () => {
    expect(json).toMatchObject({ period: '2023-24-Q2', label: 'Q2 2023/24 (July to September 2023)', previous_period: '2023-24-Q1', next_period: '2023-24-Q4', licence: 'OGL', data_commit: null });
    const ratings = json.indicators.map((i) => i.rag);
    for (const [rag, count] of Object.entries(json.summary)) expect(count, rag).toBe(ratings.filter((r) => r === rag).length);
  });

  it('gives every indicator, in the scorecard\'s order, with its figure, target, rating and the quarter before', () => {
    expect(json.indicators.map((i) => i.id)).toEqual(scorecardDataset.indicators.map((i) => i.id));
    expect(assessments).toMatchObject({
      value: 86, numerator: 43, denominator: 50, suppressed: false, target: 85, rag: 'green', commentary: 'Back on track.',
      previous: { period: '2023-24-Q1', value: 80, suppressed: false }, direction: 'improving',
    });
    expect(assessments.confidence_interval).toEqual({ lower: expect.any(Number), upper: expect.any(Number) });
  });

  it('gives each comparison area\'s latest figure at or before the quarter, and the judgement', () => {
    const referrals = json.indicators.find((i) => i.id === 'referrals')!;
    expect(referrals.comparators).toEqual([
      { id: 'sn', label: 'Statistical neighbours', value: 530, period: '2023-24-Q1', judgement: 'lower' },
      { id: 'england', label: 'England', value: 480, period: '2023-24-Q1', judgement: 'higher' },
    ]);
  });

  it('publishes no figure withheld under disclosure control: value and counts are null, and it says so', () => {
    const placed = makeIndicator({ id: 'placed', unit: 'count', polarity: 'neutral' });
    const index = indexDataset(makeDataset({
      site: makeSite({ disclosure: { minimumCount: 6 } }), indicators: [placed], periods: ['2024-25-Q1'],
      values: [quarterValue('placed', '2024-25-Q1', 4, { numerator: 4, denominator: 30 })],
    }));
    const withheld = scorecardJson(buildScorecard(index, '2024-25-Q1'), 'OGL', noHistory).indicators[0]!;
    expect(withheld).toMatchObject({ value: null, numerator: null, denominator: null, confidence_interval: null, suppressed: true });
    expect(JSON.stringify(withheld)).not.toMatch(/:4\b/);
  });

  it('gives a revised figure\'s earlier published values, newest first, and names the data version', () => {
    const snapshot = (hash: string, date: string, value: number): Snapshot => ({
      commit: { hash, date, message: `Data ${hash}` }, drafts: new Set(), quarters: new Map([['2023-24-Q2', new Map([['assessments', value]])]]),
    });
    const history = {
      dataCommit: { hash: 'ccc3333', date: '2023-12-01', uncommitted: false },
      revisions: revisionsFromSnapshots([snapshot('aaa1111', '2023-10-01', 84), snapshot('bbb2222', '2023-11-01', 85), snapshot('ccc3333', '2023-12-01', 86)]),
    };
    const revised = scorecardJson(buildScorecard(scorecardIndex, '2023-24-Q2'), 'OGL', history);
    expect(revised.data_commit).toEqual({ hash: 'ccc3333', date: '2023-12-01', uncommitted_changes: false });
    expect(revised.indicators.find((i) => i.id === 'assessments')!.revisions).toEqual([
      { value: 85, suppressed: false, date: '2023-11-01', commit: 'bbb2222', message: 'Data bbb2222' },
      { value: 84, suppressed: false, date: '2023-10-01', commit: 'aaa1111', message: 'Data aaa1111' },
    ]);
    expect(revised.indicators.find((i) => i.id === 'referrals')!.revisions).toEqual([]);
  });
});

describe('indicatorsJson', () => {
  it('gives the organisation, the quarters published, the comparison areas and what each indicator measures', () => {
    const json = indicatorsJson(scorecardDataset);
    expect(json).toMatchObject({ organisation: 'Anyshire County Council', periods: scorecardDataset.periods, comparators: scorecardDataset.site.comparators });
    expect(json.indicators.map((i) => i.id)).toEqual(['assessments', 'referrals', 're-referrals']);
    expect(Object.keys(json.indicators[0]!)).toEqual(['id', 'title', 'theme', 'unit', 'polarity', 'decimals', 'definition', 'source']);
    expect(json.indicators[1]).toMatchObject({ unit: 'rate_per_10000', polarity: 'neutral' });
  });
});

describe('jsonResponse', () => {
  it('is JSON in UTF-8, indented for reading, ending with a new line', async () => {
    const response = jsonResponse({ title: 'Re-referrals – 12 months', values: [1] });
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe('{\n  "title": "Re-referrals – 12 months",\n  "values": [\n    1\n  ]\n}\n');
  });
});

describe('auditsJson', () => {
  const PERIOD = '2023-24-Q3';
  const quality = (moderationReported: boolean) => ({
    scales, ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [],
    audits: [
      row({ period: PERIOD, auditorGrade: 'good', moderatedGrade: 'ri', count: 2, moderationReported }),
      row({ period: PERIOD, auditorGrade: 'ri', moderatedGrade: null, count: 8, moderationReported }),
    ],
  });

  it('gives the quarter\'s audits done, graded and moderated, and what moderation changed', () => {
    const json = auditsJson(qualityReport(quality(true), PERIOD), 'OGL');
    expect(json).toMatchObject({ period: PERIOD, licence: 'OGL', disclosure: null });
    expect(json.totals).toMatchObject({ total: 10, graded: 10, not_graded: 0, moderation_reported: true, moderated: 2, downgraded: 2, upgraded: 0 });
  });

  it('says "not reported" (null), not none (0), where the file did not report moderation', () => {
    const json = auditsJson(qualityReport(quality(false), PERIOD), 'OGL');
    expect(json.totals).toMatchObject({ moderation_reported: false, moderated: null, agreed: null, upgraded: null, downgraded: null });
    expect(json.activities[0]).toMatchObject({ moderation_rate: null, movement: null });
  });

  it('explains null counts when disclosure control is on', () => {
    const json = auditsJson(qualityReport(quality(true), PERIOD), 'OGL', 5);
    expect(json.disclosure).toMatchObject({ minimum_count: 5, withheld: expect.stringContaining('withheld') });
  });
});
