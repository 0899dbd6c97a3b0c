// The git log parser and what is published of a commit message, on crafted text: no message can make a record of
// another commit, only the first line is published, hidden characters never are, and the length is capped.
import { describe, expect, it } from 'vitest';
import { commitDateProblem, MAX_MESSAGE_LENGTH, parseGitLog, publishedMessage } from '../../../src/load/git-log.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** One commit as `git log -z --format=%x00%H%x00%h%x00%cs%x00%B --name-only` writes it. */
function record(full: string, date: string, body: string, files: string[] = []): string {
  return `\u0000${full}\u0000${full.slice(0, 7)}\u0000${date}\u0000${body}\u0000${files.length > 0 ? `\n${files.map((f) => `${f}\u0000`).join('')}` : ''}`;
}

describe('parseGitLog', () => {
  it('reads hashes, dates, whole messages and the files each commit changed', () => {
    const log = record(A, '2026-03-12', 'Correct Q3\n\nWhy: late returns.\n', ['data/quarters/2025-26-Q3.csv', 'data/site.json']) + record(B, '2026-02-03', 'Publish Q3\n', ['data/quarters/2025-26-Q3.csv']);
    expect(parseGitLog(log)).toEqual([
      { full: A, hash: 'aaaaaaa', date: '2026-03-12', body: 'Correct Q3\n\nWhy: late returns.\n', files: ['data/quarters/2025-26-Q3.csv', 'data/site.json'] },
      { full: B, hash: 'bbbbbbb', date: '2026-02-03', body: 'Publish Q3\n', files: ['data/quarters/2025-26-Q3.csv'] },
    ]);
  });

  it('keeps a message that imitates the old separators or a record of another commit as one message of one commit', () => {
    const forged = [
      `Correct referrals\u001e${B}\u001fbbbbbbb\u001f2020-01-01\u001fForged commit`,
      `Correct referrals\n${B}\nbbbbbbb\n2020-01-01\nForged commit\n\ndata/quarters/2025-26-Q1.csv\n`,
      `Correct referrals\\0${B}\\0bbbbbbb\\0 2020-01-01`,
      '%x00%H%x00%h%x00%cs%x00%B',
    ];
    for (const body of forged) {
      const commits = parseGitLog(record(A, '2026-03-12', body, ['data/quarters/2025-26-Q3.csv']) + record(B, '2026-02-03', 'Publish Q3\n'));
      expect(commits?.map((c) => [c.hash, c.date, c.body, c.files]), body).toEqual([
        ['aaaaaaa', '2026-03-12', body, ['data/quarters/2025-26-Q3.csv']],
        ['bbbbbbb', '2026-02-03', 'Publish Q3\n', []],
      ]);
    }
  });

  it('reads file names holding line breaks and spaces, commits without files, and an empty log', () => {
    expect(parseGitLog(record(A, '2026-03-12', 'x', ['data/a b.csv', 'data/odd\nname.csv']) + record(B, '2026-02-03', ''))?.map((c) => c.files))
      .toEqual([['data/a b.csv', 'data/odd\nname.csv'], []]);
    expect(parseGitLog('')).toEqual([]);
  });

  it('refuses output not in the expected form rather than guessing', () => {
    expect(parseGitLog(`\u001e${A}\u001faaaaaaa\u001f2026-03-12\u001fOld format\n`)).toBeNull();
    expect(parseGitLog(`\u0000not-a-hash\u0000aaaaaaa\u00002026-03-12\u0000x\u0000`)).toBeNull();
    expect(parseGitLog(`\u0000${A}\u0000bbbbbbb\u00002026-03-12\u0000x\u0000`)).toBeNull();
    expect(parseGitLog(`\u0000${A}\u0000aaaaaaa\u00002026-03-12\u0000`)).toBeNull();
    expect(parseGitLog(`\u0000${A}\u0000aaaaaaa\u00002026-03-12\u0000x\u0000no-newline.csv\u0000`)).toBeNull();
  });
});

describe('publishedMessage', () => {
  it('is the first line only: a second line, even in the same paragraph, is never published', () => {
    expect(publishedMessage('Correct Q3 referrals\nMoved: Jane Doe (child 4471) to a new placement\n')).toBe('Correct Q3 referrals');
    expect(publishedMessage('Correct Q3 referrals\r\nJane Doe')).toBe('Correct Q3 referrals');
    expect(publishedMessage('Correct Q3 referrals\rJane Doe')).toBe('Correct Q3 referrals');
    for (const brk of ['\u0085', '\u2028', '\u2029', '\v', '\f']) expect(publishedMessage(`Correct${brk}Jane Doe`)).toBe('Correct');
    expect(publishedMessage('\n\n  Publish Q3\nJane Doe')).toBe('Publish Q3');
  });

  it('a first line of only hidden characters publishes nothing, not the line after it', () => {
    expect(publishedMessage('\u202E\nJane Doe')).toBe('');
    expect(publishedMessage('\u001b[2J\nJane Doe')).toBe('[2J');
    expect(publishedMessage('')).toBe('');
  });

  it('strips control characters (C0, DEL, C1) and bidirectional overrides, keeping the words', () => {
    expect(publishedMessage('Correct \u202Eevif-ytrof\u202C in Q3')).toBe('Correct evif-ytrof in Q3');
    expect(publishedMessage('\u2066Isolated\u2069 \u200Fmarks\u200E \u061Chere')).toBe('Isolated marks here');
    expect(publishedMessage('Bell\u0007 escape\u001b[31m red\u001b[0m del\u007f c1\u0090\u009b done')).toBe('Bell escape[31m red[0m del c1 done');
    expect(publishedMessage('Tabs\tand   spaces\u0000')).toBe('Tabs and spaces');
    expect(publishedMessage(`Forged\u001e${B}\u001fbbbbbbb\u001f2020-01-01`)).toBe(`Forged${B}bbbbbbb2020-01-01`);
  });

  it('keeps ordinary text from any language, emoji and typographic punctuation as written', () => {
    for (const text of ['Correct Q3 — “duty” team’s returns, £ and é', 'תיקון נתונים', 'تصحيح', 'Fix 👩‍👧 and 🇬🇧 data', '<script>&amp;</script>']) {
      expect(publishedMessage(text)).toBe(text);
    }
  });

  it(`is at most ${MAX_MESSAGE_LENGTH} characters, cut with "…", never inside a character`, () => {
    const long = publishedMessage('A'.repeat(5000));
    expect(Array.from(long)).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(long.endsWith('A…')).toBe(true);
    expect(publishedMessage('A'.repeat(MAX_MESSAGE_LENGTH))).toBe('A'.repeat(MAX_MESSAGE_LENGTH));
    const emoji = publishedMessage('👩‍👧'.repeat(MAX_MESSAGE_LENGTH + 1));
    expect(emoji).toBe(`${'👩‍👧'.repeat(MAX_MESSAGE_LENGTH - 1)}…`);
  });
});

describe('commitDateProblem', () => {
  it('accepts real dates since git existed', () => {
    for (const date of ['2005-04-07', '2026-03-12', '2028-02-29']) expect(commitDateProblem(date)).toBe('');
  });

  it('names what is wrong with a date git could not read', () => {
    expect(commitDateProblem('3170843-11-07')).toBe('git gives its date as "3170843-11-07", which is not a date written YYYY-MM-DD');
    expect(commitDateProblem('%cs')).toBe('git gives its date as "%cs", which is not a date written YYYY-MM-DD');
    expect(commitDateProblem('')).toBe('git gives its date as "", which is not a date written YYYY-MM-DD');
    expect(commitDateProblem('2026-02-30')).toBe('git gives its date as 2026-02-30, which is not a real date');
    expect(commitDateProblem('1970-01-01')).toMatch(/^git gives its date as 1970-01-01, before git itself existed/);
    expect(commitDateProblem('2026-03-12\u202E')).toBe('git gives its date as "2026-03-12", which is not a date written YYYY-MM-DD');
  });
});
