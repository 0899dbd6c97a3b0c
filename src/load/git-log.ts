// Reading `git log` so that no commit message can forge the history: records and fields are separated by NUL,
// the one character a commit message cannot hold, and only a message's first line is published, cleaned of
// control and bidirectional-override characters and cut to a readable length. Pure, so the parser is tested
// on crafted text without a repository; src/load/history.ts runs git.

/**
 * The `--format` for `git log -z --name-only`. git ends the formatted part with a NUL (from -z), then, when the
 * commit changed files, writes a newline and each file name ended by a NUL. The leading %x00 makes an empty
 * field between commits, which a file name can never be, so a commit's end is always known.
 */
export const LOG_FORMAT = '%x00%H%x00%h%x00%cs%x00%B';

export interface LoggedCommit {
  /** The full hash, for reading files at this commit. */
  full: string;
  /** The short hash, as published. */
  hash: string;
  /** The committer date as git gave it; checked by dateProblem before it is published. */
  date: string;
  /** The whole message, as written. */
  body: string;
  /** Paths from the top of the repository. */
  files: string[];
}

const FULL_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SHORT_HASH = /^[0-9a-f]{4,64}$/;

/** The commits in `git log -z --format=LOG_FORMAT --name-only` output, newest first; null when it is not in that form. */
export function parseGitLog(text: string): LoggedCommit[] | null {
  if (text === '') return [];
  const fields = text.split('\0');
  // The output ends with a NUL, leaving one empty field after the last.
  if (fields[fields.length - 1] === '') fields.pop();
  const commits: LoggedCommit[] = [];
  let i = 0;
  while (i < fields.length) {
    const [gap, full, hash, date, body] = fields.slice(i, i + 5);
    if (gap !== '' || full === undefined || hash === undefined || date === undefined || body === undefined) return null;
    if (!FULL_HASH.test(full) || !SHORT_HASH.test(hash) || !full.startsWith(hash)) return null;
    i += 5;
    const files: string[] = [];
    // The first name comes after the newline git writes before the list; the list ends at the next empty field.
    if (i < fields.length && fields[i] !== '') {
      const first = fields[i]!;
      if (!first.startsWith('\n')) return null;
      files.push(first.slice(1));
      for (i++; i < fields.length && fields[i] !== ''; i++) files.push(fields[i]!);
    }
    commits.push({ full, hash, date, body, files });
  }
  return commits;
}

/**
 * Characters a published message never holds: controls (C0, DEL and C1, among them terminal escape codes) and
 * the bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and the like), which can make text read in a
 * different order from the one it is stored in.
 */
const HIDDEN = /[\p{Cc}\p{Bidi_Control}]/gu;
/** Line breaks: a message's first line ends at the first of them. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/**
 * The longest message published, in characters as readers count them. An honest first line is short (git's
 * own advice is 50 characters, and lists cut it at 72); 150 leaves room for a full sentence naming the
 * quarter and the reason, yet stops a pasted paragraph filling the changes page, a feed entry and the API.
 */
export const MAX_MESSAGE_LENGTH = 150;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * What is published of a commit message: its first line (later lines often hold detail, e.g. a child's name
 * in a note of why a figure changed, that was never meant for the site), without control or
 * bidirectional-override characters, with runs of spaces made one, and at most MAX_MESSAGE_LENGTH characters
 * (a longer one is cut and ends with "…").
 */
export function publishedMessage(body: string): string {
  // Blank lines before it are skipped, as git does; a line of only hidden characters is not blank, so the
  // line after it is never published.
  const first = body.replace(/^\s+/u, '').split(LINE_BREAK)[0] ?? '';
  const line = first.replace(/\t/g, ' ').replace(HIDDEN, '').replace(/\s+/gu, ' ').trim();
  const characters = Array.from(graphemes.segment(line), (part) => part.segment);
  if (characters.length <= MAX_MESSAGE_LENGTH) return line;
  return `${characters.slice(0, MAX_MESSAGE_LENGTH - 1).join('').trimEnd()}…`;
}

/**
 * git's first release; a commit date before it is one git could not read (it shows such dates as 1970-01-01).
 */
const EARLIEST = '2005-04-07';

/** '' when `date` is a real `YYYY-MM-DD` date git could have given a data commit; otherwise what is wrong. */
export function commitDateProblem(date: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return `git gives its date as "${publishedMessage(date)}", which is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) {
    return `git gives its date as ${date}, which is not a real date`;
  }
  if (date < EARLIEST) return `git gives its date as ${date}, before git itself existed, so git could not read the date recorded in it`;
  return '';
}
