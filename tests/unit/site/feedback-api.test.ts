// The `feedback` key of /api/audits/<period>.json: how many of those asked agreed, by who was asked and how, and
// the same question across quarters. A count withheld under disclosure control is null, never the figure.
import { describe, expect, it } from 'vitest';
import { feedbackView } from '../../../src/domain/quality/feedback.ts';
import type { FeedbackRow } from '../../../src/domain/quality/types.ts';
import { feedbackJson } from '../../../src/site/feedback-api.ts';

const answer = (period: string, source: string, question: string, agreed: number, asked: number): FeedbackRow => ({
  period, source, method: 'Interview', question, agreed, asked,
});

const rows: FeedbackRow[] = [
  answer('2024-25-Q1', 'Children and young people', 'My social worker listens to me', 10, 14),
  answer('2024-25-Q2', 'Children and young people', 'My social worker listens to me', 12, 14),
  answer('2024-25-Q2', 'Children and young people', 'I know why I have a social worker', 11, 14),
  // 2 did not agree: a small count that could identify a family.
  answer('2024-25-Q2', 'Parents and carers', 'I was told what would happen next', 20, 22),
];
const rule = { minimumCount: 5 };

describe('feedbackJson', () => {
  it('is null for a quarter with no feedback file', () => {
    expect(feedbackJson(undefined)).toBeNull();
  });

  it('gives each group asked, in the file\'s order, with how many agreed of how many asked', () => {
    const json = feedbackJson(feedbackView(rows, '2024-25-Q2', null)!)!;
    expect(json.groups.map((g) => [g.source, g.method])).toEqual([['Children and young people', 'Interview'], ['Parents and carers', 'Interview']]);
    expect(json.groups[0]!.questions[0]).toEqual({ question: 'My social worker listens to me', agreed: 12, asked: 14, percent: (12 / 14) * 100, withheld: false });
  });

  it('gives a withheld answer as null counts with "withheld": true, and nothing that would reveal it', () => {
    const json = feedbackJson(feedbackView(rows, '2024-25-Q2', rule)!)!;
    expect(json.groups[1]!.questions[0]).toEqual({ question: 'I was told what would happen next', agreed: null, asked: null, percent: null, withheld: true });
    expect(JSON.stringify(json)).not.toMatch(/"agreed":20|"asked":22/);
  });

  it('gives a question asked in earlier quarters as a trend, oldest first', () => {
    const json = feedbackJson(feedbackView(rows, '2024-25-Q2', null)!)!;
    expect(json.trends).toEqual([{
      source: 'Children and young people', method: 'Interview', question: 'My social worker listens to me',
      points: [
        { period: '2024-25-Q1', agreed: 10, asked: 14, percent: (10 / 14) * 100, withheld: false },
        { period: '2024-25-Q2', agreed: 12, asked: 14, percent: (12 / 14) * 100, withheld: false },
      ],
    }]);
  });
});
