// Feedback from children and families (feedback/<period>.csv): the counts behind each story's feedback
// sentence (the numbers asked match its words), and from 2024-25 Q3, when the Mind of My Own app came in,
// the same two questions every quarter so the site shows a trend. Fixed, not drawn, so no other figure moves.
import { csv } from './text.ts';

export type FeedbackRow = [source: string, method: string, question: string, agreed: number, asked: number];
const CYP = 'Children and young people';
const PARENTS = 'Parents and carers';
export const STORY_FEEDBACK: readonly FeedbackRow[][] = [
  [[CYP, 'Interview', 'I knew why I had a child protection plan', 6, 9], [CYP, 'Interview', 'My social worker listened to me', 7, 9]],
  [[PARENTS, 'Telephone interview', 'The assessment explained clearly what would happen next', 10, 14], [PARENTS, 'Telephone interview', 'I was treated with respect', 12, 14]],
  [], // The Children in Care Council met the Director: a conversation, not a count.
  [[PARENTS, 'Feedback form after conference', 'I read the reports before the conference', 3, 6], [PARENTS, 'Feedback form after conference', 'I was able to say what I thought', 4, 6]],
  [['Care leavers', 'Forum discussion', 'I helped to write my pathway plan', 8, 13]],
  [[CYP, 'Three Houses tool', 'I feel safe at home', 9, 12], [CYP, 'Three Houses tool', 'I know who to talk to if I am worried', 11, 12]],
  [[PARENTS, 'Survey', 'The social worker explained the worries clearly', 15, 23], [PARENTS, 'Survey', 'I was treated with respect', 17, 23]],
  [['Young people who came to the UK alone', 'Interview with an interpreter', 'I was helped to understand what would happen to me', 5, 7]],
  [],
  [[PARENTS, 'Telephone interview', 'The move to early help was explained to me', 11, 16], [PARENTS, 'Telephone interview', 'Early help has made a difference for my family', 12, 16]],
  [['Children in care', 'Your Life, Your Care survey', 'I feel settled where I live', 53, 64], ['Children in care', 'Your Life, Your Care survey', 'I trust my social worker', 49, 64]],
  [['Care leavers', 'Questionnaire at the care leavers\' event', 'I know what support I am entitled to', 13, 19]],
  [[CYP, 'Interview', 'My social worker sees me on my own', 15, 18]],
];
const MIND_OF_MY_OWN_FROM = 8;
/** [listens agreed, sees enough agreed, asked] for each quarter from MIND_OF_MY_OWN_FROM. */
const MIND_OF_MY_OWN: [number, number, number][] = [[31, 24, 40], [36, 28, 44], [41, 33, 51], [40, 34, 49], [47, 39, 55]];

/** The feedback for quarter index i: the story's, then the app's two questions. */
export function feedbackRows(i: number): FeedbackRow[] {
  const rows = [...STORY_FEEDBACK[i]!];
  const app = MIND_OF_MY_OWN[i - MIND_OF_MY_OWN_FROM];
  if (app) {
    rows.push([CYP, 'Mind of My Own app', 'My social worker listens to me', app[0], app[2]]);
    rows.push([CYP, 'Mind of My Own app', 'I see my social worker often enough', app[1], app[2]]);
  }
  return rows;
}

export function feedbackCsv(rows: FeedbackRow[]): string {
  return csv(['source', 'method', 'question', 'agreed', 'asked'], rows);
}
