// Data files are read as an officer saves them: UTF-8 with or without a byte-order mark, any line endings, and a
// clear message for a file saved in another encoding or linked from outside the data folder.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { LineIndex, decodeText, outsideDataFolder, readDataFile } from '../../../src/load/text.ts';
import { writeDataDir } from '../../support/load-fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('LineIndex', () => {
  it('counts Windows, Unix and old Mac line breaks as one line each', () => {
    const text = 'a\r\nb\nc\rd';
    const lines = new LineIndex(text);
    expect(['a', 'b', 'c', 'd'].map((letter) => lines.line(text.indexOf(letter)))).toEqual([1, 2, 3, 4]);
    // The \n of \r\n belongs to the first line.
    expect(lines.line(2)).toBe(1);
  });

  it('gives the character position within the line, from 1', () => {
    const text = '{\n  "title": 1\n}';
    const lines = new LineIndex(text);
    const at = text.indexOf('"title"');
    expect([lines.line(at), lines.column(at)]).toEqual([2, 3]);
    expect([lines.line(0), lines.column(0)]).toEqual([1, 1]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, dropping the byte-order mark Excel writes', () => {
    const issues: ValidationIssue[] = [];
    expect(decodeText(bytes('\uFEFFindicator_id,value\nre-referrals,£12'), 'quarters/2024-25-Q1.csv', issues)).toBe('indicator_id,value\nre-referrals,£12');
    expect(issues).toEqual([]);
  });

  it('refuses a file saved as Unicode text (UTF-16), saying how to save it as UTF-8', () => {
    const issues: ValidationIssue[] = [];
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), 'targets.csv', issues)).toBeNull();
    expect(issues).toEqual([{ file: 'targets.csv', line: null, column: null, message: expect.stringMatching(/^the file is saved as "Unicode text" \(UTF-16\), which cannot be read\. In Excel choose File > Save As and pick "CSV UTF-8/) }]);
  });

  it('reports a file in an older encoding on the line of the first unreadable character, and still returns the rest', () => {
    // "£" as Windows-1252 writes it, on line 3.
    const latin = Uint8Array.from([...bytes('indicator_id,value\nassessments,80\nspend,'), 0xa3, ...bytes('12\n')]);
    const issues: ValidationIssue[] = [];
    const text = decodeText(latin, 'quarters/2024-25-Q1.csv', issues);
    expect(text).toContain('assessments,80');
    expect(issues).toEqual([{ file: 'quarters/2024-25-Q1.csv', line: 3, column: null, message: expect.stringContaining('the file is not saved as UTF-8 text, so some characters (often £, accents or curly quotes) cannot be read (the first is on this line).') }]);
  });
});

describe('readDataFile', () => {
  it('reads a file in the data folder, and tells a missing file from a folder', async () => {
    const dir = writeDataDir({ 'quarters/2024-25-Q1.csv': 'indicator_id,value\n' });
    const issues: ValidationIssue[] = [];
    expect(await readDataFile(dir, 'quarters/2024-25-Q1.csv', issues)).toEqual({ kind: 'text', text: 'indicator_id,value\n' });
    expect(await readDataFile(dir, 'targets.csv', issues)).toEqual({ kind: 'missing' });
    expect(await readDataFile(dir, 'quarters', issues)).toEqual({ kind: 'not_a_file' });
    expect(issues).toEqual([]);
  });

  it('refuses a link to a file outside the data folder without reading it, naming where it leads', async () => {
    const elsewhere = writeDataDir({ 'secret.csv': 'do not publish' });
    const dir = writeDataDir({});
    symlinkSync(path.join(elsewhere, 'secret.csv'), path.join(dir, 'targets.csv'));
    const issues: ValidationIssue[] = [];
    expect(await readDataFile(dir, 'targets.csv', issues)).toEqual({ kind: 'failed' });
    expect(issues).toEqual([{ file: 'targets.csv', line: null, column: null, message: expect.stringMatching(/^this file is a link to .*secret\.csv, which is outside the data folder\./) }]);
    expect(JSON.stringify(issues)).not.toContain('do not publish');
  });

  it('says so of a link to nothing', async () => {
    const dir = writeDataDir({});
    symlinkSync(path.join(dir, 'gone.csv'), path.join(dir, 'targets.csv'));
    const issues: ValidationIssue[] = [];
    expect(await readDataFile(dir, 'targets.csv', issues)).toEqual({ kind: 'failed' });
    expect(issues[0]!.message).toBe('this file is a link to a file that does not exist. Put a copy of the file itself here in place of the link.');
  });
});

describe('outsideDataFolder', () => {
  it('is null for a file inside, a link inside and a file that does not exist; the real path for one outside', async () => {
    const dir = writeDataDir({ 'site.json': '{}' });
    mkdirSync(path.join(dir, 'narrative'));
    symlinkSync(path.join(dir, 'site.json'), path.join(dir, 'narrative', 'copy.json'));
    expect(await outsideDataFolder(dir, path.join(dir, 'site.json'))).toBeNull();
    expect(await outsideDataFolder(dir, path.join(dir, 'narrative', 'copy.json'))).toBeNull();
    expect(await outsideDataFolder(dir, path.join(dir, 'missing.csv'))).toBeNull();
    const elsewhere = writeDataDir({});
    const outside = path.join(elsewhere, 'x.csv');
    writeFileSync(outside, 'x');
    expect(await outsideDataFolder(dir, outside)).toBe(realpathSync(outside));
    // The data folder itself is not inside itself.
    expect(await outsideDataFolder(dir, path.join(dir, '..'))).toBe(realpathSync(path.join(dir, '..')));
  });
});
