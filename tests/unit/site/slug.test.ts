import { describe, expect, it } from 'vitest';
import { activityAnchors, slug, uniqueSlugs } from '../../../src/site/slug.ts';

describe('slug', () => {
  it('makes lower-case, hyphenated fragment ids', () => {
    expect(slug('Dip sample: re-referrals within 12 months')).toBe('dip-sample-re-referrals-within-12-months');
    expect(slug('  Children in care!  ')).toBe('children-in-care');
  });
});

describe('uniqueSlugs', () => {
  it('keeps anchors unique when names slug alike, in list order', () => {
    expect([...uniqueSlugs(['CIN audits', 'CiN audits', 'Cin-audits', 'Other'])]).toEqual([
      ['CIN audits', 'cin-audits'],
      ['CiN audits', 'cin-audits-2'],
      ['Cin-audits', 'cin-audits-3'],
      ['Other', 'other'],
    ]);
  });

  it('gives QA activities anchors with a prefix', () => {
    expect(activityAnchors([{ activity: 'Monthly case file audits' }]).get('Monthly case file audits')).toBe('activity-monthly-case-file-audits');
  });
});
