import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../src/domain/revisions.ts';
import { changesFeed } from '../../../src/site/changes-feed.ts';
import { makeIndicator } from '../../support/domain-fixtures.ts';

const hostile = 'Fix <script>alert("x")</script> & \u000C "quotes" \'too\' ]]>';
const events: ChangeEvent[] = [
  { kind: 'revision', period: '2025-26-Q3', indicatorId: 'assessments-45-days', previous: 80, value: 81.5, commit: { hash: 'bbbbbbb', date: '2026-03-12', message: hostile } },
  { kind: 'revision', period: '2025-26-Q3', indicatorId: 'withdrawn', previous: 3, value: null, commit: { hash: 'bbbbbbb', date: '2026-03-12', message: 'Withdrawn' } },
  { kind: 'publication', period: '2025-26-Q3', commit: { hash: 'aaaaaaa', date: '2026-02-03', message: 'Publish Q3' } },
];

function feed() {
  const indicator = makeIndicator({ title: 'Assessments <in> 45 days & more' });
  return changesFeed({
    title: 'Changes – Anyshire',
    author: 'Anyshire & Co',
    feedUrl: 'https://example.org/children/changes.xml',
    pageUrl: 'https://example.org/children/changes/',
    siteUrl: 'https://example.org/children/',
    updated: '2026-03-12',
    events,
    indicator: (id) => (id === indicator.id ? indicator : null),
    format: () => (value) => String(value),
  });
}

describe('changesFeed', () => {
  it('is well-formed Atom whatever the commit messages and titles say, one entry per event, newest first', () => {
    const xml = feed();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u000C');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(3);
    expect(entries[0]!.querySelector('title')?.textContent).toBe('Assessments <in> 45 days & more, Q3 2025/26: revised from 80 to 81.5');
    expect(entries[0]!.querySelector('summary')?.textContent).toBe(`${hostile.replace('\u000C', '')} (version bbbbbbb, 2026-03-12)`);
  });

  it('uses absolute addresses under the site, and an id for each event that stays the same in every build', () => {
    const doc = new DOMParser().parseFromString(feed(), 'text/xml');
    const [revision, withdrawn, publication] = [...doc.querySelectorAll('entry')];
    expect(revision!.querySelector('id')?.textContent).toBe('https://example.org/children/changes/#revised-2025-26-Q3-assessments-45-days-bbbbbbb');
    expect(revision!.querySelector('link')?.getAttribute('href')).toBe('https://example.org/children/indicators/assessments-45-days/');
    expect(withdrawn!.querySelector('title')?.textContent).toContain('withdrawn, Q3 2025/26');
    expect(publication!.querySelector('link')?.getAttribute('href')).toBe('https://example.org/children/quarters/2025-26-Q3/');
    expect(publication!.querySelector('updated')?.textContent).toBe('2026-02-03T00:00:00Z');
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe('https://example.org/children/changes.xml');
  });
});
