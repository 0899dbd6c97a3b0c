// A small JSON reader that reports syntax errors in plain words at an exact position, remembers where
// each key and value is in the text so that later problems can be pointed at the right line, and finds a
// name given twice in one object (JSON.parse silently keeps the last, so `"drafts": [...]` followed by
// `"drafts": []` would publish a draft). Our own rather than a library's: the libraries in our dependency
// tree either do not notice repeated names (jsonc-parser, JSON.parse) or name only the second place
// (the yaml package's uniqueKeys), and this reader already walks every name with its position.
import { FirstSeen } from './duplicates.ts';

export interface JsonLocation {
  /** Offset of the key (for object members) or of the value (for array items and the root). */
  key: number;
  /** Offset of the value's first character. */
  value: number;
}

/** A name given twice in one object: its path (e.g. `drafts`, `disclosure.minimum_count`) and both offsets. */
export interface JsonDuplicate {
  path: string;
  /** Offsets of the first and of the repeated name (each at its opening double quote). */
  first: number;
  repeat: number;
}

export type JsonReadResult =
  | { ok: true; value: unknown; locations: Map<string, JsonLocation>; duplicates: JsonDuplicate[] }
  | { ok: false; offset: number; message: string };

/** `comparators[1].label` from a path such as ['comparators', 1, 'label']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

class SyntaxProblem {
  readonly offset: number;
  readonly message: string;

  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/**
 * How deeply { } and [ ] may nest. Our files need four levels; the limit stops a run of thousands of "["
 * (a stuck key, a bad export) from exhausting the stack, and names the place instead.
 */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** What the file should hold, for the messages about an empty file and text after the end. */
export interface JsonShape {
  /** Completes "the file is empty. It needs ...", e.g. `the site settings between { and }`. */
  contents: string;
  /** Said when text follows the end, e.g. `there is more text after the closing } of the settings. ...`. */
  trailing: string;
}

export const SETTINGS_SHAPE: JsonShape = {
  contents: 'the site settings between { and }',
  trailing: 'there is more text after the closing } of the settings. Remove it, or move it inside the { }.',
};

export function readJson(text: string, shape: JsonShape = SETTINGS_SHAPE): JsonReadResult {
  const locations = new Map<string, JsonLocation>();
  const duplicates: JsonDuplicate[] = [];
  let i = 0;
  const fail = (offset: number, message: string): never => {
    throw new SyntaxProblem(offset, message);
  };
  const skipWhitespace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };
  const endedEarly = (): never =>
    fail(text.length, 'the file ends too early: a closing } or ] is missing. Check every { has a matching } and every [ a matching ].');

  const readString = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail(start, 'this text has no closing double quote ("). Add one at the end of the text.');
      const char = text[i] ?? '';
      if (char === '"') {
        i++;
        break;
      }
      if (char === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else fail(i, 'a backslash (\\) in text must be written twice (\\\\), or used as \\" for a double quote or \\n for a line break.');
        continue;
      }
      if (char < ' ') {
        fail(start, 'text in double quotes cannot run over more than one line. Keep it on one line, or write \\n where you want a line break.');
      }
      i++;
    }
    return JSON.parse(text.slice(start, i)) as string;
  };

  const readValue = (path: string, keyAt: number | null, depth: number): void => {
    skipWhitespace();
    if (i >= text.length) endedEarly();
    locations.set(path, { key: keyAt ?? i, value: i });
    const char = text[i];
    if ((char === '{' || char === '[') && depth >= MAX_JSON_DEPTH) {
      fail(i, `the { and [ here are nested more than ${MAX_JSON_DEPTH} levels deep, far deeper than any setting needs. ` +
        'Check for repeated [ or { characters, and compare the file with the example in docs/data-format.md.');
    }
    if (char === '{') {
      i++;
      skipWhitespace();
      if (text[i] === '}') {
        i++;
        return;
      }
      // Names compare as JSON reads them, so "dr\u0061fts" repeats "drafts".
      const names = new FirstSeen<number>();
      for (;;) {
        skipWhitespace();
        if (i >= text.length) endedEarly();
        const keyStart = i;
        const next = text[i] ?? '';
        if (next === "'") fail(i, 'names must be in double quotes ("), not single quotes, e.g. "title".');
        if (next !== '"') {
          fail(i, /[A-Za-z_]/.test(next)
            ? 'names must be in double quotes, e.g. "title": "Children\'s services scorecard".'
            : `expected a name in double quotes here, but found "${next}".`);
        }
        const key = readString();
        const childPath = path === '' ? key : `${path}.${key}`;
        const first = names.before(key, keyStart);
        if (first !== undefined) duplicates.push({ path: childPath, first, repeat: keyStart });
        skipWhitespace();
        if (text[i] !== ':') {
          if (i >= text.length) endedEarly();
          fail(i, `a colon (:) is missing after "${key}". Write "${key}": followed by its value.`);
        }
        i++;
        readValue(childPath, keyStart, depth + 1);
        skipWhitespace();
        if (i >= text.length) endedEarly();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') fail(i, 'a comma (,) is missing before this point. Put a comma after each item except the last.');
        const comma = i;
        i++;
        skipWhitespace();
        if (text[i] === '}') fail(comma, 'there is a comma after the last item. Remove this comma: JSON does not allow a comma before the closing }.');
      }
    }
    if (char === '[') {
      i++;
      skipWhitespace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(`${path}[${index}]`, null, depth + 1);
        skipWhitespace();
        if (i >= text.length) endedEarly();
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] !== ',') fail(i, 'a comma (,) is missing before this point. Put a comma after each item in the list except the last.');
        const comma = i;
        i++;
        skipWhitespace();
        if (text[i] === ']') fail(comma, 'there is a comma after the last item in the list. Remove this comma: JSON does not allow a comma before the closing ].');
      }
    }
    if (char === '"') {
      readString();
      return;
    }
    if (char === "'") fail(i, 'text must be in double quotes ("), not single quotes.');
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    const word = /^[^\s,:{}[\]"]+/.exec(text.slice(i))?.[0] ?? char ?? '';
    fail(i, `"${word}" is not a value JSON understands. Put text in double quotes ("like this"); write numbers without quotes (2 or 0.5), and true, false or null in lower case.`);
  };

  try {
    skipWhitespace();
    if (i >= text.length) return { ok: false, offset: 0, message: `the file is empty. It needs ${shape.contents}.` };
    readValue('', null, 0);
    skipWhitespace();
    if (i < text.length) fail(i, shape.trailing);
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
  return { ok: true, value: JSON.parse(text) as unknown, locations, duplicates };
}
