import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/load/dataset.ts';
import { formatIssue } from '../../../src/load/issue.ts';
import {
  AUDITS_CSV, GRADE_SCALES_JSON, NARRATIVE_MD, QA_FILES, VALID_FILES, csv, loadQaWith, loadWith, qaIssuesWith, writeDataDir,
} from '../../support/load-fixtures.ts';

const excel = (text: string) => `\uFEFF${text.trimEnd().replace(/\n/g, '\r\n')}\r\n\r\n,,,,\r\n\r\n`;

describe('the demo data', () => {
  it('loads from data/ with no issues, including every QA file and the glossary', async () => {
    const { dataset, issues } = await loadDataset('data');
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset).not.toBeNull();
    if (!dataset) return;
    const { quality } = dataset;
    expect(quality.scales.map((scale) => scale.id)).toEqual(['ofsted', 'meets_good']);
    expect(quality.audits.length).toBeGreaterThan(0);
    expect(quality.domainGrades.length).toBeGreaterThan(0);
    expect(quality.schedule.length).toBeGreaterThan(0);
    expect(quality.actions.length).toBeGreaterThan(0);
    expect(quality.narratives.map((narrative) => narrative.period)).toEqual(dataset.periods);
    expect(dataset.glossary.length).toBeGreaterThan(0);
  });
});

describe('QA files are optional', () => {
  it('a dataset without any QA files or glossary has empty lists', async () => {
    const { dataset, issues } = await loadWith();
    expect(issues).toEqual([]);
    expect(dataset?.quality).toEqual({ scales: [], audits: [], ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] });
    expect(dataset?.glossary).toEqual([]);
  });

  it('grade-scales.json alone is fine', async () => {
    const { dataset, issues } = await loadWith({ 'grade-scales.json': GRADE_SCALES_JSON });
    expect(issues).toEqual([]);
    expect(dataset?.quality.scales).toHaveLength(2);
    expect(dataset?.quality.audits).toEqual([]);
  });

  it('grade-scales.json is required once there is an audits file', async () => {
    const issues = await qaIssuesWith({ 'grade-scales.json': null });
    expect(issues).toEqual([{
      file: 'grade-scales.json', line: null, column: null,
      message: expect.stringMatching(/this file is missing\. There are audit files in audits\/.*add grade-scales\.json to the data folder/),
    }]);
  });

  it('spots grade-scales.json saved with capitals', async () => {
    const issues = await qaIssuesWith({ 'grade-scales.json': null, 'Grade-Scales.json': GRADE_SCALES_JSON });
    expect(issues[0]?.message).toMatch(/There is a file called "Grade-Scales\.json": rename it "grade-scales\.json"/);
  });

  it('ignores non-data files in the QA folders, and a README in narrative/', async () => {
    const { issues } = await loadQaWith({
      'audits/.gitkeep': '', 'audits/notes.txt': 'x', 'audits/~$2024-25-Q1.csv': 'lock',
      'narrative/README.md': '# How to write narratives', 'audit-domains/README.md': 'x',
    });
    expect(issues).toEqual([]);
  });

  it('reports a file where a QA folder should be', async () => {
    const issues = await qaIssuesWith({ 'audits/2024-25-Q1.csv': null, 'audit-domains/2024-25-Q1.csv': null, audits: 'oops' });
    expect(issues).toEqual([{ file: 'audits', line: null, column: null, message: expect.stringMatching(/should be a folder.*but it is a file/) }]);
  });
});

describe('the whole fixture', () => {
  it('reads every QA file into the dataset', async () => {
    const { dataset, issues } = await loadQaWith();
    expect(issues).toEqual([]);
    if (!dataset) throw new Error('no dataset');
    const { quality } = dataset;
    expect(quality.scales[0]).toEqual({
      id: 'ofsted', label: 'Ofsted four-point scale',
      grades: [
        { id: 'outstanding', label: 'Outstanding', good: true },
        { id: 'good', label: 'Good', good: true },
        { id: 'requires_improvement', label: 'Requires improvement to be good', good: false },
        { id: 'inadequate', label: 'Inadequate', good: false },
      ],
      headline: 'good or better',
    });
    expect(quality.audits).toEqual([
      { period: '2024-25-Q1', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'good', moderatedGrade: 'good', count: 3, serviceArea: 'Front door', month: '2024-04', moderationReported: true },
      { period: '2024-25-Q1', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'requires_improvement', moderatedGrade: null, count: 2, serviceArea: 'Front door', month: '2024-05', moderationReported: true },
      { period: '2024-25-Q1', activity: 'Practice observations', type: 'observation', scale: 'meets_good', auditorGrade: 'meets_good', moderatedGrade: 'exceeds_good', count: 1, serviceArea: '', month: '2024-06', moderationReported: true },
    ]);
    expect(quality.domainGrades).toEqual([
      { period: '2024-25-Q1', activity: 'Case file audits', domain: 'Voice of the child', grade: 'good', count: 4 },
      { period: '2024-25-Q1', activity: 'Case file audits', domain: 'Planning', grade: 'requires_improvement', count: 1 },
    ]);
    expect(quality.schedule).toEqual([
      { month: '2024-04', activity: 'Case file audits', serviceArea: 'All service areas', status: 'complete' },
      { month: '2024-07', activity: 'Practice observations', serviceArea: 'Children in care', status: 'planned' },
    ]);
    expect(quality.actions).toEqual([
      { id: 'A01', title: 'Weekly tracking of assessments', owner: 'Head of Service', raised: '2024-25-Q1', due: '2025-03-31', status: 'on_track', completed: null, indicators: ['assess-45'] },
      { id: 'A02', title: 'Review contacts, with partners', owner: '', raised: '2024-25-Q1', due: '2024-09-30', status: 'complete', completed: '2024-09-12', indicators: ['assess-45', 'contacts'] },
      { id: 'A03', title: 'New plan template', owner: 'Head of Service', raised: '2024-25-Q2', due: '2025-06-30', status: 'not_started', completed: null, indicators: [] },
    ]);
    expect(quality.narratives).toHaveLength(1);
    expect(quality.narratives[0]?.summary).toBe('In April to June 2024 we audited 5 cases.');
    expect(dataset.glossary).toEqual([
      { term: 'CiC', expansion: 'Child in care', definition: 'A child looked after by the council, also called a looked after child.' },
      { term: 'ASYE', expansion: 'Assessed and supported year in employment', definition: '' },
    ]);
  });

  it('orders audits and narratives by period whatever the file names sort to', async () => {
    const { dataset, issues } = await loadQaWith({
      'audits/2023-24-Q4.csv': csv('activity,scale,auditor_grade,moderated_grade,count', 'Case file audits,ofsted,good,,1'),
      'narrative/2023-24-Q4.md': '---\nsummary: Earlier.\n---\n',
    });
    expect(issues).toEqual([]);
    expect(dataset?.quality.audits.map((row) => row.period)).toEqual(['2023-24-Q4', '2024-25-Q1', '2024-25-Q1', '2024-25-Q1']);
    expect(dataset?.quality.narratives.map((narrative) => narrative.period)).toEqual(['2023-24-Q4', '2024-25-Q1']);
  });
});

describe('Excel habits in the QA CSV files', () => {
  it('accepts a byte-order mark, CRLF, trailing blank rows, padded values and headers in capitals', async () => {
    const { dataset, issues } = await loadQaWith({
      'audits/2024-25-Q1.csv': excel(csv(
        ' Activity , TYPE ,Service_Area, Month ,Scale,Auditor_Grade,Moderated_Grade,Count',
        ' Case file audits , Audit , Front door , 2024-04 , ofsted , Good , Requires improvement , 3 ',
        'Case file audits,,Front door,,ofsted, requires-improvement ,,2',
        'Dip sample,Dip sample,,,meets_good,Does not meet good,,1',
      )),
      'audit-domains/2024-25-Q1.csv': excel(csv(' ACTIVITY ,Domain,Grade, Count ', ' Case file audits , Voice of the child , good , 4 ')),
      'schedule.csv': excel(csv('Month,Activity,Service_Area,Status', ' 2024-04 , Case file audits ,, Complete ')),
      'actions.csv': excel(csv(
        'ID,Title,Owner,Raised,Due,Status,Indicators',
        ' A01 , Tracking , Head of Service , 2024-25-Q1 , 2025-03-31 , On track , assess-45 ; contacts ; ',
      )),
      'glossary.csv': excel(csv('Term,Expansion,Definition', ' CiC , Child in care ,')),
      'narrative/2024-25-Q1.md': '\uFEFF---\r\nsummary: A summary.\r\n---\r\n\r\n## Strengths\r\n\r\nGood.\r\n\r\n',
    });
    expect(issues).toEqual([]);
    if (!dataset) throw new Error('no dataset');
    expect(dataset.quality.audits).toEqual([
      { period: '2024-25-Q1', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'good', moderatedGrade: 'requires_improvement', count: 3, serviceArea: 'Front door', month: '2024-04', moderationReported: true },
      { period: '2024-25-Q1', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'requires_improvement', moderatedGrade: null, count: 2, serviceArea: 'Front door', month: null, moderationReported: true },
      { period: '2024-25-Q1', activity: 'Dip sample', type: 'dip_sample', scale: 'meets_good', auditorGrade: 'does_not_meet_good', moderatedGrade: null, count: 1, serviceArea: '', month: null, moderationReported: true },
    ]);
    expect(dataset.quality.domainGrades).toEqual([{ period: '2024-25-Q1', activity: 'Case file audits', domain: 'Voice of the child', grade: 'good', count: 4 }]);
    expect(dataset.quality.schedule).toEqual([{ month: '2024-04', activity: 'Case file audits', serviceArea: '', status: 'complete' }]);
    expect(dataset.quality.actions[0]).toMatchObject({ id: 'A01', status: 'on_track', indicators: ['assess-45', 'contacts'] });
    expect(dataset.glossary).toEqual([{ term: 'CiC', expansion: 'Child in care', definition: '' }]);
    expect(dataset.quality.narratives[0]).toEqual({ period: '2024-25-Q1', summary: 'A summary.', sections: [{ heading: 'Strengths', html: '<p>Good.</p>\n' }] });
  });

  it('reports problems in every QA file in one pass, in file order', async () => {
    const issues = await qaIssuesWith({
      'audits/2024-25-Q1.csv': AUDITS_CSV.replace('good,good,3', 'good,good,three'),
      'audit-domains/2024-25-Q1.csv': csv('activity,domain,grade,count', 'Case file audits,,good,1'),
      'narrative/2024-25-Q1.md': '---\nsummary:\n---\n',
      'schedule.csv': csv('month,activity,service_area,status', '2024-13,Audits,,planned'),
      'actions.csv': csv('id,title,owner,raised,due,status,indicators', 'A1,T,O,2024-25-Q1,2025-02-30,on_track,'),
      'glossary.csv': csv('term,expansion', 'CiC,'),
    });
    expect(issues.map((item) => item.file)).toEqual([
      'audits/2024-25-Q1.csv', 'audit-domains/2024-25-Q1.csv', 'narrative/2024-25-Q1.md', 'schedule.csv', 'actions.csv', 'glossary.csv',
    ]);
  });
});

describe('loadQuality: images in narratives are files in the data folder, copied into the site', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const withImages = (...lines: string[]) => writeDataDir({ ...VALID_FILES, ...QA_FILES, 'narrative/2024-25-Q1.md': `${NARRATIVE_MD}\n${lines.join('\n')}\n` });

  it('reads each image once and points the narrative at its copy under media/', async () => {
    const dir = withImages('![Grades by quarter](images/grades.png)', '', 'Again: ![Grades](images/grades.png)');
    mkdirSync(path.join(dir, 'narrative', 'images'));
    writeFileSync(path.join(dir, 'narrative', 'images', 'grades.png'), PNG);
    const { dataset, issues } = await loadDataset(dir, { base: '/children/' });
    expect(issues).toEqual([]);
    expect(dataset?.quality.media).toEqual([{ path: 'narrative/images/grades.png', bytes: PNG }]);
    const html = dataset?.quality.narratives[0]?.sections.map((section) => section.html).join('') ?? '';
    expect(html).toContain('<img src="/children/media/narrative/images/grades.png" alt="Grades by quarter">');
  });

  it('refuses a missing image, and a file that is not the image its name says, at the line that shows it', async () => {
    const dir = withImages('![Missing](images/missing.png)', '', '![Fake](fake.png)');
    writeFileSync(path.join(dir, 'narrative', 'fake.png'), '<script>alert(1)</script>');
    const { dataset, issues } = await loadDataset(dir);
    expect(dataset).toBeNull();
    const lines = NARRATIVE_MD.split('\n').length;
    expect(issues).toEqual([
      { file: 'narrative/2024-25-Q1.md', line: lines + 1, column: '12', message: expect.stringContaining('the image narrative/images/missing.png is not in the data folder') },
      { file: 'narrative/2024-25-Q1.md', line: lines + 3, column: '9', message: expect.stringContaining('the file narrative/fake.png is not a PNG image') },
    ]);
  });
});
