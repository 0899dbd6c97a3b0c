import { describe, expect, it } from 'vitest';
import { attentionList, attentionReasons, FULL_PACK_INDICATORS, packLayout } from '../../../src/domain/pack-layout.ts';
import { groupByTheme, summarise, type Scorecard, type ScorecardRow } from '../../../src/domain/scorecard.ts';
import type { SpcReading } from '../../../src/domain/spc/reading.ts';
import type { RagStatus } from '../../../src/domain/types.ts';
import { makeIndicator } from '../../support/domain-fixtures.ts';

const commonCause: SpcReading = { kind: 'spc', variation: 'common_cause', rule: null, assurance: null, processChanged: false };
const concern: SpcReading = { kind: 'spc', variation: 'concern', rule: 'outside_limits', assurance: null, processChanged: false };

/** A row with only what the layout reads: the indicator, its rating now and before, and its SPC reading. */
function row(id: string, theme: string, rag: RagStatus, options: { before?: RagStatus; spc?: SpcReading } = {}): ScorecardRow {
  return {
    indicator: makeIndicator({ id, theme }),
    period: '2025-26-Q3',
    rag,
    previous: { period: '2025-26-Q2', value: 1, rag: options.before ?? rag, suppressed: false },
    spc: options.spc ?? commonCause,
  } as ScorecardRow;
}

function scorecard(rows: ScorecardRow[]): Scorecard {
  return { period: '2025-26-Q3', previousPeriod: '2025-26-Q2', nextPeriod: null, themes: groupByTheme(rows), rows, summary: summarise(rows) };
}

/** `n` green, steady indicators in common-cause variation, across two themes. */
const steady = (n: number) => Array.from({ length: n }, (_, i) => row(`steady-${i}`, i % 2 ? 'Front door' : 'Children in care', 'green'));

describe('the committee pack’s layout', () => {
  it('shows every indicator in full while there are at most FULL_PACK_INDICATORS', () => {
    expect(packLayout(scorecard(steady(FULL_PACK_INDICATORS))).kind).toBe('full');
    expect(packLayout(scorecard([...steady(FULL_PACK_INDICATORS - 1), row('red', 'Front door', 'red')])).kind).toBe('full');
  });

  it('beyond that, shows in full the red, the special-cause concerns and the changed ratings, and lists the rest', () => {
    const rows = [
      ...steady(FULL_PACK_INDICATORS),
      row('red', 'Front door', 'red'),
      row('worse', 'Children in care', 'green', { spc: concern }),
      row('slipped', 'Front door', 'amber', { before: 'green' }),
      row('recovered', 'Children in care', 'green', { before: 'red' }),
      // From "no data" is not a change of rating (the scorecard's summary does not list it).
      row('new', 'Front door', 'green', { before: 'no_data' }),
    ];
    const layout = packLayout(scorecard(rows));
    if (layout.kind !== 'exceptions') throw new Error('expected exceptions first');
    const ids = (groups: { rows: ScorecardRow[] }[]) => groups.flatMap((group) => group.rows.map((r) => r.indicator.id));
    // Themes in scorecard order, rows in file order within a theme.
    expect(layout.inFull.map((group) => group.theme)).toEqual(['Children in care', 'Front door']);
    expect(ids(layout.inFull)).toEqual(['worse', 'recovered', 'red', 'slipped']);
    expect(ids(layout.listed)).toHaveLength(FULL_PACK_INDICATORS + 1);
    expect(ids(layout.listed)).toContain('new');
    expect(layout.gridThemes.flatMap((group) => group.indicators.map((i) => i.id))).toEqual(ids(layout.inFull));
    expect(layout.counts).toEqual({ red: 1, concern: 1, changed: 2 });
  });

  it('leaves out a theme with nothing to show in a part', () => {
    const rows = [...Array.from({ length: FULL_PACK_INDICATORS }, (_, i) => row(`calm-${i}`, 'Calm', 'green')), row('red', 'Busy', 'red')];
    const layout = packLayout(scorecard(rows));
    if (layout.kind !== 'exceptions') throw new Error('expected exceptions first');
    expect(layout.inFull.map((group) => group.theme)).toEqual(['Busy']);
    expect(layout.listed.map((group) => group.theme)).toEqual(['Calm']);
  });

  it('gives each reason an indicator is shown in full', () => {
    const changed = new Set(['both']);
    expect(attentionReasons(row('both', 'T', 'red', { before: 'amber', spc: concern }), changed)).toEqual(['red', 'concern', 'changed']);
    expect(attentionReasons(row('fine', 'T', 'green'), changed)).toEqual([]);
    // Too few quarters for SPC, or no figure this quarter: no SPC signal.
    expect(attentionReasons(row('young', 'T', 'green', { spc: { kind: 'too_few', values: 4, needed: 12 } }), changed)).toEqual([]);
  });

  it('says how many indicators each reason brought in', () => {
    expect(attentionList({ red: 60, concern: 10, changed: 120 })).toBe(
      'are rated red (60), show a special-cause concern in their SPC variation, a real change for the worse (10), or changed RAG rating since the quarter before (120)');
  });
});
