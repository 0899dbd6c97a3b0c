import { describe, expect, it } from 'vitest';
import { domainSentence, gradeChangeSentence, gradedShareText, headlinesText, lowestGradesText, moderationSentence, monthLabel, monthsSentence, notGradedSentence, passLinesSentence, passLineText, sharePercentText, typeHeading, typeName } from '../../../../src/domain/quality/wording.ts';
import type { DomainSummary } from '../../../../src/domain/quality/domains.ts';

const share = (count: number, total: number) => ({ count, total, percent: total ? (count / total) * 100 : null });

describe('moderationSentence', () => {
  it('states how many were moderated with the base, and what moderation did', () => {
    expect(moderationSentence({ graded: 48, moderated: 24, agreed: 22, downgraded: 2, upgraded: 0 })).toBe(
      '24 of 48 (50%) were moderated: 22 agreed and 2 moved down.',
    );
    expect(moderationSentence({ graded: 21, moderated: 21, agreed: 13, downgraded: 7, upgraded: 1 })).toBe(
      '21 of 21 (100%) were moderated: 13 agreed, 7 moved down and 1 moved up.',
    );
    expect(moderationSentence({ graded: 9, moderated: 1, agreed: 1, downgraded: 0, upgraded: 0 })).toBe('1 of 9 (11%) was moderated: 1 agreed.');
  });

  it('says when nothing was moderated or there were no audits', () => {
    expect(moderationSentence({ graded: 7, moderated: 0, agreed: 0, downgraded: 0, upgraded: 0 })).toBe(
      "None of the 7 was moderated, so the auditors' grades stand.",
    );
    expect(moderationSentence({ graded: 0, moderated: 0, agreed: 0, downgraded: 0, upgraded: 0 })).toBe('There were no audits.');
  });
});

describe('gradeChangeSentence', () => {
  it('compares good or better before and after moderation', () => {
    expect(gradeChangeSentence(share(4, 9), share(1, 9))).toBe('Auditors graded 4 of 9 (44%) good or better; after moderation, 1 of 9 (11%).');
    expect(gradeChangeSentence(share(6, 7), share(6, 7))).toBe('6 of 7 (86%) graded good or better, the same before and after moderation.');
  });
});

describe('domainSentence', () => {
  const domain = (name: string, count: number, total: number): DomainSummary => ({ domain: name, grades: {}, total, goodOrBetter: share(count, total), lowest: share(0, total) });
  it('names the strongest and least strong domains with their bases', () => {
    expect(domainSentence([domain('Voice of the child', 9, 10), domain('Assessment', 5, 10), domain('Planning', 3, 10)])).toBe(
      'Strongest: Voice of the child, 9 of 10 (90%) good or better. Least strong: Planning, 3 of 10 (30%).',
    );
    expect(domainSentence([])).toBe('No practice domains were graded.');
  });
});

describe('type names', () => {
  it('reads naturally in sentences and headings', () => {
    expect(typeName('observation', 1)).toBe('practice observation');
    expect(typeName('dip_sample')).toBe('dip-sampled cases');
    expect(typeHeading('audit')).toBe('Case-file audits');
    expect(typeHeading('thematic_review')).toBe('Cases in thematic (spotlight) reviews');
    expect(typeName('multi_agency_audit', 1)).toBe('multi-agency case audit');
    expect(typeName('learning_review', 3)).toBe('cases in learning reviews');
  });
});

describe('pass lines, not-graded audits and months', () => {
  const headline = (label: string, count: number, total: number) => ({ label, ...share(count, total) });

  it('gives each pass line its own share, in its own words', () => {
    expect(headlinesText([headline('adequate or good', 262, 320)])).toBe('262 of 320 (82%) adequate or good');
    expect(headlinesText([headline('adequate or good', 262, 320), headline('good or outstanding', 60, 101)])).toBe(
      '262 of 320 (82%) adequate or good; 60 of 101 (59%) good or outstanding',
    );
    expect(headlinesText([])).toBe('none graded');
  });

  it('states a share of audits with its base named, rounded as every other share', () => {
    expect(gradedShareText(share(54, 85))).toBe('54 of 85 graded audits (64%)');
    expect(gradedShareText(share(1, 1))).toBe('1 of 1 graded audit (100%)');
    expect(gradedShareText(share(1, 300))).toBe('1 of 300 graded audits (<1%)');
    expect(gradedShareText(share(0, 0))).toBe('0 of 0 graded audits');
    expect(sharePercentText(share(54, 85))).toBe('64%');
    expect(sharePercentText(share(0, 0))).toBe('–');
    // The tile's big figure and its base read the same percent.
    for (const [count, total] of [[54, 85], [52, 79], [21, 34], [5, 85], [199, 200]] as const) {
      expect(gradedShareText(share(count, total))).toContain(`(${sharePercentText(share(count, total))})`);
    }
  });

  it('opens with each pass line on its own base, in its own words, never added', () => {
    expect(passLineText(headline('good or better', 54, 85))).toBe('Good or better: 54 of 85 graded audits (64%).');
    expect(passLinesSentence([headline('good or better', 54, 85), headline('meets good or better', 21, 34)])).toBe(
      'Good or better: 54 of 85 graded audits (64%). Meets good or better: 21 of 34 graded audits (62%).',
    );
    // Nottinghamshire 2013/14 (seed 003): adequate or good on one scale only.
    expect(passLinesSentence([headline('adequate or good', 262, 320)])).toBe('Adequate or good: 262 of 320 graded audits (82%).');
    expect(passLinesSentence([headline('good or better', 0, 0)])).toBe('');
    expect(passLinesSentence([])).toBe('');
  });

  it('gives each scale its own lowest-grade share, naming the scale only where two lowest grades read alike', () => {
    const lowest = (scale: string, scaleLabel: string, label: string, count: number, total: number) => ({ scale, scaleLabel, label, ...share(count, total) });
    expect(lowestGradesText([lowest('ofsted', 'Ofsted grades', 'inadequate', 10, 48), lowest('meets_good', 'Coventry audit tool', 'does not meet good', 9, 16)])).toBe(
      '10 of 48 (21%) inadequate; 9 of 16 (56%) does not meet good',
    );
    expect(lowestGradesText([lowest('csc', 'CSC grades', 'inadequate', 58, 320), lowest('caf', 'CAF grades', 'inadequate', 2, 15)])).toBe(
      '58 of 320 (18%) inadequate (CSC grades); 2 of 15 (13%) inadequate (CAF grades)',
    );
    expect(lowestGradesText([])).toBe('none graded');
  });

  it('says moderation was not reported instead of none moderated', () => {
    const counts = { graded: 101, moderated: 0, agreed: 0, downgraded: 0, upgraded: 0 };
    expect(moderationSentence(counts, false)).toBe('Moderation not reported.');
    expect(moderationSentence(counts, true)).toBe("None of the 101 was moderated, so the auditors' grades stand.");
  });

  it('counts audits not graded and says shares leave them out', () => {
    // Said after the count of audits done, so never "235 more", which reads as on top of it.
    expect(notGradedSentence({ done: 671, graded: 436, notGraded: 235 })).toBe('Of the 671 done, 235 were not graded; shares are of the 436 graded.');
    expect(notGradedSentence({ done: 10, graded: 9, notGraded: 1 })).toBe('Of the 10 done, 1 was not graded; shares are of the 9 graded.');
    expect(notGradedSentence({ done: 9, graded: 9, notGraded: 0 })).toBe('');
  });

  it('names months in words', () => {
    expect(monthLabel('2018-01')).toBe('January 2018');
    expect(monthsSentence([{ month: '2018-01', headline: headline('meets good or better', 5, 19) }, { month: '2018-02', headline: headline('meets good or better', 4, 21) }]))
      .toBe('January 2018: 5 of 19 (26%) meets good or better. February 2018: 4 of 21 (19%) meets good or better.');
  });
});
