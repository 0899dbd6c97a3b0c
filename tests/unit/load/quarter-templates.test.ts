// The files `npm run new-quarter` writes load as valid data, with nothing filled in: the officer gets a warning
// that the quarter has no figures yet, not an error, until the figures are added.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/load/issue.ts';
import { NARRATIVE_SECTIONS, auditsTemplate, feedbackTemplate, narrativeTemplate, quarterTemplate } from '../../../src/load/quarter-templates.ts';
import { QUARTER_SPEC } from '../../../src/load/quarters.ts';
import { loadQaWith, loadWith } from '../../support/load-fixtures.ts';

describe('quarterTemplate', () => {
  it('has every column the quarter file reads and a row for each indicator, in order, with every other cell blank', () => {
    expect(quarterTemplate(['cla-rate', 'assess-45', 'contacts']).split('\n')).toEqual([
      [...QUARTER_SPEC.required, ...QUARTER_SPEC.optional].join(','),
      'cla-rate,,,,', 'assess-45,,,,', 'contacts,,,,', '',
    ]);
  });

  it('loads as a quarter with no figures yet: a warning, never an error', async () => {
    const { dataset, issues, warnings } = await loadWith({ 'quarters/2024-25-Q3.csv': quarterTemplate(['cla-rate', 'assess-45', 'contacts']) });
    expect(issues).toEqual([]);
    expect(dataset?.periods).toContain('2024-25-Q3');
    expect(warnings.map(formatIssue)).toContainEqual(expect.stringContaining('Q3 2024/25 has no figures yet'));
  });
});

describe('the quality assurance templates', () => {
  it('load with the new quarter as valid, empty files', async () => {
    const { issues } = await loadQaWith({
      'quarters/2024-25-Q3.csv': quarterTemplate(['cla-rate', 'assess-45', 'contacts']),
      'audits/2024-25-Q3.csv': auditsTemplate(),
      'feedback/2024-25-Q3.csv': feedbackTemplate(),
      'narrative/2024-25-Q3.md': narrativeTemplate(),
    });
    expect(issues).toEqual([]);
  });

  it('give the narrative the committee report\'s headings, in its order, under an empty summary', () => {
    expect(narrativeTemplate()).toBe(['---', 'summary:', '---', '', ...NARRATIVE_SECTIONS.flatMap((section) => [`## ${section}`, ''])].join('\n'));
    expect(NARRATIVE_SECTIONS).toEqual(['Strengths', 'Areas for improvement', 'Feedback from children and families', 'Next steps']);
  });
});
