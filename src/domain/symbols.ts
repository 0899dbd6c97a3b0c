// The government statistical symbols (GSS guidance on symbols and shorthand in tables), with the words that
// explain them. Pages show the symbol in a cell and this wording in the legend, so the two always match.
export const SYMBOLS = ['c', 'x', 'z', 'r', 'p'] as const;
export type StatisticalSymbol = (typeof SYMBOLS)[number];

export interface SymbolMeaning {
  /** A few words for screen readers beside the symbol: "not published". */
  short: string;
  /** The legend's sentence. */
  meaning: string;
}

/** What each symbol means on this site; c needs the disclosure rule's threshold, or null when it is off. */
export function symbolMeanings(minimumCount: number | null): Record<StatisticalSymbol, SymbolMeaning> {
  return {
    c: {
      short: 'not published',
      meaning: minimumCount === null
        ? 'not published to protect the privacy of a small number of children.'
        : `not published to protect the privacy of a small number of children (fewer than ${minimumCount}). ` +
          'Its rating, direction of travel and comparisons are not shown either, and another figure may be held back too, ' +
          'so that it cannot be worked out from the rest. A zero shown is a true zero.',
    },
    x: { short: 'not available', meaning: 'not available: the figure was not collected or not supplied for this quarter ("No data").' },
    z: { short: 'not applicable', meaning: 'not applicable, for example a target for a context measure ("No target").' },
    r: { short: 'revised', meaning: 'revised since it was first published.' },
    p: { short: 'provisional', meaning: 'provisional: the figure may change when the data is finalised.' },
  };
}

/** The id of a symbol's entry in the legend, which the symbol in a cell links to. */
export function symbolAnchor(symbol: StatisticalSymbol): string {
  return `symbol-${symbol}`;
}

/** How one figure on a page is marked: withheld under disclosure control (c), revised since first published (r). */
export interface FigureMarks {
  withheld?: boolean;
  revised?: boolean;
}

/**
 * The symbols a page's figures show, in the legend's order. A page's legend lists these and no others, so a
 * reader is never told about a symbol they cannot find; none at all means the page needs no legend.
 */
export function symbolsShown(figures: Iterable<FigureMarks>): StatisticalSymbol[] {
  const shown = new Set<StatisticalSymbol>();
  for (const figure of figures) {
    if (figure.withheld) shown.add('c');
    if (figure.revised) shown.add('r');
  }
  return SYMBOLS.filter((symbol) => shown.has(symbol));
}
