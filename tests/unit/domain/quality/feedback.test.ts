import { describe, expect, it } from 'vitest';
import { feedbackGroups, feedbackPeriods, feedbackTrendSentence, feedbackTrends, isFeedbackWithheld } from '../../../../src/domain/quality/feedback.ts';
import type { FeedbackRow } from '../../../../src/domain/quality/types.ts';

const CHILDREN = 'Children and young people';
const INTERVIEW = 'Activity-based interview';
const row = (period: string, source: string, method: string, question: string, agreed: number, asked: number): FeedbackRow =>
  ({ period, source, method, question, agreed, asked });

// Nottinghamshire's quarterly child protection interviews began in Q4 2013/14 (seed 003); the next quarters are invented to show a trend.
const rows: FeedbackRow[] = [
  row('2014-15-Q1', CHILDREN, INTERVIEW, 'My social worker listened to me', 15, 17),
  row('2013-14-Q4', CHILDREN, INTERVIEW, 'My social worker listened to me', 12, 14),
  row('2013-14-Q4', 'Parents and carers', 'Questionnaire', 'I was involved in making the plan', 3, 4),
  row('2013-14-Q4', CHILDREN, INTERVIEW, 'I understood why I had a protection plan', 10, 14),
  row('2014-15-Q1', CHILDREN, INTERVIEW, 'I understood why I had a protection plan (reworded)', 11, 17),
];

describe('feedbackGroups', () => {
  it('groups a quarter by who was asked and how, keeping the order of the file', () => {
    const groups = feedbackGroups(rows, '2013-14-Q4', null);
    expect(groups.map((g) => [g.source, g.method, g.answers.map((a) => [a.question, a.agreed, a.asked])])).toEqual([
      [CHILDREN, INTERVIEW, [['My social worker listened to me', 12, 14], ['I understood why I had a protection plan', 10, 14]]],
      ['Parents and carers', 'Questionnaire', [['I was involved in making the plan', 3, 4]]],
    ]);
    expect(groups[0]?.answers[0]?.percent).toBeCloseTo(85.71, 2);
  });

  it('withholds counts that could identify a child when disclosure control is on', () => {
    const rule = { minimumCount: 6 };
    const answers = feedbackGroups(rows, '2013-14-Q4', rule).flatMap((g) => g.answers);
    // 12 of 14: only 2 did not agree. 3 of 4: 4 were asked. 10 of 14: 4 did not agree.
    expect(answers.map((a) => a.withheld)).toEqual([true, true, true]);
    expect(answers[0]).toEqual({ question: 'My social worker listened to me', agreed: null, asked: null, percent: null, withheld: true });
    expect(isFeedbackWithheld({ agreed: 15, asked: 25 }, rule)).toBe(false);
    expect(isFeedbackWithheld({ agreed: 0, asked: 25 }, rule)).toBe(false);
    expect(isFeedbackWithheld({ agreed: 25, asked: 25 }, rule)).toBe(false);
    expect(isFeedbackWithheld({ agreed: 5, asked: 25 }, rule)).toBe(true);
    expect(isFeedbackWithheld({ agreed: 3, asked: 4 }, null)).toBe(false);
  });
});

describe('feedbackTrends', () => {
  it('follows a question asked of the same people in the same way across quarters, oldest first', () => {
    expect(feedbackTrends(rows, '2014-15-Q1', null).map((t) => [t.question, t.points.map((p) => [p.period, p.agreed, p.asked])])).toEqual([
      ['My social worker listened to me', [['2013-14-Q4', 12, 14], ['2014-15-Q1', 15, 17]]],
    ]);
  });

  it('has nothing for a first quarter, and never shows later quarters', () => {
    expect(feedbackTrends(rows, '2013-14-Q4', null)).toEqual([]);
  });
});

describe('feedbackTrendSentence', () => {
  it('states the first and latest shares, with the latest base, for the chart\'s text alternative', () => {
    const [trend] = feedbackTrends(rows, '2014-15-Q1', null);
    expect(feedbackTrendSentence(trend!)).toBe('My social worker listened to me: 86% agreed in Q4 2013/14 and 88% in Q1 2014/15 (15 of 17).');
  });

  it('never quotes a withheld figure', () => {
    const [trend] = feedbackTrends(rows, '2014-15-Q1', { minimumCount: 3 });
    // 12 of 14: 2 did not agree, withheld; 15 of 17 also 2, withheld.
    expect(feedbackTrendSentence(trend!)).toBe('My social worker listened to me: every figure is withheld to protect the privacy of a small number of children or families.');
  });
});

describe('feedbackPeriods', () => {
  it('lists each quarter with feedback once, oldest first', () => {
    expect(feedbackPeriods(rows)).toEqual(['2013-14-Q4', '2014-15-Q1']);
  });
});
