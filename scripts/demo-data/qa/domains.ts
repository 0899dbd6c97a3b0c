// Practice domains for the monthly case-file audits (audit-domains/<period>.csv), from the new audit tool (April 2024
// onwards): each domain graded near the case's final grade, some domains tending better, some worse.
import type { Random } from '../random.ts';
import { csv, pct, type Cell } from '../text.ts';
import { CASE_FILE_AUDITS } from './activities.ts';
import type { QuarterQa } from './audits.ts';
import { gradeAt, gradeIndex } from './grades.ts';

export const DOMAINS_FROM = 6; // 2024-25-Q1
/** Positive offset: the domain tends to grade better than the case overall. */
export const DOMAINS: readonly { name: string; offset: number }[] = [
  { name: 'Voice of the child', offset: 0.75 },
  { name: 'Assessment', offset: 0.05 },
  { name: 'Planning', offset: -0.45 },
  { name: 'Management oversight', offset: -0.4 },
  { name: 'Chronology', offset: -0.5 },
  { name: 'Risk identification and reduction', offset: 0.15 },
  { name: 'Diversity and identity', offset: -0.05 },
  { name: 'Multi-agency working', offset: 0.6 },
  { name: 'Recording', offset: -0.1 },
  { name: 'Impact and outcomes', offset: 0 },
];

/** Each domain's count of cases by Ofsted grade, best first. */
export type DomainCounts = Map<string, number[]>;

function domainCounts(q: QuarterQa, random: Random): DomainCounts {
  const monthly = q.cases.filter((c) => c.activity === CASE_FILE_AUDITS);
  const result: DomainCounts = new Map();
  for (const domain of DOMAINS) {
    const counts = [0, 0, 0, 0];
    for (const c of monthly) {
      const v = gradeIndex('ofsted', c.final) - domain.offset + random.gaussian(0.45);
      const grade = v < -0.2 ? 0 : v < 1.5 ? 1 : v < 2.5 ? 2 : 3;
      counts[grade]!++;
    }
    result.set(domain.name, counts);
  }
  return result;
}

/** The domains' counts by period, for the quarters of the new audit tool. */
export function practiceDomains(quarters: readonly QuarterQa[], random: Random): Map<string, DomainCounts> {
  const byPeriod = new Map<string, DomainCounts>();
  quarters.forEach((q, i) => {
    if (i >= DOMAINS_FROM) byPeriod.set(q.period, domainCounts(q, random));
  });
  return byPeriod;
}

export function domainsCsv(domains: DomainCounts): string {
  const rows: Cell[][] = [];
  for (const [domain, counts] of domains) {
    counts.forEach((count, g) => {
      if (count > 0) rows.push([CASE_FILE_AUDITS, domain, gradeAt('ofsted', g), count]);
    });
  }
  return csv(['activity', 'domain', 'grade', 'count'], rows);
}

/** The two strongest and three weakest domains, as `voice of the child (81%)`, for the narrative. */
export function domainSummary(domains: DomainCounts | undefined): { best: string[]; worst: string[] } | null {
  if (!domains) return null;
  const ranked = [...domains.entries()]
    .map(([name, counts]) => ({ name, share: pct(counts[0]! + counts[1]!, counts.reduce((a, b) => a + b, 0)) }))
    .sort((a, b) => b.share - a.share || DOMAINS.findIndex((d) => d.name === a.name) - DOMAINS.findIndex((d) => d.name === b.name));
  const text = (d: { name: string; share: number }): string => `${d.name.toLowerCase()} (${d.share}%)`;
  return { best: ranked.slice(0, 2).map(text), worst: ranked.slice(-3).reverse().map(text) };
}
