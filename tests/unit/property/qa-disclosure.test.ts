// Property: with disclosure control on, for any quarter of audit counts (several activities on different scales,
// service areas, months, moderation, audits not graded), no count from 1 to minimum - 1 is published in the
// audits JSON or the audits CSV, and no withheld count, and no small rest of a share, can be worked out from
// the counts that are.
//
// What is published is read from the files (auditsJson and auditsTable, which the pages share through the same
// report), not from the suppression's own reasoning. Each published number is a sum of the quarter's audit
// cells (one CSV row each); its coefficients are found by building the same files with disclosure control off
// and one cell at 1, the rest at 0. A withheld figure is recoverable exactly when its coefficients lie in the
// span of the published figures' coefficients, which is checked by elimination.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishQuality } from '../../../src/domain/quality/disclosure.ts';
import type { AuditRow, GradeScale, QualityData, UngradedRow } from '../../../src/domain/quality/types.ts';
import { auditsJson } from '../../../src/site/api.ts';
import { auditsTable } from '../../../src/site/open-data/audits-table.ts';
import { parameters, searchingHard } from './settings.ts';

const TEST_TIMEOUT_MS = searchingHard ? 24 * 60 * 60 * 1000 : 120_000;
const PERIOD = '2025-26-Q3';

const SCALES: GradeScale[] = [
  { id: 'ofsted', label: 'Ofsted', headline: 'good or better', grades: [
    { id: 'outstanding', label: 'Outstanding', good: true }, { id: 'good', label: 'Good', good: true },
    { id: 'requires_improvement', label: 'Requires improvement', good: false }, { id: 'inadequate', label: 'Inadequate', good: false },
  ] },
  { id: 'meets', label: 'Meets good', headline: 'meets good or better', grades: [
    { id: 'exceeds', label: 'Exceeds good', good: true }, { id: 'meets', label: 'Meets good', good: true }, { id: 'not_met', label: 'Does not meet good', good: false },
  ] },
];
const TYPES = ['audit', 'observation', 'dip_sample'] as const;
const AREAS = ['', 'North', 'South'];
const MONTHS = [null, '2025-10', '2025-11'];

const count = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) });
const cell = fc.record({ area: fc.constantFrom(...AREAS), month: fc.constantFrom(...MONTHS), auditor: fc.nat(3), moderated: fc.option(fc.nat(3), { nil: null }), count });
const activity = fc.record({ type: fc.constantFrom(...TYPES), scale: fc.nat(1), cells: fc.array(cell, { minLength: 1, maxLength: 6 }) });
const ungraded = fc.record({ activity: fc.nat(2), area: fc.constantFrom(...AREAS), month: fc.constantFrom(...MONTHS), count });
const quarter = fc.record({
  activities: fc.array(activity, { minLength: 1, maxLength: 3 }),
  ungraded: fc.array(ungraded, { maxLength: 2 }),
  moderationReported: fc.boolean(),
});

/** The quarter's rows, one per CSV key (as the site adds repeated rows together). */
type Quarter = typeof quarter extends fc.Arbitrary<infer T> ? T : never;

function rows(q: Quarter): { audits: AuditRow[]; ungraded: UngradedRow[] } {
  const audits = new Map<string, AuditRow>();
  q.activities.forEach((a, i) => {
    const scale = SCALES[a.scale]!;
    for (const c of a.cells) {
      const auditorGrade = scale.grades[c.auditor % scale.grades.length]!.id;
      const moderatedGrade = q.moderationReported && c.moderated !== null ? scale.grades[c.moderated % scale.grades.length]!.id : null;
      const key = JSON.stringify([i, c.area, c.month, auditorGrade, moderatedGrade]);
      const found = audits.get(key);
      if (found) found.count += c.count;
      else audits.set(key, { period: PERIOD, activity: `Activity ${i + 1}`, type: a.type, scale: scale.id, auditorGrade, moderatedGrade, count: c.count, serviceArea: c.area, month: c.month, moderationReported: q.moderationReported });
    }
  });
  const notGraded = new Map<string, UngradedRow>();
  for (const u of q.ungraded) {
    // An activity graded this quarter keeps its type; a fourth one is only ever not graded.
    const graded = q.activities[u.activity];
    const name = graded ? `Activity ${u.activity + 1}` : 'Not graded';
    const key = JSON.stringify([name, u.area, u.month]);
    const found = notGraded.get(key);
    if (found) found.count += u.count;
    else notGraded.set(key, { period: PERIOD, activity: name, type: graded?.type ?? 'audit', count: u.count, serviceArea: u.area, month: u.month });
  }
  return { audits: [...audits.values()], ungraded: [...notGraded.values()] };
}

const quality = (audits: AuditRow[], notGraded: UngradedRow[]): QualityData =>
  ({ scales: SCALES, audits, ungraded: notGraded, domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] });

/** Every number of the published files by where it is (percentages apart: they are a count over a total). */
function numbers(value: unknown, path: string, out: Map<string, number | null>): Map<string, number | null> {
  if (typeof value === 'number' || value === null) out.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => numbers(item, `${path}/${i}`, out));
  else if (typeof value === 'object' && value !== undefined) for (const [k, v] of Object.entries(value)) if (k !== 'percent') numbers(v, `${path}.${k}`, out);
  return out;
}

/** The files as published: the audits JSON, and the CSV's count column. */
function files(audits: AuditRow[], notGraded: UngradedRow[], minimumCount: number | null): Map<string, number | null> {
  const published = publishQuality(quality(audits, notGraded), [PERIOD], minimumCount === null ? null : { minimumCount }).get(PERIOD)!;
  const out = numbers(auditsJson(published.report, ''), 'json', new Map());
  auditsTable(published.audits, SCALES, published.ungraded).forEach((row, i) => out.set(`csv/${i}`, typeof row['count'] === 'number' ? row['count'] : null));
  return out;
}

/** A basis of the span of some vectors, kept in reduced row echelon form (an elimination of the test's own). */
function spanOf(vectors: number[][]): (v: number[]) => boolean {
  const basis: { row: number[]; pivot: number }[] = [];
  const reduce = (v: number[]) => {
    const x = [...v];
    for (const { row, pivot } of basis) {
      const f = x[pivot]!;
      if (Math.abs(f) > 1e-9) row.forEach((r, j) => (x[j]! -= f * r));
    }
    return x;
  };
  for (const v of vectors) {
    const x = reduce(v);
    const pivot = x.findIndex((c) => Math.abs(c) > 1e-9);
    if (pivot < 0) continue;
    const row = x.map((c) => c / x[pivot]!);
    for (const b of basis) {
      const f = b.row[pivot]!;
      if (Math.abs(f) > 1e-9) b.row.forEach((_, j) => (b.row[j]! -= f * row[j]!));
    }
    basis.push({ row, pivot });
  }
  return (v) => reduce(v).every((c) => Math.abs(c) < 1e-7);
}

describe('disclosure control of quality assurance: no withheld audit count can be recovered from what is published', () => {
  it('holds for random quarters of audits, at any minimum count', () => {
    fc.assert(
      fc.property(quarter, fc.integer({ min: 2, max: 10 }), (q, minimumCount) => {
        const { audits, ungraded: notGraded } = rows(q);
        const cells = audits.length + notGraded.length;
        const open = files(audits, notGraded, null);
        const shown = files(audits, notGraded, minimumCount);
        expect([...shown.keys()]).toEqual([...open.keys()]);
        // Each number's coefficients over the cells, from the files built with one cell at 1.
        const coefficients = new Map([...open.keys()].map((p) => [p, new Array<number>(cells).fill(0)]));
        for (let i = 0; i < cells; i++) {
          const unit = <T extends { count: number }>(list: T[], offset: number) => list.map((row, j) => ({ ...row, count: j + offset === i ? 1 : 0 }));
          for (const [p, value] of files(unit(audits, 0), unit(notGraded, audits.length), null)) coefficients.get(p)![i] = value ?? 0;
        }

        const small = (n: number) => n > 0 && n < minimumCount;
        const published: number[][] = [];
        const hidden: { what: string; vector: number[] }[] = [];
        for (const [p, value] of shown) {
          const raw = open.get(p)!;
          if (value !== null) {
            // No small count is published, and a published count is the true one.
            expect(small(value), `${p} = ${value} is published`).toBe(false);
            expect(value).toBe(raw);
            published.push(coefficients.get(p)!);
          } else if (raw !== null) {
            hidden.push({ what: `${p} (${raw})`, vector: coefficients.get(p)! });
          }
          // The rest of a share (e.g. those not graded good) is a count too.
          if (p.endsWith('.count') && open.has(`${p.slice(0, -6)}.total`)) {
            const total = open.get(`${p.slice(0, -6)}.total`)!;
            if (raw !== null && total !== null && small(total - raw)) {
              const t = coefficients.get(`${p.slice(0, -6)}.total`)!;
              hidden.push({ what: `rest of ${p} (${total - raw})`, vector: t.map((c, j) => c - coefficients.get(p)![j]!) });
            }
          }
        }
        const inSpan = spanOf(published);
        const leaked = hidden.filter((h) => inSpan(h.vector)).map((h) => h.what);
        expect(leaked, 'recoverable from the published counts').toEqual([]);
      }),
      parameters(150),
    );
  }, TEST_TIMEOUT_MS);

  it('the check itself finds a count worked out by difference', () => {
    // Published: a total of 10 and one part of 7; the other part, 3, is their difference.
    const inSpan = spanOf([[1, 1], [1, 0]]);
    expect(inSpan([0, 1])).toBe(true);
    expect(spanOf([[1, 1]])([0, 1])).toBe(false);
  });

  it('withholds the small counts of a quarter with few audits, and publishes the rest (a seed-shaped quarter)', () => {
    // Nine case-file audits: 5 good, 3 requiring improvement, 1 inadequate; 30 dip-sampled cases.
    const row = (activity: string, auditorGrade: string, n: number, type: AuditRow['type'] = 'audit'): AuditRow =>
      ({ period: PERIOD, activity, type, scale: 'ofsted', auditorGrade, moderatedGrade: null, count: n, serviceArea: '', month: null, moderationReported: false });
    const audits = [row('Case files', 'good', 5), row('Case files', 'requires_improvement', 3), row('Case files', 'inadequate', 1),
      row('Dip sample', 'good', 20, 'dip_sample'), row('Dip sample', 'requires_improvement', 10, 'dip_sample')];
    const { report } = publishQuality(quality(audits, []), [PERIOD], { minimumCount: 6 }).get(PERIOD)!;
    const caseFiles = report.activities.find((a) => a.activity === 'Case files')!;
    expect(caseFiles.final).toEqual({ outstanding: 0, good: null, requires_improvement: null, inadequate: null });
    expect(caseFiles.goodOrBetter).toEqual({ count: null, total: 9, percent: null });
    const dip = report.activities.find((a) => a.activity === 'Dip sample')!;
    // 20 good of 30 stands on its own; the quarter's total good (25) would give the case files' 5 away.
    expect(dip.goodOrBetter).toMatchObject({ count: 20, total: 30 });
    expect(report.all.headlines[0]).toMatchObject({ count: null });
    expect(report.withheld).toBe(true);
  });
});
