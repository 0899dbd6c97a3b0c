// `npm run validate -- --summary <file>` also writes its report as Markdown to <file>, appending, as GitHub's
// $GITHUB_STEP_SUMMARY expects: a pull request that changes the data shows the problems, the warnings and every
// report validate prints (what changed, figures to be revised) on its checks page, in the same words.
// The report is what validate printed, recorded as it is printed, so any report added to validate later is in
// the summary too, without a second way of saying it.
import { appendFileSync } from 'node:fs';
import { format } from 'node:util';
import { escapeMarkdown } from '../../src/escape/markdown.ts';

export type Stream = 'report' | 'warning' | 'problem';

export interface Printed {
  stream: Stream;
  text: string;
}

/** The file after `--summary` (or `--summary=<file>`); null without the option; a problem when no file is given. */
export function summaryOption(args: readonly string[]): string | null | { problem: string } {
  const index = args.findIndex((arg) => arg === '--summary' || arg.startsWith('--summary='));
  if (index === -1) return null;
  const arg = args[index]!;
  const file = arg === '--summary' ? args[index + 1] : arg.slice('--summary='.length);
  if (file === undefined || file === '' || file.startsWith('--')) {
    return { problem: 'The option --summary needs the file to write the report to, e.g. npm run validate -- --summary report.md' };
  }
  return file;
}

/** Records what is printed on the console from now on (still printing it): log as report, warn as warning, error as problem. */
export function recordConsole(): Printed[] {
  const printed: Printed[] = [];
  const tee = (stream: Stream, write: (...args: unknown[]) => void) => (...args: unknown[]) => {
    printed.push(...format(...args).split('\n').map((text) => ({ stream, text })));
    write(...args);
  };
  console.log = tee('report', console.log.bind(console));
  console.info = tee('report', console.info.bind(console));
  console.warn = tee('warning', console.warn.bind(console));
  console.error = tee('problem', console.error.bind(console));
  return printed;
}

/** A report line as Markdown: its `- ` items and their indentation kept as a list, every word escaped. */
function reportLine(text: string): string {
  const item = /^( *)- (.*)$/.exec(text);
  if (item) return `${'  '.repeat(Math.floor(item[1]!.length / 2))}- ${escapeMarkdown(item[2]!)}`;
  const indent = /^ */.exec(text)![0].length;
  // An indented line under an item continues it (a piece of advice, a line to copy); a line at the margin is a paragraph.
  return indent === 0 ? `\n${escapeMarkdown(text)}` : `${'  '.repeat(Math.ceil(indent / 2))}${escapeMarkdown(text.trim())}`;
}

const HEADINGS: Record<Exclude<Stream, 'report'>, string> = { warning: 'Warnings', problem: 'Problems' };

/** The summary: a heading with the result, then what was printed, in order, each kind under its heading. */
export function summaryMarkdown(printed: readonly Printed[], passed: boolean, folder: string): string {
  const lines = [`## Checking the data in ${escapeMarkdown(folder)}: ${passed ? 'passed' : 'failed'}`, ''];
  let previous: Stream | null = null;
  let afterBlank = false;
  for (const { stream, text } of printed) {
    if (text.trim() === '') {
      afterBlank = true;
      continue;
    }
    if (stream !== previous) {
      lines.push('');
      if (stream !== 'report') lines.push(`### ${HEADINGS[stream]}`, '');
      afterBlank = false;
    }
    if (stream === 'report') lines.push(afterBlank && !text.startsWith(' ') ? `\n${escapeMarkdown(text)}` : reportLine(text));
    // Problems and warnings are one per line; a line after a blank one (the closing sentence) is a paragraph.
    else lines.push(afterBlank ? `\n${escapeMarkdown(text)}` : `- ${escapeMarkdown(text.replace(/^Warning: /, ''))}`);
    previous = stream;
    afterBlank = false;
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n\n`;
}

/** Records the console from now on and, when the process ends, appends the summary to the file. */
export function writeSummaryOnExit(file: string, folder: string): void {
  const printed = recordConsole();
  // 'exit' runs even when the script ends with process.exit(); only synchronous writes are possible there.
  process.on('exit', (code) => {
    appendFileSync(file, summaryMarkdown(printed, code === 0, folder));
  });
}
