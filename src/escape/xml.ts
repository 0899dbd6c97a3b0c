// The one escaper for text and attribute values in SVG (XML) markup. Besides the five markup characters it
// drops the control characters XML 1.0 forbids, so a stray form feed in an indicator's title cannot make
// the chart unreadable to an XML parser.
import { escapeHtml } from './html.ts';

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return escapeHtml(text.replace(FORBIDDEN_IN_XML, ''));
}
