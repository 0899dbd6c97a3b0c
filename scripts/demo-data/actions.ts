// Improvement actions (actions.csv): each raised in a quarter, owned, due, and as it stood at the latest quarter's end.
import { periodEndDate } from '../../src/domain/period.ts';
import { PERIODS } from './periods.ts';
import { csv } from './text.ts';

export interface Action {
  id: string;
  title: string;
  owner: string;
  raised: string;
  due: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'complete';
  /** The day a complete action was completed: each quarter shows it as it stood at its end. */
  completed?: string;
  indicators: string[];
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'A01',
    title: 'Audit training for all team managers, and senior manager moderation of audits',
    owner: 'Principal Social Worker',
    raised: '2022-23-Q3',
    due: '2023-12-31',
    status: 'complete',
    completed: '2023-10-27',
    indicators: ['audits-good-or-better', 'audits-inadequate'],
  },
  {
    id: 'A02',
    title: 'Safety plan in place before closing any case involving domestic abuse',
    owner: 'Head of Service, Front Door and Assessment',
    raised: '2022-23-Q4',
    due: '2025-09-30',
    status: 'at_risk',
    indicators: ['re-referrals-12-months'],
  },
  {
    id: 'A03',
    title: 'New plan template with specific, time-limited actions, and plan-writing workshops',
    owner: 'Head of Service, Child in Need and Child Protection',
    raised: '2022-23-Q3',
    due: '2025-06-30',
    status: 'at_risk',
    indicators: ['audits-good-or-better', 'cp-second-plan', 'cp-plans-2-years'],
  },
  {
    id: 'A04',
    title: 'Automatic notification to the health team when a child enters care',
    owner: 'Head of Service, Children in Care',
    raised: '2023-24-Q2',
    due: '2024-03-31',
    status: 'complete',
    completed: '2024-01-08',
    indicators: ['cic-health-assessments-20-days'],
  },
  {
    id: 'A05',
    title: 'Weekly tracking of assessments past 35 working days, with team manager sign-off',
    owner: 'Head of Service, Front Door and Assessment',
    raised: '2023-24-Q3',
    due: '2024-03-31',
    status: 'complete',
    completed: '2024-03-22',
    indicators: ['assessments-45-days', 'assessment-average-days'],
  },
  {
    id: 'A06',
    title: 'Chronology tool in the case management system that builds a chronology from recorded events',
    owner: 'Service Manager, Quality Assurance',
    raised: '2024-25-Q1',
    due: '2025-10-31',
    status: 'not_started',
    indicators: [],
  },
  {
    id: 'A07',
    title: 'Recruit and keep permanent social workers, and convert agency workers to permanent contracts',
    owner: 'Head of Workforce Development',
    raised: '2023-24-Q1',
    due: '2026-03-31',
    status: 'on_track',
    indicators: ['agency-social-workers', 'social-worker-vacancies', 'social-worker-turnover', 'average-caseload'],
  },
  {
    id: 'A08',
    title: 'Step-down plans agreed with early help before a social care case closes',
    owner: 'Head of Early Help',
    raised: '2024-25-Q1',
    due: '2025-03-31',
    status: 'complete',
    completed: '2025-04-25',
    indicators: ['early-help-step-up', 're-referrals-12-months'],
  },
  {
    id: 'A09',
    title: 'Ring-fenced council apprenticeships and a work experience offer for care leavers',
    owner: 'Service Manager, Leaving Care',
    raised: '2024-25-Q2',
    due: '2026-06-30',
    status: 'on_track',
    indicators: ['care-leavers-eet'],
  },
  {
    id: 'A10',
    title: 'Record children\'s views in their own words through the Mind of My Own app',
    owner: 'Participation Lead',
    raised: '2024-25-Q3',
    due: '2025-09-30',
    status: 'complete',
    completed: '2025-06-27',
    indicators: [],
  },
  {
    id: 'A11',
    title: 'Enough registered local homes for 16 and 17 year olds, so that no child is placed in an unregistered home',
    owner: 'Head of Commissioning and Sufficiency',
    raised: '2023-24-Q3',
    due: '2026-09-30',
    status: 'on_track',
    indicators: ['unregistered-placements', 'cic-placement-stability'],
  },
  {
    id: 'A12',
    title: 'Recover child protection visits: weekly service manager review and a cover rota for absent workers',
    owner: 'Head of Service, Child in Need and Child Protection',
    raised: '2025-26-Q3',
    due: '2026-03-31',
    status: 'on_track',
    indicators: ['cp-visits-10-days'],
  },
  {
    id: 'A13',
    title: 'Reflective supervision every four to six weeks, recorded with clear actions and timescales',
    owner: 'Assistant Director, Safeguarding and Quality Assurance',
    raised: '2024-25-Q1',
    due: '2025-12-31',
    status: 'at_risk',
    indicators: ['audits-good-or-better'],
  },
];

/** Refuses an action that links an unknown indicator, or whose completed date does not fit its status. */
export function checkActions(indicatorIds: ReadonlySet<string>): void {
  for (const action of ACTIONS) {
    for (const id of action.indicators) if (!indicatorIds.has(id)) throw new Error(`action ${action.id}: unknown indicator ${id}`);
    if ((action.status === 'complete') !== (action.completed !== undefined)) throw new Error(`action ${action.id}: a completed date exactly when complete`);
    if (action.completed !== undefined && action.completed > periodEndDate(PERIODS.at(-1)!)) throw new Error(`action ${action.id}: completed after the demo's latest quarter`);
  }
}

/** The actions not complete by `asAt` (a date) and past their due date. */
export function overdueActions(asAt: string): string[] {
  return ACTIONS.filter((a) => (a.completed === undefined || a.completed > asAt) && a.due < asAt).map((a) => a.id);
}

export function actionsCsv(): string {
  return csv(
    ['id', 'title', 'owner', 'raised', 'due', 'status', 'completed', 'indicators'],
    ACTIONS.map((a) => [a.id, a.title, a.owner, a.raised, a.due, a.status, a.completed ?? '', a.indicators.join(';')]),
  );
}
