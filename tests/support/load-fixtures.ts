// Small data directories written to a temporary folder for each test.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadDataset } from '../../src/load/dataset.ts';
import type { ValidationIssue } from '../../src/load/issue.ts';

export type FileMap = Record<string, string | Uint8Array | null>;

const created: string[] = [];

afterEach(() => {
  while (created.length > 0) rmSync(created.pop() ?? '', { recursive: true, force: true });
});

/** Writes `files` (name → content; forward-slash paths) into a new temporary directory and returns its path. */
export function writeDataDir(files: FileMap): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-data-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    const target = path.join(dir, ...name.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export const SITE_JSON = `{
  "organisation": "Exampleshire County Council",
  "title": "Children's services performance",
  "comparators": [
    { "id": "england", "label": "England" },
    { "id": "region", "label": "North West" }
  ]
}
`;

export const INDICATORS_CSV = [
  'id,title,theme,unit,polarity,amber,decimals,definition,source',
  'cla-rate,Children in care per 10000,Children in care,rate_per_10000,lower_is_better,,1,Children looked after per 10000 children,SSDA903',
  'assess-45,Assessments in 45 days,Assessment,percent,higher_is_better,2,,,',
  'contacts,Contacts received,Front door,count,neutral,,,,',
  '',
].join('\n');

export const TARGETS_CSV = [
  'indicator_id,period,target,operator,amber',
  'assess-45,2024-25-Q1,85,,',
  'contacts,2024-25-Q1,1000,<=,50',
  'contacts,2024-25-Q2,,,',
  '',
].join('\n');

export const Q1_CSV = [
  'indicator_id,value,numerator,denominator,commentary',
  'cla-rate,70.5,210,29800,',
  'assess-45,85.0,170,200,On target',
  'contacts,950,,,',
  '',
].join('\n');

export const Q2_CSV = [
  'indicator_id,value,numerator,denominator,commentary',
  'cla-rate,71.2,,,',
  'assess-45,,,,Not yet available',
  // Every indicator has a row in the newest quarter; a blank value says there is no figure.
  'contacts,,,,',
  '',
].join('\n');

export const COMPARATORS_CSV = [
  'indicator_id,comparator,period,value',
  'cla-rate,england,2024-25-Q1,70',
  'assess-45,region,2024-25-Q1,82.3',
  '',
].join('\n');

export const VALID_FILES: FileMap = {
  'site.json': SITE_JSON,
  'indicators.csv': INDICATORS_CSV,
  'targets.csv': TARGETS_CSV,
  'quarters/2024-25-Q1.csv': Q1_CSV,
  'quarters/2024-25-Q2.csv': Q2_CSV,
  'comparators.csv': COMPARATORS_CSV,
};

/** The valid fixture with some files replaced (null removes a file). */
export function dataDirWith(overrides: FileMap = {}): string {
  return writeDataDir({ ...VALID_FILES, ...overrides });
}

/** Loads the valid fixture with some files replaced. */
export async function loadWith(overrides: FileMap = {}): ReturnType<typeof loadDataset> {
  return loadDataset(dataDirWith(overrides));
}

/** Loads the valid fixture with one file replaced, and returns the issues (asserting there are some). */
export async function issuesWith(overrides: FileMap): Promise<ValidationIssue[]> {
  const { dataset, issues } = await loadWith(overrides);
  if (issues.length === 0) throw new Error('expected validation issues, found none');
  if (dataset !== null) throw new Error('expected no dataset when there are issues');
  return issues;
}

/** A CSV made from lines joined with \n and a final newline. */
export function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

// Quality assurance files and the glossary: all optional, so VALID_FILES has none of them.

export const GRADE_SCALES_JSON = `[
  {
    "id": "ofsted",
    "label": "Ofsted four-point scale",
    "grades": [
      { "id": "outstanding", "label": "Outstanding", "good": true },
      { "id": "good", "label": "Good", "good": true },
      { "id": "requires_improvement", "label": "Requires improvement to be good", "good": false },
      { "id": "inadequate", "label": "Inadequate", "good": false }
    ]
  },
  {
    "id": "meets_good",
    "label": "Meets good three-point scale",
    "grades": [
      { "id": "exceeds_good", "label": "Exceeds good", "good": true },
      { "id": "meets_good", "label": "Meets good", "good": true },
      { "id": "does_not_meet_good", "label": "Does not meet good", "good": false }
    ]
  }
]
`;

export const AUDITS_CSV = csv(
  'activity,type,service_area,month,scale,auditor_grade,moderated_grade,count',
  'Case file audits,audit,Front door,2024-04,ofsted,good,good,3',
  'Case file audits,audit,Front door,2024-05,ofsted,requires_improvement,,2',
  'Practice observations,observation,,2024-06,meets_good,meets_good,exceeds_good,1',
);

export const AUDIT_DOMAINS_CSV = csv(
  'activity,domain,grade,count',
  'Case file audits,Voice of the child,good,4',
  'Case file audits,Planning,requires_improvement,1',
);

export const NARRATIVE_MD = [
  '---',
  'summary: In April to June 2024 we audited 5 cases.',
  '---',
  '',
  'An opening paragraph.',
  '',
  '## Strengths',
  '',
  'Visits were *timely*.',
  '',
  '### Detail',
  '',
  '- one',
  '- two',
  '',
  '## Next steps',
  '',
  'More audits.',
  '',
].join('\n');

export const SCHEDULE_CSV = csv(
  'month,activity,service_area,status',
  '2024-04,Case file audits,All service areas,complete',
  '2024-07,Practice observations,Children in care,planned',
);

export const ACTIONS_CSV = csv(
  'id,title,owner,raised,due,status,completed,indicators',
  'A01,Weekly tracking of assessments,Head of Service,2024-25-Q1,2025-03-31,on_track,,assess-45',
  'A02,"Review contacts, with partners",,2024-25-Q1,2024-09-30,complete,2024-09-12,assess-45;contacts',
  'A03,New plan template,Head of Service,2024-25-Q2,2025-06-30,not_started,,',
);

export const GLOSSARY_CSV = csv(
  'term,expansion,definition',
  'CiC,Child in care,"A child looked after by the council, also called a looked after child."',
  'ASYE,Assessed and supported year in employment,',
);

export const QA_FILES: FileMap = {
  'grade-scales.json': GRADE_SCALES_JSON,
  'audits/2024-25-Q1.csv': AUDITS_CSV,
  'audit-domains/2024-25-Q1.csv': AUDIT_DOMAINS_CSV,
  'narrative/2024-25-Q1.md': NARRATIVE_MD,
  'schedule.csv': SCHEDULE_CSV,
  'actions.csv': ACTIONS_CSV,
  'glossary.csv': GLOSSARY_CSV,
};

/** Loads the valid fixture plus the QA files, with some files replaced; `today` is the build's date. */
export async function loadQaWith(overrides: FileMap = {}, today?: string): ReturnType<typeof loadDataset> {
  return loadDataset(writeDataDir({ ...VALID_FILES, ...QA_FILES, ...overrides }), today === undefined ? {} : { today });
}

/** Like issuesWith, on the fixture with the QA files. */
export async function qaIssuesWith(overrides: FileMap): Promise<ValidationIssue[]> {
  return issuesWith({ ...QA_FILES, ...overrides });
}
