// A figure in one of DfE's files: a plain number, or one of the government statistical service's symbols for a
// figure that is not published (c confidential, x not available, z not applicable, u low reliability, low a
// small non-zero figure rounded to 0), or blank, which also means not published. Anything else means the file
// was changed after download, or benchmarks.csv names the wrong column.
import { GSS_SYMBOLS, type GssSymbol } from '../../domain/benchmark/types.ts';

export type FigureRead = { ok: true; value: number | null; notPublished: GssSymbol | '' | undefined } | { ok: false; message: string };

/** A plain number, as DfE writes figures. */
export const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const SYMBOLS: ReadonlySet<string> = new Set(GSS_SYMBOLS);

/** `text` is the trimmed cell. */
export function readFigure(text: string): FigureRead {
  if (text === '') return { ok: true, value: null, notPublished: '' };
  if (SYMBOLS.has(text)) return { ok: true, value: null, notPublished: text as GssSymbol };
  if (NUMBER.test(text)) return { ok: true, value: Number(text), notPublished: undefined };
  return {
    ok: false,
    message: `"${text}" is neither a number nor one of DfE's symbols for a figure not published (${GSS_SYMBOLS.join(', ')}, or a blank cell). ` +
      'Check that benchmarks.csv names the right column for this indicator; if it does, the file has been changed since it was downloaded: download it again from Explore Education Statistics.',
  };
}
