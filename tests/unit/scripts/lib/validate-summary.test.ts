// `npm run validate -- --summary <file>`: a pull request that changes the data shows validate's report on its
// checks page (GitHub's job summary, $GITHUB_STEP_SUMMARY): the result, the problems, the warnings and what
// changed, in the words validate prints, with nothing from the data read as Markdown.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryMarkdown, summaryOption } from '../../../../scripts/lib/validate-summary.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const temporary: string[] = [];

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-summary-'));
  temporary.push(dir);
  return dir;
}

async function validate(dataDir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', 'validate.ts'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the --summary option', () => {
  it('takes the file that follows it, or after =, and says so when there is none', () => {
    expect(summaryOption(['--strict'])).toBeNull();
    expect(summaryOption(['--summary', 'report.md'])).toBe('report.md');
    expect(summaryOption(['--strict', '--summary=report.md'])).toBe('report.md');
    expect(summaryOption(['--summary'])).toMatchObject({ problem: expect.stringMatching(/--summary needs the file/) });
    expect(summaryOption(['--summary', '--strict'])).toMatchObject({ problem: expect.any(String) });
  });
});

describe('the summary as Markdown', () => {
  it('keeps the report\'s lists, puts problems and warnings under headings, and escapes every line', () => {
    const markdown = summaryMarkdown([
      { stream: 'warning', text: 'Warning: quarters/2025-26-Q3.csv, line 4, column E (commentary): [a link](https://evil.example/)' },
      { stream: 'report', text: 'data/ is valid: 2 indicators.' },
      { stream: 'report', text: '' },
      { stream: 'report', text: 'What changed in Q3 2025/26, against Q2 2025/26:' },
      { stream: 'report', text: '- New reds (1):' },
      { stream: 'report', text: '  - <b>Visits</b>: 85.4% against a target of ≥ 90.0%' },
      { stream: 'report', text: '  Advice that continues the item.' },
    ], true, 'data/');
    expect(markdown).toBe([
      '## Checking the data in data/: passed',
      '',
      '### Warnings',
      '',
      '- quarters/2025-26-Q3.csv, line 4, column E (commentary): \\[a link\\](https://evil.example/)',
      '',
      'data/ is valid: 2 indicators.',
      '',
      'What changed in Q3 2025/26, against Q2 2025/26:',
      '- New reds (1):',
      '  - \\<b\\>Visits\\</b\\>: 85.4% against a target of ≥ 90.0%',
      '  Advice that continues the item.',
      '',
      '',
    ].join('\n'));
  });

  it('lists the problems, then the closing sentence as a paragraph, under a failed heading', () => {
    const markdown = summaryMarkdown([
      { stream: 'problem', text: 'quarters/2025-26-Q3.csv, line 3, column B (value): "twelve" is not a number.' },
      { stream: 'problem', text: '' },
      { stream: 'problem', text: 'data/ has 1 problem in 1 file. Fix them and run npm run validate again.' },
    ], false, 'data/');
    expect(markdown).toBe([
      '## Checking the data in data/: failed',
      '',
      '### Problems',
      '',
      '- quarters/2025-26-Q3.csv, line 3, column B (value): "twelve" is not a number.',
      '',
      'data/ has 1 problem in 1 file. Fix them and run npm run validate again.',
      '',
      '',
    ].join('\n'));
  });
});

describe('npm run validate -- --summary <file>', () => {
  it('appends the report, as printed, to the file', async () => {
    const out = await folder();
    const file = path.join(out, 'summary.md');
    await writeFile(file, '# Earlier steps\n\n');
    const result = await validate(path.join(root, 'data'), ['--summary', file]);
    expect(result.code).toBe(0);
    const markdown = await readFile(file, 'utf8');
    expect(markdown.startsWith('# Earlier steps\n\n## Checking the data in ')).toBe(true);
    expect(markdown).toMatch(/: passed\n/);
    expect(markdown).toContain('What changed in Q3 2025/26, against Q2 2025/26:');
    // Every line of the report is in the summary.
    for (const line of result.stdout.split('\n').filter((text) => /^- /.test(text))) expect(markdown).toContain(line);
  });

  it('with bad data: the problems located, and the step fails', async () => {
    const dataDir = await folder();
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    const quarter = path.join(dataDir, 'quarters', '2025-26-Q3.csv');
    const lines = (await readFile(quarter, 'utf8')).split('\n');
    lines[2] = `${lines[2]!.split(',')[0]},twelve,,,`;
    await writeFile(quarter, lines.join('\n'));
    const file = path.join(await folder(), 'summary.md');
    const result = await validate(dataDir, ['--strict', '--summary', file]);
    expect(result.code).not.toBe(0);
    const markdown = await readFile(file, 'utf8');
    expect(markdown).toMatch(/^## Checking the data in .*: failed\n/);
    expect(markdown).toContain('### Problems');
    expect(markdown).toMatch(/^- quarters\/2025-26-Q3\.csv, line 3, column B \(value\): .*twelve/m);
  });

  it('without a file after it: says how to use it, and writes nothing', async () => {
    const result = await validate(path.join(root, 'data'), ['--summary']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--summary needs the file to write the report to/);
  });
});
