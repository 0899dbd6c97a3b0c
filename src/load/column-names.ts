// Whether a column heading the site does not read is a near miss for one it does (`comments` for commentary,
// `numerater` for numerator, `Indicator ID` for indicator_id), so that a misspelt heading is refused with the
// right name instead of its whole column being ignored without a word.
//
// The rule, after setting aside capitals, spaces, underscores, hyphens and other punctuation, and a plural
// ending: two names are close when they are the same, when one is a whole word of the other (`id` and
// indicator_id, `due date` and due), or when they differ by at most one letter in three of the known name (a
// letter changed, added, left out, or two side by side swapped). Those are the slips people make typing a
// heading; one letter in three keeps short names from matching unrelated words (`date` is not `due`, `team`
// is not `type`).

/** Lower case, letters and digits only, without a plural ending: `Indicator IDs ` and indicator_id both read `indicatorid`. */
export function simplifyHeading(name: string): string {
  const plain = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (plain.length > 4 && plain.endsWith('ies')) return `${plain.slice(0, -3)}y`;
  if (plain.length > 2 && plain.endsWith('s') && !plain.endsWith('ss')) return plain.slice(0, -1);
  return plain;
}

function words(name: string): string[] {
  return name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').map(simplifyHeading);
}

/** Letters changed, added, left out or swapped with the next one (optimal string alignment distance). */
export function typingDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const above = rows[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Whether `heading` (as typed) is a near miss for the known column `known`. */
export function isCloseHeading(heading: string, known: string): boolean {
  const typed = simplifyHeading(heading);
  const target = simplifyHeading(known);
  if (typed === '' || target === '') return false;
  if (typed === target) return true;
  const typedWords = words(heading);
  const knownWords = words(known);
  if (knownWords.length > 1 && typed.length >= 2 && knownWords.includes(typed)) return true;
  if (typedWords.length > 1 && typedWords.includes(target)) return true;
  return typingDistance(typed, target) <= Math.floor(target.length / 3);
}

/** The known columns `heading` is a near miss for, in the order given. */
export function closeHeadings(heading: string, known: readonly string[]): string[] {
  return known.filter((name) => isCloseHeading(heading, name));
}
