// The closeness rule for column headings: the slips people make typing a heading are caught, and ordinary
// extra columns are not taken for misspellings.
import { describe, expect, it } from 'vitest';
import { closeHeadings, isCloseHeading, simplifyHeading, typingDistance } from '../../../src/load/column-names.ts';

describe('the closeness of a heading to a known column', () => {
  it('sets aside capitals, spaces, underscores, hyphens, punctuation and a plural ending', () => {
    expect(simplifyHeading(' Indicator IDs ')).toBe('indicatorid');
    expect(simplifyHeading('indicator-id')).toBe('indicatorid');
    expect(simplifyHeading('Activities')).toBe('activity');
    expect(simplifyHeading('status')).toBe(simplifyHeading('Status'));
  });

  it('counts a swap of two letters side by side as one slip', () => {
    expect(typingDistance('numerator', 'numerater')).toBe(1);
    expect(typingDistance('value', 'vaule')).toBe(1);
    expect(typingDistance('comment', 'commentary')).toBe(3);
  });

  it.each([
    ['comments', 'commentary'],
    ['Comment', 'commentary'],
    ['numerater', 'numerator'],
    ['denominater', 'denominator'],
    ['Indicator ID', 'indicator_id'],
    ['indicator', 'indicator_id'],
    ['ID', 'indicator_id'],
    ['Values', 'value'],
    ['Due date', 'due'],
    ['service area', 'service_area'],
    ['Activities', 'activity'],
    ['Moderated', 'moderated_grade'],
    ['commentary\u200b', 'commentary'],
  ])('"%s" is close to %s', (heading, known) => {
    expect(isCloseHeading(heading, known)).toBe(true);
  });

  it.each([
    ['date', 'due'],
    ['team', 'type'],
    ['notes', 'value'],
    ['notes', 'commentary'],
    ['rag', 'value'],
    ['indicator_name', 'indicator_id'],
    ['description', 'definition'],
    ['source', 'value'],
    ['previous', 'period'],
  ])('"%s" is not close to %s', (heading, known) => {
    expect(isCloseHeading(heading, known)).toBe(false);
  });

  it('lists every known column a heading could be, in the order given', () => {
    expect(closeHeadings('grade', ['activity', 'scale', 'auditor_grade', 'count', 'moderated_grade'])).toEqual(['auditor_grade', 'moderated_grade']);
    expect(closeHeadings('notes', ['indicator_id', 'value', 'numerator', 'denominator', 'commentary'])).toEqual([]);
  });
});
