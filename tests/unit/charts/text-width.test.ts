import { describe, expect, it } from 'vitest';
import { FONT_SIZE, labelWidth, textWidth, wrapText } from '../../../src/charts/text-width.ts';
import { valueAxis } from '../../../src/charts/value-axis.ts';

describe('textWidth', () => {
  it('measures in chart units at the chart font size, bold wider than normal', () => {
    expect(textWidth('')).toBe(0);
    // DejaVu Sans digits are 0.64 em wide.
    expect(textWidth('100')).toBeCloseTo(3 * 0.64 * FONT_SIZE, 6);
    expect(textWidth('Inadequate', { bold: true })).toBeGreaterThan(textWidth('Inadequate'));
    expect(textWidth('W', { size: 26 })).toBeCloseTo(2 * textWidth('W'), 6);
  });

  it('allows a full em for a character it does not know, so a label never gets too little room', () => {
    expect(textWidth('Ω')).toBe(FONT_SIZE);
  });

  it('takes the widest line of a label on several lines', () => {
    expect(labelWidth('Q3\n22/23')).toBe(textWidth('22/23'));
  });
});

describe('wrapText', () => {
  it('breaks between words into lines no wider than asked, keeping every word', () => {
    const text = 'Requires improvement to be good, with serious concerns';
    const lines = wrapText(text, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a short label on one line', () => {
    expect(wrapText('  Inadequate ', 300)).toEqual(['Inadequate']);
  });

  it('breaks a word wider than the line within it, rather than cut it off', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe('valueAxis', () => {
  it('rounds the domain out to tick values and makes room for the widest tick label', () => {
    const axis = valueAxis({ domain: [0, 11_973], nice: true, height: 270, format: (v) => v.toLocaleString('en-GB'), title: null });
    expect(axis.domain[0]).toBe(0);
    expect(axis.ticks).toContain(axis.domain[1]);
    const widest = Math.max(...axis.ticks.map((t) => textWidth(t.toLocaleString('en-GB'))));
    // The label ends 9 units left of the plot (tick and gap), and starts inside the chart.
    expect(axis.marginLeft).toBeGreaterThanOrEqual(widest + 9);
    expect(axis.title).toBeNull();
  });

  it('wraps a long title onto lines inside the margin, and lowers the plot below them', () => {
    const one = valueAxis({ domain: [0, 100], height: 200, format: (v) => `${v}%`, title: '%' });
    const long = valueAxis({ domain: [0, 100], height: 200, format: (v) => `${v}%`, title: '% meets good or better' });
    const lines = long.title!.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(3 + textWidth(line)).toBeLessThanOrEqual(long.marginLeft);
    expect(long.marginTop - one.marginTop).toBe((lines.length - 1) * FONT_SIZE);
  });

  it('keeps the figures given when not asked to round them', () => {
    expect(valueAxis({ domain: [3, 97], height: 200, format: String, title: null }).domain).toEqual([3, 97]);
  });
});
