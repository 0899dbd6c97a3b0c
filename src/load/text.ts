// Reading data files as text: UTF-8 with or without a byte-order mark, any line endings.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { issue, type ValidationIssue } from './issue.ts';

const SAVE_AS_UTF8 = 'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited) (*.csv)"; in a text editor save with the encoding "UTF-8".';

/** 1-based line numbers from character offsets. Counts `\r\n`, `\n` and a lone `\r` as one line break each. */
export class LineIndex {
  readonly #starts: number[];

  constructor(text: string) {
    this.#starts = [0];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) this.#starts.push(i + 1);
    }
  }

  /** Line of the character at `offset`. */
  line(offset: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** 1-based character position of `offset` within its line. */
  column(offset: number): number {
    return offset - (this.#starts[this.line(offset) - 1] ?? 0) + 1;
  }
}

/**
 * Decodes file bytes. Problems with the encoding are reported, but the text is still returned (with
 * unreadable bytes replaced) so that the rest of the file can be checked in the same run. A UTF-16 file
 * gives null: nothing in it can be read, and saying more (e.g. "the file is empty") would only mislead.
 */
export function decodeText(bytes: Uint8Array, file: string, issues: ValidationIssue[]): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    issues.push(issue(file, null, null,
      `the file is saved as "Unicode text" (UTF-16), which cannot be read. ${SAVE_AS_UTF8}`));
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = bad >= 0 ? new LineIndex(text).line(bad) : null;
    issues.push(issue(file, line, null,
      'the file is not saved as UTF-8 text, so some characters (often £, accents or curly quotes) cannot be read' +
      `${line === null ? '' : ' (the first is on this line)'}. ${SAVE_AS_UTF8}`));
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** `failed`: the file exists but could not be read; an issue has already been recorded. */
export type ReadResult = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'not_a_file' } | { kind: 'failed' };

/**
 * Where `file` really is, after following links (symbolic links, shortcuts to folders), when that is outside
 * the data folder; null when it is inside, or does not exist (which the caller reports in its own words).
 * A link in a data repository could otherwise publish any file on the machine that builds the site.
 */
export async function outsideDataFolder(dataDir: string, file: string): Promise<string | null> {
  const [folder, real] = [realPath(dataDir), realPath(file)];
  if (folder === null || real === null) return null;
  const inside = path.relative(folder, real);
  return inside !== '' && !inside.startsWith(`..${path.sep}`) && inside !== '..' && !path.isAbsolute(inside) ? null : real;
}

/**
 * Data files are read synchronously: one read is a few microseconds, where the promise API makes four trips
 * through the thread pool per file (open, stat, read, close), and on a busy machine each trip waits its turn:
 * a county's 190 files took 15–290 ms to read that way and 3–6 ms this way.
 */
function realPath(file: string): string | null {
  try {
    return realpathSync.native(file);
  } catch {
    return null;
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The end of the message for a file whose real path is outside the data folder. */
export function outsideMessage(what: string, real: string): string {
  return `${what} is a link to ${real}, which is outside the data folder. The site only reads and publishes files kept in the data folder, ` +
    'so that nothing else on the computer that builds it can be published by mistake. Put a copy of the file itself here in place of the link.';
}

/** Reads `relative` (forward slashes) inside `dataDir`; a file whose real path is outside it is refused. */
export async function readDataFile(dataDir: string, relative: string, issues: ValidationIssue[]): Promise<ReadResult> {
  const file = path.join(dataDir, ...relative.split('/'));
  const outside = await outsideDataFolder(dataDir, file);
  if (outside !== null) {
    issues.push(issue(relative, null, null, outsideMessage('this file', outside)));
    return { kind: 'failed' };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isLink(file)) {
      issues.push(issue(relative, null, null, 'this file is a link to a file that does not exist. Put a copy of the file itself here in place of the link.'));
      return { kind: 'failed' };
    }
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'not_a_file' };
    issues.push(issue(relative, null, null, `the file could not be opened (${code ?? String(error)}). Check it is not open or locked by another program.`));
    return { kind: 'failed' };
  }
  const text = decodeText(bytes, relative, issues);
  return text === null ? { kind: 'failed' } : { kind: 'text', text };
}
