// The `feedback` key of /api/audits/<period>.json: the quarter's feedback from children and families as
// published, so withheld counts are null with "withheld": true, never the figures.
import type { FeedbackAnswer, FeedbackView } from '../domain/quality/feedback.ts';

const answerJson = (answer: FeedbackAnswer) => ({ agreed: answer.agreed, asked: answer.asked, percent: answer.percent, withheld: answer.withheld });

/** null when the quarter has no feedback file. */
export function feedbackJson(view: FeedbackView | undefined) {
  if (!view) return null;
  return {
    groups: view.groups.map((group) => ({
      source: group.source,
      method: group.method,
      questions: group.answers.map((answer) => ({ question: answer.question, ...answerJson(answer) })),
    })),
    trends: view.trends.map((trend) => ({
      source: trend.source,
      method: trend.method,
      question: trend.question,
      points: trend.points.map((point) => ({ period: point.period, ...answerJson(point) })),
    })),
  };
}
