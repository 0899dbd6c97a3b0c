import { describe, expect, it } from 'vitest';
import { actionAnchors, activityAnchors, part, slug, themeAnchors, uniqueSlugs } from '../../../src/site/slug.ts';

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

describe('anchors stay unique whatever the names', () => {
  it('skips an id another name already took, and names with no letters get one too', () => {
    expect([...uniqueSlugs(['A', 'A 2', 'a', '!!!', '???'])]).toEqual([
      ['A', 'a'], ['A 2', 'a-2'], ['a', 'a-3'], ['!!!', 'item'], ['???', 'item-2'],
    ]);
  });

  it('action ids that differ only in case, and themes that slug alike, get their own anchors', () => {
    expect([...actionAnchors(['A1', 'a1']).values()]).toEqual(['action-a1', 'action-a1-2']);
    expect([...themeAnchors(['Early help', 'Early-help', 'early help!']).values()]).toEqual(['theme-early-help', 'theme-early-help-2', 'theme-early-help-3']);
  });

  it('parts of a section can never equal another section id', () => {
    const anchors = activityAnchors([{ activity: 'A' }, { activity: 'A mix' }]);
    expect(part(anchors.get('A')!, 'mix')).toBe('activity-a__mix');
    expect(anchors.get('A mix')).toBe('activity-a-mix');
  });
});
