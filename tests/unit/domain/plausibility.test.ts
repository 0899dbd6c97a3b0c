// Figures that are valid but look like a typing or pasting slip, in the newest quarter only: each finding names the
// indicator, the cell to check and what to write instead; ordinary movement, small figures and older quarters
// draw nothing. (tests/unit/load/plausibility-warnings.test.ts checks where the loader places them.)
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import { plausibilityFindings } from '../../../src/domain/plausibility.ts';
import type { Indicator } from '../../../src/domain/types.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

const FIRST = '2023-24-Q1';

function periodsFrom(count: number): string[] {
  const periods = [FIRST];
  while (periods.length < count) periods.push(nextPeriod(periods.at(-1)!));
  return periods;
}

/** One indicator's quarters, oldest first; commentary by quarter where given. */
function findings(indicator: Indicator, values: (number | null)[], options: { commentary?: string[]; target?: number; period?: string } = {}) {
  const periods = periodsFrom(values.length);
  const dataset = makeDataset({
    indicators: [indicator],
    periods,
    values: values.map((value, i) => quarterValue(indicator.id, periods[i]!, value, { commentary: options.commentary?.[i] ?? `What happened in ${periods[i]}.` })),
    targets: options.target === undefined ? [] : [targetRow(FIRST, options.target, { indicatorId: indicator.id })],
  });
  return plausibilityFindings(indexDataset(dataset), options.period);
}

const agency = makeIndicator({ id: 'agency-social-workers', title: 'Agency social workers', unit: 'percent', polarity: 'lower_is_better' });
const caseload = makeIndicator({ id: 'caseload', title: 'Average caseload per social worker', unit: 'number', polarity: 'lower_is_better', decimals: 1 });
const plans = makeIndicator({ id: 'cp-plans-2-years', title: 'Child protection plans lasting 2 years or more', unit: 'percent', polarity: 'lower_is_better' });
const children = makeIndicator({ id: 'children-in-care', title: 'Children in care', unit: 'count', polarity: 'neutral' });
const assessments = makeIndicator();

describe('plausibilityFindings', () => {
  it('find nothing in ordinary movement', () => {
    expect(findings(agency, [14.2, 14.8, 15.1, 14.9, 14.5])).toEqual([]);
  });

  it('name a percentage pasted as a fraction, with the figure to write', () => {
    expect(findings(agency, [14.2, 14.8, 15.1, 14.9, 0.149])).toEqual([{
      indicatorId: 'agency-social-workers', period: '2024-25-Q1', kind: 'pasted_fraction', cell: 'value',
      message: '"Agency social workers" (agency-social-workers): the value 0.149 is between 0 and 1, but in earlier quarters this percentage was ' +
        'between 14.2 and 15.1. It looks like a fraction pasted from a spreadsheet percentage cell. If 0.149 was meant as 14.9%, write 14.9.',
    }]);
  });

  it('do not take a small percentage falling below 1 for a pasted fraction', () => {
    expect(findings(plans, [1.4, 1.1, 1.2, 0.8])).toEqual([]);
  });

  it('suggest the figure meant when a decimal point slipped', () => {
    const [finding] = findings(caseload, [15.2, 15.6, 15.9, 159]);
    expect(finding).toMatchObject({ kind: 'sudden_change', cell: 'value', indicatorId: 'caseload' });
    expect(finding!.message).toContain('the value 159 is more than 5 times the Q3 2023/24 value (15.9)');
    expect(finding!.message).toContain('if 15.9 was meant, write 15.9');
    expect(findings(caseload, [15.2, 15.6, 15.9, 1.59])[0]!.message).toContain('less than a fifth of');
  });

  it('leave small figures alone, however much they move: 2 children becoming 11, 1.5% becoming 8%', () => {
    expect(findings(children, [3, 2, 11])).toEqual([]);
    expect(findings(agency, [1.5, 1.6, 8])).toEqual([]);
  });

  it('name a value far outside the last quarters\' range, but not a move just beyond it', () => {
    const [far] = findings(assessments, [62, 60, 65, 63, 61, 20]);
    expect(far).toMatchObject({ kind: 'outside_history', cell: 'value' });
    expect(far!.message).toContain('the value 20 is far below anything in the last 5 quarters with a figure (60 to 65)');
    expect(findings(assessments, [62, 60, 65, 63, 61, 58])).toEqual([]);
  });

  it('need four earlier quarters before calling a value outside the history', () => {
    expect(findings(assessments, [62, 60, 65, 20])).toEqual([]);
  });

  it('name commentary copied word for word from the quarter before', () => {
    const same = 'Recruitment campaign under way.';
    expect(findings(agency, [15, 14.5], { commentary: [same, ` ${same} `] })).toEqual([expect.objectContaining({
      kind: 'repeated_commentary', cell: 'commentary',
      message: expect.stringContaining('the commentary is word for word the same as in Q1 2023/24'),
    })]);
  });

  it('name a red with no commentary, quoting its value and target', () => {
    const [finding] = findings(assessments, [85, 70], { commentary: ['Explained.', ''], target: 90 });
    expect(finding).toMatchObject({ kind: 'red_without_commentary', cell: 'commentary' });
    expect(finding!.message).toContain('this is red (70.0% against a target of ≥ 90.0%) but has no commentary');
    expect(findings(assessments, [85, 95], { commentary: ['Explained.', ''], target: 90 })).toEqual([]);
  });

  it('say once that a quarter with no figures has none, and nothing else', () => {
    expect(findings(agency, [14.2, 14.8, null], { commentary: ['Same.', 'Same.', 'Same.'] })).toEqual([{
      indicatorId: null, period: '2023-24-Q3', kind: 'no_figures', cell: null,
      message: 'Q3 2023/24 has no figures yet: every value is blank, so its scorecard will show "No data" throughout. Fill in the values (and commentary) before publishing.',
    }]);
  });

  it('check only the quarter asked for, the newest by default', () => {
    const values = [15.2, 159, 15.6, 15.9];
    expect(findings(caseload, values)).toEqual([]);
    expect(findings(caseload, values, { period: '2023-24-Q2' })).toEqual([expect.objectContaining({ kind: 'sudden_change', period: '2023-24-Q2' })]);
  });
});
