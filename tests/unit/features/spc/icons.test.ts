// The SPC icons: the Making Data Count meaning of each (colour and letter), a letter that carries the meaning
// without the colour, readable contrast, well-formed SVG, and the published files and stylesheet kept in step.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ASSURANCE_ICONS, SPC_ICONS, VARIATION_ICONS, assuranceIcon, spcIconSvg, variationIcon } from '../../../../src/features/spc/icons.ts';
import { contrast } from '../../charts/contrast.ts';
import { golden } from '../../charts/svg.ts';
import { MDC_COLOUR } from '../../../../src/charts/palette.ts';

const root = path.resolve(import.meta.dirname, '../../../..');


function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'text/xml');
  const el = doc.documentElement;
  return {
    root: el.tagName,
    xmlns: el.getAttribute('xmlns'),
    fill: doc.querySelector('circle')?.getAttribute('fill'),
    ring: doc.querySelector('circle')?.getAttribute('stroke'),
    letter: doc.querySelector('text')?.textContent ?? null,
    path: doc.querySelector('path') !== null,
  };
}

describe('SPC icons', () => {
  it.each([
    ['common_cause', null, MDC_COLOUR.grey, null],
    ['concern', 'high', MDC_COLOUR.orange, 'H'],
    ['concern', 'low', MDC_COLOUR.orange, 'L'],
    ['improvement', 'high', MDC_COLOUR.blue, 'H'],
    ['improvement', 'low', MDC_COLOUR.blue, 'L'],
    ['neutral_high', 'high', MDC_COLOUR.purple, 'H'],
    ['neutral_low', 'low', MDC_COLOUR.purple, 'L'],
  ] as const)('draws %s (%s) as a %s disc with the letter %s', (variation, side, fill, letter) => {
    const svg = parse(spcIconSvg(variationIcon(variation, side)));
    expect(svg).toMatchObject({ root: 'svg', xmlns: 'http://www.w3.org/2000/svg', fill, ring: '#fff', letter });
    // Common cause has no letter: a level wavy line, noise about a steady level.
    expect(svg.path).toBe(letter === null);
  });

  it.each([
    ['consistent_pass', MDC_COLOUR.blue, 'P'],
    ['consistent_fail', MDC_COLOUR.orange, 'F'],
    ['inconsistent', MDC_COLOUR.grey, '?'],
  ] as const)('draws assurance %s as a %s disc with %s', (assurance, fill, letter) => {
    expect(parse(spcIconSvg(assuranceIcon(assurance)))).toMatchObject({ root: 'svg', fill, ring: '#fff', letter });
  });

  it('tells every icon apart without colour, within variation and within assurance', () => {
    const marks = (icons: readonly { letter: string; fill: string }[]) => icons.map((i) => i.letter);
    // Improvement, concern and neutral share H and L (their words say which); the kinds of marks differ.
    expect(new Set(marks(Object.values(VARIATION_ICONS)))).toEqual(new Set(['', 'H', 'L']));
    expect(new Set(marks(Object.values(ASSURANCE_ICONS))).size).toBe(3);
  });

  it('gives each letter at least 4.5:1 against its disc, and each disc 3:1 against a white page', () => {
    for (const colour of Object.values(MDC_COLOUR)) {
      expect(contrast('#ffffff', colour), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives each icon its own file and class', () => {
    expect(new Set(SPC_ICONS.map((i) => i.name)).size).toBe(SPC_ICONS.length);
    expect(new Set(SPC_ICONS.map((i) => i.cls)).size).toBe(SPC_ICONS.length);
  });

  it('publishes the drawings as they are (run `node scripts/write-spc-icons.ts` after changing one)', async () => {
    for (const icon of SPC_ICONS) {
      expect(await readFile(path.join(root, 'public', 'icons', 'spc', `${icon.name}.svg`), 'utf8'), icon.name).toBe(spcIconSvg(icon));
    }
  });

  it('has a stylesheet rule that shows each icon by its class', async () => {
    const css = await readFile(path.join(root, 'src', 'styles', 'site.css'), 'utf8');
    for (const icon of SPC_ICONS) expect(css).toContain(`.${icon.cls}::before { background-image: url(/icons/spc/${icon.name}.svg); }`);
  });
});

describe('SPC icons golden file (review the drawings when one changes: see svg.ts)', () => {
  it('draws every icon, one a line beside its name', async () => {
    // Each icon's file exactly as published (a trailing newline aside), set in a sheet that opens in a browser.
    const rows = SPC_ICONS.map((icon, i) => [
      `  <g transform="translate(2,${2 + i * 24})">`,
      `    ${spcIconSvg(icon).trimEnd()}`,
      `    <text x="26" y="14" font-family="Arial,Helvetica,sans-serif" font-size="12">${icon.name} (.${icon.cls})</text>`,
      '  </g>',
    ].join('\n'));
    const sheet = [
      '<!-- A golden file (tests/unit/features/spc/icons.test.ts): only the outer <svg>, <g> and <text> are not published. -->',
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 ${4 + SPC_ICONS.length * 24}" width="200" height="${4 + SPC_ICONS.length * 24}">`,
      ...rows,
      '</svg>',
      '',
    ].join('\n');
    await expect(sheet).toMatchFileSnapshot(golden('spc-icons'));
  });
});
