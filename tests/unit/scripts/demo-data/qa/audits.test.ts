import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../../../scripts/demo-data/catalogue.ts';
import { quarterSeries } from '../../../../../scripts/demo-data/front-door.ts';
import { PERIODS } from '../../../../../scripts/demo-data/periods.ts';
import { CASE_FILE_AUDITS, MODERATION_REPORTED_FROM } from '../../../../../scripts/demo-data/qa/activities.ts';
import { auditQuarters, auditsCsv, type QuarterQa } from '../../../../../scripts/demo-data/qa/audits.ts';
import { gradeIndex } from '../../../../../scripts/demo-data/qa/grades.ts';
import { QA_SEED, createRandom } from '../../../../../scripts/demo-data/random.ts';
import { generateFigures, type Figures } from '../../../../../scripts/demo-data/series.ts';

let figures: Figures;
let quarters: QuarterQa[];
beforeAll(() => {
  figures = generateFigures(readCatalogue(quarterSeries()));
  quarters = auditQuarters(figures, createRandom(QA_SEED));
});

describe('audited cases', () => {
  it('grade the case-file audits exactly as the audit indicators count them', () => {
    quarters.forEach((q, i) => {
      const audits = q.cases.filter((c) => c.type === 'audit');
      const good = figures.get('audits-good-or-better')![i]!;
      const inadequate = figures.get('audits-inadequate')![i]!;
      expect(audits.length, q.period).toBe(good.denominator);
      expect(audits.filter((c) => c.final === 'good' || c.final === 'outstanding').length, q.period).toBe(good.numerator);
      expect(audits.filter((c) => c.final === 'inadequate').length, q.period).toBe(inadequate.numerator);
    });
  });

  it('are the same for the same seed', () => {
    expect(auditQuarters(figures, createRandom(QA_SEED))).toEqual(quarters);
  });

  it('have moderators move more grades down than up, and give the moderated grade as the one that stands', () => {
    for (const q of quarters) {
      const moderated = q.cases.filter((c) => c.moderated !== null);
      expect(moderated.length, q.period).toBeGreaterThan(0);
      for (const c of moderated) expect(c.final).toBe(c.moderated);
      const down = moderated.filter((c) => gradeIndex(c.scale, c.moderated!) > gradeIndex(c.scale, c.auditor)).length;
      const up = moderated.filter((c) => gradeIndex(c.scale, c.moderated!) < gradeIndex(c.scale, c.auditor)).length;
      expect(down, q.period).toBeGreaterThan(up);
    }
  });

  it('are written without a moderated grade before moderation was reported, and with one after', () => {
    expect(auditsCsv(quarters[0]!, 0).split('\n')[0]).toBe('activity,type,service_area,month,scale,auditor_grade,count');
    const later = auditsCsv(quarters[MODERATION_REPORTED_FROM]!, MODERATION_REPORTED_FROM).split('\n');
    expect(later[0]).toBe('activity,type,service_area,month,scale,auditor_grade,moderated_grade,count');
    expect(later[1]!.startsWith(CASE_FILE_AUDITS)).toBe(true);
  });

  it('count every case once in the file', () => {
    const i = PERIODS.length - 1;
    const rows = auditsCsv(quarters[i]!, i).trim().split('\n').slice(1);
    const counted = rows.filter((r) => !r.startsWith('Family support')).reduce((sum, r) => sum + Number(r.split(',').at(-1)), 0);
    expect(counted).toBe(quarters[i]!.cases.length);
  });
});
