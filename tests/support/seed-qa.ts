// QA data folders written from the councils' own tables.
//
// Nottinghamshire, Q4 2013/14 (seed 003): Children's Social Care graded 320 audits "adequate or good" (82%) or
// inadequate (18%); Targeted Support graded 101 on the four Ofsted grades, 59% good or outstanding against 52%
// in quarter 3, and 9% inadequate against 18%; 15 CAFs were graded 4 good, 9 requiring improvement and 2
// inadequate; 235 family support audits were done but not graded. The report gives no moderation figures.
// Quarter 3's Targeted Support total is not in the report: 100 keeps its 52% and 18% exact.
//
// Coventry, 2017/18 (seed 004): audits reported month by month on the Meets Good scale. January: 19 cases, 5
// Meets Good and 14 Does not meet good, moderation agreeing with every grade. February: 21 cases; after
// moderation 2 Exceeds Good, 2 Meets Good and 17 Does not meet good.
import { csv, type FileMap } from './load-fixtures.ts';

export const NOTTS_GRADE_SCALES = `[
  { "id": "csc", "label": "Children's Social Care audit grades", "headline": "adequate or good",
    "grades": [ { "id": "adequate_or_good", "label": "Adequate or good", "good": true }, { "id": "inadequate", "label": "Inadequate", "good": false } ] },
  { "id": "ofsted", "label": "Ofsted grades", "headline": "good or outstanding",
    "grades": [ { "id": "outstanding", "label": "Outstanding", "good": true }, { "id": "good", "label": "Good", "good": true },
      { "id": "requires_improvement", "label": "Requires improvement", "good": false }, { "id": "inadequate", "label": "Inadequate", "good": false } ] },
  { "id": "caf", "label": "CAF quality grades", "headline": "good quality",
    "grades": [ { "id": "good", "label": "Good quality", "good": true }, { "id": "requires_improvement", "label": "Requires improvement", "good": false },
      { "id": "inadequate", "label": "Inadequate", "good": false } ] }
]
`;

/** No moderated_grade column: the report does not say what was moderated. */
export const NOTTS_Q3 = csv(
  'activity,service_area,scale,auditor_grade,count',
  'Targeted support case audits,Targeted Support,ofsted,good,52',
  'Targeted support case audits,Targeted Support,ofsted,requires_improvement,30',
  'Targeted support case audits,Targeted Support,ofsted,inadequate,18',
);

export const NOTTS_Q4 = csv(
  'activity,service_area,scale,auditor_grade,count',
  "Social care case file audits,Children's Social Care,csc,adequate_or_good,262",
  "Social care case file audits,Children's Social Care,csc,inadequate,58",
  'Targeted support case audits,Targeted Support,ofsted,good,60',
  'Targeted support case audits,Targeted Support,ofsted,requires_improvement,32',
  'Targeted support case audits,Targeted Support,ofsted,inadequate,9',
  'Family support case audits,Family Support (NCFP),,,235',
  'CAF audits,Early Help,caf,good,4',
  'CAF audits,Early Help,caf,requires_improvement,9',
  'CAF audits,Early Help,caf,inadequate,2',
);

export const NOTTS_FILES: FileMap = {
  'grade-scales.json': NOTTS_GRADE_SCALES,
  'audits/2013-14-Q3.csv': NOTTS_Q3,
  'audits/2013-14-Q4.csv': NOTTS_Q4,
};

export const COVENTRY_GRADE_SCALES = `[
  { "id": "meets_good", "label": "Coventry audit tool", "headline": "meets good or better",
    "grades": [ { "id": "exceeds_good", "label": "Exceeds good", "good": true }, { "id": "meets_good", "label": "Meets good", "good": true },
      { "id": "does_not_meet_good", "label": "Does not meet good", "good": false } ] }
]
`;

export const COVENTRY_MONTHLY = csv(
  'activity,month,scale,auditor_grade,moderated_grade,count',
  'Monthly case file audits,2018-01,meets_good,meets_good,meets_good,5',
  'Monthly case file audits,2018-01,meets_good,does_not_meet_good,does_not_meet_good,14',
  'Monthly case file audits,2018-02,meets_good,exceeds_good,exceeds_good,1',
  'Monthly case file audits,2018-02,meets_good,meets_good,exceeds_good,1',
  'Monthly case file audits,2018-02,meets_good,meets_good,meets_good,2',
  'Monthly case file audits,2018-02,meets_good,meets_good,does_not_meet_good,7',
  'Monthly case file audits,2018-02,meets_good,does_not_meet_good,does_not_meet_good,10',
);

export const COVENTRY_FILES: FileMap = {
  'grade-scales.json': COVENTRY_GRADE_SCALES,
  'audits/2017-18-Q4.csv': COVENTRY_MONTHLY,
};
