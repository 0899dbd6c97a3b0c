// site.json "drafts", "site_url" and "base_path": read, and refused with a located message saying how to fix.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/load/issue.ts';
import { AUDITS_CSV, GRADE_SCALES_JSON, NARRATIVE_MD, issuesWith, loadWith } from '../../support/load-fixtures.ts';

const site = (extra: Record<string, unknown>) => `${JSON.stringify({
  organisation: 'Exampleshire County Council',
  title: 'Scorecard',
  comparators: [{ id: 'england', label: 'England' }, { id: 'region', label: 'North West' }],
  ...extra,
}, null, 2)}\n`;

describe('site.json "drafts"', () => {
  it('is read with the quarters it lists, and is empty when left out', async () => {
    const listed = await loadWith({ 'site.json': site({ drafts: [' 2024-25-Q2 '] }) });
    expect(listed.issues).toEqual([]);
    expect(listed.dataset?.site.drafts).toEqual(['2024-25-Q2']);
    // The loader still loads a draft quarter's data, so npm run validate checks it.
    expect(listed.dataset?.periods).toContain('2024-25-Q2');
    expect((await loadWith()).dataset?.site.drafts).toEqual([]);
  });

  it('accepts a draft quarter that has only quality assurance files', async () => {
    const { issues, dataset } = await loadWith({
      'site.json': site({ drafts: ['2024-25-Q3'] }),
      'grade-scales.json': GRADE_SCALES_JSON,
      'audits/2024-25-Q3.csv': AUDITS_CSV.replace('2024-04', '2024-10').replace('2024-05', '2024-11').replace('2024-06', '2024-12'),
      'narrative/2024-25-Q3.md': NARRATIVE_MD,
    });
    expect(issues).toEqual([]);
    expect(dataset?.site.drafts).toEqual(['2024-25-Q3']);
  });

  it('refuses a quarter with no file of its own, at its line, saying how to fix it', async () => {
    const text = site({ drafts: ['2024-25-Q2', '2025-26-Q1'] });
    const issues = await issuesWith({ 'site.json': text });
    expect(issues).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('"2025-26-Q1"')) + 1;
    expect(issues[0]).toMatchObject({ file: 'site.json', line, column: 'drafts[1]' });
    expect(formatIssue(issues[0]!)).toMatch(/"drafts" lists 2025-26-Q1, but there is no file for that quarter \(quarters\/2025-26-Q1\.csv.*remove it from "drafts"/);
  });

  it('refuses text that is not a quarter, a repeated quarter and a list written as text', async () => {
    const wrong = await issuesWith({ 'site.json': site({ drafts: ['2024/25 Q2'] }) });
    expect(wrong[0]).toMatchObject({ file: 'site.json', column: 'drafts[0]' });
    expect(wrong[0]!.message).toMatch(/"2024\/25 Q2" is not a quarter\. Write it as YYYY-YY-Qn/);
    const twice = await issuesWith({ 'site.json': site({ drafts: ['2024-25-Q2', '2024-25-Q2'] }) });
    expect(twice.map((i) => i.message)).toEqual(['2024-25-Q2 is listed twice in "drafts". List each quarter once.']);
    const text = await issuesWith({ 'site.json': site({ drafts: '2024-25-Q2' }) });
    expect(text[0]!.message).toMatch(/"drafts" must be a list of quarters in square brackets, e\.g\. "drafts": \["2026-27-Q1"\]/);
  });
});

describe('site.json "site_url" and "base_path"', () => {
  it('are read, the address without a trailing slash', async () => {
    const { issues, dataset } = await loadWith({ 'site.json': site({ site_url: 'https://www.example.gov.uk/', base_path: '/children/' }) });
    expect(issues).toEqual([]);
    expect(dataset?.site).toMatchObject({ siteUrl: 'https://www.example.gov.uk', basePath: '/children/' });
  });

  it('refuse an insecure address, an address with a folder and a base path without its slashes', async () => {
    const http = await issuesWith({ 'site.json': site({ site_url: 'http://www.example.gov.uk' }) });
    expect(http[0]).toMatchObject({ file: 'site.json', column: 'site_url' });
    expect(http[0]!.message).toMatch(/"site_url": .*not secure \(http:\)\. Write it with https:\/\//);
    const folder = await issuesWith({ 'site.json': site({ site_url: 'https://owner.github.io/scorecard' }) });
    expect(folder[0]!.message).toMatch(/includes a folder \(\/scorecard\)\. .*"base_path": "\/scorecard\/"/);
    const slashes = await issuesWith({ 'site.json': site({ base_path: 'children' }) });
    expect(slashes[0]).toMatchObject({ column: 'base_path' });
    expect(slashes[0]!.message).toMatch(/"base_path": "children" must start and end with \/, e\.g\. "\/children\/"/);
  });

  it('allow http for a address on this computer', async () => {
    const { issues } = await loadWith({ 'site.json': site({ site_url: 'http://localhost:4321' }) });
    expect(issues).toEqual([]);
  });
});
