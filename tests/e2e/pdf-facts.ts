// What a clerk and a screen-reader user rely on in a printed pack, read from the PDF's own structure with
// pdf-lib (no poppler needed on the test machine): page sizes, whether it is tagged, its bookmarks and fonts.
import { PDFDict, PDFDocument, PDFName, PDFBool } from 'pdf-lib';

export interface PdfFacts {
  /** Each page's size in points, rounded. */
  pages: { width: number; height: number }[];
  /** /MarkInfo /Marked true with a structure tree: a tagged PDF, as `pdfinfo` reports "Tagged: yes". */
  tagged: boolean;
  /** Bookmarks in the outline, at every level. */
  bookmarks: number;
  /** The base names of the fonts the pages use, subset prefixes (ABCDEF+) removed. */
  fonts: string[];
}

export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes);
  const catalog = pdf.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const marked = markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() ?? false;
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'));

  let bookmarks = 0;
  const count = (parent: PDFDict | undefined): void => {
    for (let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      bookmarks++;
      count(item);
    }
  };
  count(catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict));

  const fonts = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const name = object.get(PDFName.of('BaseFont'))?.toString();
    if (name) fonts.add(name.replace(/^\//, '').replace(/^[A-Z]{6}\+/, ''));
  }

  const pages = pdf.getPages().map((page) => {
    const { width, height } = page.getSize();
    return { width: Math.round(width), height: Math.round(height) };
  });
  return { pages, tagged, bookmarks, fonts: [...fonts].sort() };
}
