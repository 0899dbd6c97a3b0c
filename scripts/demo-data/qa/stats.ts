// A quarter's quality assurance in numbers, as its narrative reports them.
import { CASE_FILE_AUDITS } from './activities.ts';
import type { AuditCase, QuarterQa } from './audits.ts';
import { gradeIndex, isGood } from './grades.ts';

export interface QaStats {
  audits: number;
  monthly: number;
  goodOrBetter: number;
  outstanding: number;
  inadequate: number;
  moderated: number;
  agreed: number;
  down: number;
  up: number;
  themedCount: number;
  themedGood: number;
  observations: number;
  observationsGood: number;
  dipCount: number;
  dipGood: number;
  multiAgencyCount: number;
  multiAgencyGood: number;
}

export function statsFor(q: QuarterQa): QaStats {
  const audits = q.cases.filter((c) => c.type === 'audit');
  const moderated = audits.filter((c) => c.moderated !== null);
  const themed = audits.filter((c) => c.activity !== CASE_FILE_AUDITS);
  const observations = q.cases.filter((c) => c.type === 'observation');
  const dip = q.cases.filter((c) => c.type === 'dip_sample');
  const multiAgency = q.cases.filter((c) => c.type === 'multi_agency_audit');
  const good = (list: AuditCase[]): number => list.filter((c) => isGood(c.scale, c.final)).length;
  return {
    audits: audits.length,
    monthly: q.monthlyCount,
    goodOrBetter: good(audits),
    outstanding: audits.filter((c) => c.final === 'outstanding').length,
    inadequate: audits.filter((c) => c.final === 'inadequate').length,
    moderated: moderated.length,
    agreed: moderated.filter((c) => c.auditor === c.moderated).length,
    down: moderated.filter((c) => gradeIndex(c.scale, c.moderated!) > gradeIndex(c.scale, c.auditor)).length,
    up: moderated.filter((c) => gradeIndex(c.scale, c.moderated!) < gradeIndex(c.scale, c.auditor)).length,
    themedCount: themed.length,
    themedGood: good(themed),
    observations: observations.length,
    observationsGood: good(observations),
    dipCount: dip.length,
    dipGood: good(dip),
    multiAgencyCount: multiAgency.length,
    multiAgencyGood: good(multiAgency),
  };
}
