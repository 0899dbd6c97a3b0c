// Plausible-looking mistakes are warned about, on the cell to check, and never block; clean data draws no warning.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/load/dataset.ts';
import { formatIssue } from '../../../src/load/issue.ts';
import { writeDataDir } from '../../support/load-fixtures.ts';
import { SEED_LATEST, seedLine, seedShapedFiles, type LatestChange } from '../../support/seed-shaped.ts';

const root = path.resolve(import.meta.dirname, '../../..');

async function warningsWith(latest: Record<string, LatestChange> = {}) {
  const { dataset, issues, warnings } = await loadDataset(writeDataDir(seedShapedFiles(latest)));
  expect(issues).toEqual([]);
  expect(dataset).not.toBeNull();
  return warnings;
}

describe('plausibility warnings', () => {
  it('are not given on the demo data', async () => {
    const { issues, warnings } = await loadDataset(path.join(root, 'data'));
    expect(issues).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([]);
  });

  it('are not given on seed-shaped data: ordinary movement, small counts, a small percentage below 1, an old red without commentary', async () => {
    expect((await warningsWith()).map(formatIssue)).toEqual([]);
  });

  it('name a percentage pasted as a fraction, with the figure to write instead', async () => {
    const warnings = await warningsWith({ 'agency-social-workers': { value: '0.149' } });
    expect(warnings.map(formatIssue)).toEqual([
      `${SEED_LATEST}, line ${seedLine('agency-social-workers')}, column B (value): "Agency social workers (FTE rate)" (agency-social-workers): ` +
      'the value 0.149 is between 0 and 1, but in earlier quarters this percentage was between 15.4 and 17.1. ' +
      'It looks like a fraction pasted from a spreadsheet percentage cell. If 0.149 was meant as 14.9%, write 14.9.',
    ]);
  });

  it('name a value more than five times the last, suggesting the misplaced decimal point', async () => {
    const [warning, ...others] = await warningsWith({ caseload: { value: '156', commentary: 'Caseloads rose.' } });
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: SEED_LATEST, line: seedLine('caseload'), column: 'B (value)' });
    expect(warning!.message).toContain('"Average caseload per social worker" (caseload): the value 156 is more than 5 times the Q1 2024/25 value (15.9)');
    expect(warning!.message).toContain('if 15.6 was meant, write 15.6');
  });

  it('name a value less than a fifth of the last', async () => {
    const [warning, ...others] = await warningsWith({ caseload: { value: '1.56' } });
    expect(others).toEqual([]);
    expect(warning!.message).toContain('the value 1.56 is less than a fifth of the Q1 2024/25 value (15.9)');
    expect(warning!.message).toContain('if 15.6 was meant, write 15.6');
  });

  it('leave small counts alone even when they move by more than five times', async () => {
    expect(await warningsWith({ 'missing-episodes': { value: '12' } })).toEqual([]);
    expect(await warningsWith({ 'missing-episodes': { value: '0' } })).toEqual([]);
  });

  it('name a value far outside the indicator’s history', async () => {
    const [warning, ...others] = await warningsWith({ 'audits-good': { value: '96' } });
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: SEED_LATEST, line: seedLine('audits-good'), column: 'B (value)' });
    expect(warning!.message).toContain('the value 96 is far above anything in the last 5 quarters with a figure (48 to 61)');
  });

  it('do not call a move just beyond the history far outside it', async () => {
    expect(await warningsWith({ 'audits-good': { value: '72' }, contacts: { value: '4700' } })).toEqual([]);
  });

  it('name commentary copied word for word from the quarter before', async () => {
    const [warning, ...others] = await warningsWith({ 're-referrals': { commentary: 'Within target.' } });
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: SEED_LATEST, line: seedLine('re-referrals'), column: 'E (commentary)' });
    expect(warning!.message).toContain('the commentary is word for word the same as in Q1 2024/25');
  });

  it('name a red in the newest quarter with no commentary, with its value and target', async () => {
    const [warning, ...others] = await warningsWith({ 'agency-social-workers': { value: '17.9', commentary: '' } });
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: SEED_LATEST, line: seedLine('agency-social-workers'), column: 'E (commentary)' });
    expect(warning!.message).toContain('this is red (17.9% against a target of ≤ 15.0%) but has no commentary');
  });

  it('say once that a quarter has no figures yet, and nothing else about it', async () => {
    const files = seedShapedFiles();
    // As npm run new-quarter writes it: a row for every indicator, nothing filled in.
    const ids = String(files['indicators.csv']).trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    files['quarters/2024-25-Q3.csv'] = `indicator_id,value,numerator,denominator,commentary\n${ids.map((id) => `${id},,,,\n`).join('')}`;
    const { issues, warnings } = await loadDataset(writeDataDir(files));
    expect(issues).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([
      'quarters/2024-25-Q3.csv: Q3 2024/25 has no figures yet: every value is blank, so its scorecard will show "No data" throughout. Fill in the values (and commentary) before publishing.',
    ]);
  });
});
