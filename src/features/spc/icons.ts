// The SPC icons, drawn by us after the meanings of NHS England's Making Data Count icons (we never copy their
// image files): a coloured disc with a letter or mark, so the meaning never rests on colour alone, and a
// white ring so the disc stands out on the dark scheme's ground as well as the light. They are published as
// same-origin files (/icons/spc/<name>.svg) and shown by the stylesheet beside the words that say the same,
// so a page carries a short class per cell rather than a copy of each drawing.
import type { SpcAssurance, SpcVariation } from '../../domain/spc/assurance.ts';
import { MDC_COLOUR } from '../../charts/palette.ts';

export interface SpcIcon {
  /** The file name without .svg, under /icons/spc/. */
  name: string;
  /** The class the stylesheet (src/styles/site.css) draws the icon for; short, as every scorecard row has two. */
  cls: string;
  fill: string;
  /** The letter on the disc, or '' for common cause, which is drawn as a level wavy line (only noise). */
  letter: string;
}

export const VARIATION_ICONS = {
  common_cause: { name: 'common-cause', cls: 'v-cc', fill: MDC_COLOUR.grey, letter: '' },
  concern_high: { name: 'concern-high', cls: 'v-ch', fill: MDC_COLOUR.orange, letter: 'H' },
  concern_low: { name: 'concern-low', cls: 'v-cl', fill: MDC_COLOUR.orange, letter: 'L' },
  improvement_high: { name: 'improvement-high', cls: 'v-ih', fill: MDC_COLOUR.blue, letter: 'H' },
  improvement_low: { name: 'improvement-low', cls: 'v-il', fill: MDC_COLOUR.blue, letter: 'L' },
  neutral_high: { name: 'neutral-high', cls: 'v-nh', fill: MDC_COLOUR.purple, letter: 'H' },
  neutral_low: { name: 'neutral-low', cls: 'v-nl', fill: MDC_COLOUR.purple, letter: 'L' },
} as const satisfies Record<string, SpcIcon>;

export const ASSURANCE_ICONS = {
  consistent_pass: { name: 'pass', cls: 'a-p', fill: MDC_COLOUR.blue, letter: 'P' },
  consistent_fail: { name: 'fail', cls: 'a-f', fill: MDC_COLOUR.orange, letter: 'F' },
  inconsistent: { name: 'hit-and-miss', cls: 'a-hm', fill: MDC_COLOUR.grey, letter: '?' },
} as const satisfies Record<SpcAssurance, SpcIcon>;

export const SPC_ICONS: readonly SpcIcon[] = [...Object.values(VARIATION_ICONS), ...Object.values(ASSURANCE_ICONS)];

/** The icon for a point's variation; improvement, concern and neutral marks say high or low by their letter. */
export function variationIcon(variation: SpcVariation, side: 'high' | 'low' | null): SpcIcon {
  if (variation === 'common_cause') return VARIATION_ICONS.common_cause;
  if (variation === 'neutral_high') return VARIATION_ICONS.neutral_high;
  if (variation === 'neutral_low') return VARIATION_ICONS.neutral_low;
  return VARIATION_ICONS[`${variation}_${side ?? 'high'}`];
}

export function assuranceIcon(assurance: SpcAssurance): SpcIcon {
  return ASSURANCE_ICONS[assurance];
}

/** The icon as a standalone SVG file. */
export function spcIconSvg(icon: SpcIcon): string {
  const mark = icon.letter === ''
    ? '<path d="M5 10.5q1.25-3 2.5 0t2.5 0 2.5 0 2.5 0" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>'
    : `<text x="10" y="14.2" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="11.5" font-weight="700" fill="#fff">${icon.letter}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="20" height="20"><circle cx="10" cy="10" r="9.1" fill="${icon.fill}" stroke="#fff" stroke-width="1.6"/>${mark}</svg>\n`;
}
