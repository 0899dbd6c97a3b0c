// The demo's site settings (site.json): the fictional council, its contact and licence, its comparators, and its
// codes and statistical neighbours in DfE's files (benchmarks.ts).
import { STATEMENT_DATES } from '../lib/demo-history.ts';
import { KESTERLEY, STATISTICAL_NEIGHBOURS } from './benchmarks.ts';

export const SITE = {
  organisation: 'Kesterley Borough Council',
  title: "Children's services performance",
  description:
    "This scorecard shows how Kesterley Borough Council's children's services are doing, quarter by quarter: how quickly we respond when there are worries about a child, how well we protect children and look after children in our care, how we support young people leaving care, and the stability of our social work workforce. Each measure is compared with the target set by councillors, with the previous quarter and the same quarter last year, and with similar councils, the North West and England. Kesterley is a fictional council: these figures are invented to demonstrate the scorecard.",
  contact: 'performance@kesterley.example.org',
  licence: 'OGL-UK-3.0',
  // Reviewed every January (scripts/lib/demo-history.ts), so the demo's history shows each review in turn.
  statement_date: STATEMENT_DATES.at(-1)!,
  amber: null,
  comparators: [
    { id: 'stat_neighbours', label: 'Statistical neighbours' },
    { id: 'region', label: 'North West' },
    { id: 'england', label: 'England' },
  ],
  // A made-up code (Kesterley is in no DfE file but the demo's copy, where its rows are added), and ten real neighbours.
  local_authority: KESTERLEY.newCode,
  statistical_neighbours: [...STATISTICAL_NEIGHBOURS],
};

export function siteJson(): string {
  return JSON.stringify(SITE, null, 2) + '\n';
}
