import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetOrThrow } from '../../../src/load/dataset.ts';
import { DataValidationError, formatIssue } from '../../../src/load/issue.ts';
import { DEFAULT_LICENCE } from '../../../src/load/site.ts';
import { Q1_CSV, SITE_JSON, csv, dataDirWith, issuesWith, loadWith, writeDataDir } from '../../support/load-fixtures.ts';

describe('loadDataset with valid data', () => {
  it('returns the dataset and no issues', async () => {
    const { dataset, issues } = await loadWith();
    expect(issues).toEqual([]);
    expect(dataset).not.toBeNull();
    if (!dataset) return;
    expect(dataset.site).toEqual({
      organisation: 'Exampleshire County Council',
      title: "Children's services performance",
      comparators: [{ id: 'england', label: 'England' }, { id: 'region', label: 'North West' }],
      amber: null,
      description: '',
      contact: null,
      licence: DEFAULT_LICENCE,
      licenceId: 'OGL-UK-3.0',
      statementDate: null,
      disclosure: null,
      drafts: [],
      siteUrl: null,
      basePath: null,
    });
    expect(dataset.indicators.map((indicator) => indicator.id)).toEqual(['cla-rate', 'assess-45', 'contacts']);
    expect(dataset.indicators[0]).toEqual({
      id: 'cla-rate',
      title: 'Children in care per 10000',
      theme: 'Children in care',
      unit: 'rate_per_10000',
      polarity: 'lower_is_better',
      amber: null,
      decimals: 1,
      definition: 'Children looked after per 10000 children',
      source: 'SSDA903',
      partOf: null,
    });
    expect(dataset.indicators[1]?.amber).toBe(2);
    expect(dataset.targets).toEqual([
      { indicatorId: 'assess-45', period: '2024-25-Q1', target: 85, operator: null, amber: null },
      { indicatorId: 'contacts', period: '2024-25-Q1', target: 1000, operator: '<=', amber: 50 },
      { indicatorId: 'contacts', period: '2024-25-Q2', target: null, operator: null, amber: null },
    ]);
    expect(dataset.periods).toEqual(['2024-25-Q1', '2024-25-Q2']);
    expect(dataset.values).toContainEqual({
      indicatorId: 'assess-45', period: '2024-25-Q1', value: 85, numerator: 170, denominator: 200, commentary: 'On target',
    });
    expect(dataset.values).toContainEqual({
      indicatorId: 'assess-45', period: '2024-25-Q2', value: null, numerator: null, denominator: null, commentary: 'Not yet available',
    });
    expect(dataset.values).toHaveLength(6);
    expect(dataset.comparatorValues).toEqual([
      { indicatorId: 'cla-rate', comparatorId: 'england', period: '2024-25-Q1', value: 70 },
      { indicatorId: 'assess-45', comparatorId: 'region', period: '2024-25-Q1', value: 82.3 },
    ]);
  });

  it('treats targets.csv and comparators.csv as optional', async () => {
    const { dataset, issues } = await loadWith({ 'targets.csv': null, 'comparators.csv': null });
    expect(issues).toEqual([]);
    expect(dataset?.targets).toEqual([]);
    expect(dataset?.comparatorValues).toEqual([]);
  });

  // Like Nottinghamshire's 2013/14 report (seed 003): no comparison areas at all.
  it('reads a council that lists no comparators and has no comparators.csv', async () => {
    const { dataset, issues } = await loadWith({ 'site.json': '{ "organisation": "Nottinghamshire County Council", "title": "Scorecard" }\n', 'comparators.csv': null });
    expect(issues).toEqual([]);
    expect(dataset?.site.comparators).toEqual([]);
    expect(dataset?.comparatorValues).toEqual([]);
  });

  it('refuses comparators.csv when site.json lists no comparators, once, saying how to fix it', async () => {
    const issues = await issuesWith({
      'site.json': '{ "organisation": "Nottinghamshire County Council", "title": "Scorecard", "comparators": [] }\n',
      'comparators.csv': csv('indicator_id,comparator,period,value', 'cla-rate,england,2024-25-Q1,70', 'assess-45,england,2024-25-Q1,82.3'),
    });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^comparators\.csv, line 2, column B \(comparator\): comparators\.csv has figures for "england", but site\.json lists no comparators\. Name each comparison area in site\.json.*or delete comparators\.csv/),
    ]);
  });

  it('orders periods oldest first whatever the file names sort to, and ignores non-CSV files', async () => {
    const { dataset, issues } = await loadWith({
      'quarters/2023-24-Q4.csv': Q1_CSV,
      'quarters/.gitkeep': '',
      'quarters/README.md': '# Quarter files',
      'quarters/notes.txt': 'not data',
    });
    expect(issues).toEqual([]);
    expect(dataset?.periods).toEqual(['2023-24-Q4', '2024-25-Q1', '2024-25-Q2']);
    expect(dataset?.values[0]?.period).toBe('2023-24-Q4');
  });

  it('accepts files saved by Excel: byte-order mark, CRLF, trailing blank lines, padded values and headers in capitals', async () => {
    const excel = (text: string) => `\uFEFF${text.trimEnd().replace(/\n/g, '\r\n')}\r\n\r\n,,,,\r\n\r\n`;
    const { dataset, issues } = await loadWith({
      'site.json': `\uFEFF${SITE_JSON.replace(/\n/g, '\r\n')}`,
      'indicators.csv': excel(csv(
        ' ID , Title ,THEME, Unit ,Polarity,Amber,Decimals,Definition,Source',
        ' cla-rate , Children in care , Children in care , Rate_per_10000 , Lower is better ,, 1 ,,',
        'assess-45,Assessments,Assessment,percent,higher_is_better, 2 ,,,',
        'contacts,Contacts,Front door,count,neutral,,,,',
      )),
      'quarters/2024-25-Q1.csv': excel(csv(
        'Indicator_ID , VALUE ,Numerator,Denominator,Commentary',
        ' cla-rate , 70.5 ,,,',
        'assess-45, 85 , 170 , 200 ,  Good  ',
      )),
    });
    expect(issues).toEqual([]);
    expect(dataset?.indicators[0]).toMatchObject({ id: 'cla-rate', title: 'Children in care', unit: 'rate_per_10000', polarity: 'lower_is_better', decimals: 1 });
    expect(dataset?.indicators[1]?.amber).toBe(2);
    expect(dataset?.values).toContainEqual({
      indicatorId: 'assess-45', period: '2024-25-Q1', value: 85, numerator: 170, denominator: 200, commentary: 'Good',
    });
  });

  it('ignores unknown extra columns', async () => {
    const { issues, dataset } = await loadWith({
      'quarters/2024-25-Q1.csv': csv('indicator_id,value,rag,notes for team', 'cla-rate,70.5,green,check with Sam'),
    });
    expect(issues).toEqual([]);
    expect(dataset?.values.find((value) => value.period === '2024-25-Q1')).toMatchObject({ value: 70.5, commentary: '' });
  });
});

describe('loadDataset: missing things', () => {
  it('reports a missing data directory as one clear error', async () => {
    const missing = path.join(writeDataDir({}), 'nope');
    const { dataset, issues } = await loadDataset(missing);
    expect(dataset).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: '', line: null, column: null });
    expect(issues[0]?.message).toContain(missing);
    expect(issues[0]?.message).toMatch(/does not exist.*DATA_DIR/);
  });

  it('reports each missing required file with no line', async () => {
    const issues = await issuesWith({
      'site.json': null, 'indicators.csv': null, 'quarters/2024-25-Q1.csv': null, 'quarters/2024-25-Q2.csv': null,
    });
    expect(issues.map((item) => [item.file, item.line, item.column])).toEqual([
      ['site.json', null, null],
      ['indicators.csv', null, null],
      ['quarters', null, null],
    ]);
    expect(issues[0]?.message).toMatch(/missing\. Create site\.json/);
    expect(issues[1]?.message).toMatch(/missing\. Create indicators\.csv/);
    expect(issues[2]?.message).toMatch(/missing\. Create a folder called quarters/);
  });

  it('reports an empty quarters folder', async () => {
    const issues = await issuesWith({ 'quarters/2024-25-Q1.csv': null, 'quarters/2024-25-Q2.csv': null, 'quarters/.gitkeep': '' });
    expect(issues).toEqual([{
      file: 'quarters', line: null, column: null,
      message: expect.stringMatching(/no quarter files.*e\.g\. 2024-25-Q1\.csv/),
    }]);
  });

  it('spots a required file saved with capitals or as a workbook', async () => {
    const capitals = await issuesWith({ 'indicators.csv': null, 'Indicators.csv': 'x' });
    expect(capitals[0]?.message).toMatch(/There is a file called "Indicators\.csv": rename it "indicators\.csv"/);
    const workbook = await issuesWith({ 'indicators.csv': null, 'indicators.xlsx': 'x' });
    expect(workbook[0]?.message).toMatch(/"indicators\.xlsx": save it as "indicators\.csv"/);
  });
});

describe('loadDataset: quarter file names', () => {
  it('rejects a CSV in quarters/ whose name is not a period, naming the file and the expected form', async () => {
    const issues = await issuesWith({ 'quarters/Q3 2024.csv': Q1_CSV });
    expect(issues).toEqual([{
      file: 'quarters/Q3 2024.csv', line: null, column: null,
      message: expect.stringContaining('Name each file in quarters/ after the quarter it holds, written YYYY-YY-Qn.csv, e.g. 2024-25-Q1.csv'),
    }]);
  });

  it('suggests the right name for a loosely written period', async () => {
    const issues = await issuesWith({ 'quarters/2024-25-q3.csv': Q1_CSV });
    expect(issues[0]?.message).toMatch(/Did you mean 2024-25-Q3\.csv\?/);
    const slash = await issuesWith({ 'quarters/2024-26-Q3.csv': Q1_CSV });
    expect(slash[0]?.message).toMatch(/two years must follow on: 2024-25/);
  });
});

describe('loadDataset: many problems at once', () => {
  it('reports every problem across files in one pass, in file order', async () => {
    const issues = await issuesWith({
      'site.json': SITE_JSON.replace('"title": "Children\'s services performance",\n', ''),
      'indicators.csv': csv(
        'id,title,theme,unit,polarity',
        'cla-rate,Children in care,Children in care,rate_per_10000,lower_is_better',
        'assess-45,Assessments,Assessment,percentage,higher_is_better',
      ),
      'targets.csv': csv('indicator_id,period,target', 'assess-45,2024/25 Q1,85'),
      'quarters/2024-25-Q1.csv': csv('indicator_id,value', 'cla-rate,12.5x', 'contacts,3', 'assess-45,101'),
      'quarters/2024-25-Q2.csv': csv('indicator_id,value', 'cla-rate,-1'),
      'comparators.csv': csv('indicator_id,comparator,period,value', 'cla-rate,scotland,2024-25-Q1,70'),
    });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^site\.json, line 1, column title: "title" is missing/),
      expect.stringMatching(/^indicators\.csv, line 3, column D \(unit\): "percentage" is not a unit\. Write one of: percent, count/),
      expect.stringMatching(/^targets\.csv, line 2, column B \(period\): "2024\/25 Q1" is not a period\..*Did you mean 2024-25-Q1/),
      'quarters/2024-25-Q1.csv, line 2, column B (value): "12.5x" is not a number. Write a number such as 12.5, or leave it blank if not available.',
      expect.stringMatching(/^quarters\/2024-25-Q1\.csv, line 3, column A \(indicator_id\): "contacts" is not an indicator in indicators\.csv/),
      // assess-45 has a bad unit, so its value is not range-checked, and it is not reported as unknown.
      expect.stringMatching(/^quarters\/2024-25-Q2\.csv, line 2, column B \(value\): "-1" is below 0, but this indicator is a rate per 10,000/),
      expect.stringMatching(/^comparators\.csv, line 2, column B \(comparator\): "scotland" is not a comparator in the "comparators" list in site\.json/),
    ]);
  });

  it('does not flood other files with unknown-id errors when indicators.csv cannot be read', async () => {
    const issues = await issuesWith({ 'indicators.csv': csv('id,title') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'indicators.csv', line: 1, column: null });
  });
});

describe('loadDatasetOrThrow', () => {
  it('throws a DataValidationError carrying the issues', async () => {
    const dir = dataDirWith({ 'quarters/2024-25-Q1.csv': csv('indicator_id,value', 'cla-rate,abc') });
    const error = await loadDatasetOrThrow(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataValidationError);
    expect(error).toBeInstanceOf(Error);
    if (!(error instanceof DataValidationError)) return;
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('quarters/2024-25-Q1.csv, line 2, column B (value): "abc" is not a number.');
    expect(error.message).toContain('1 problem in 1 file.');
  });

  it('returns the dataset when valid', async () => {
    const dataset = await loadDatasetOrThrow(dataDirWith());
    expect(dataset.indicators).toHaveLength(3);
  });
});

describe('scripts/validate.ts', () => {
  const script = path.resolve('scripts/validate.ts');
  const run = (dir: string) => spawnSync(process.execPath, [script], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });

  it('prints a summary and exits 0 for valid data', () => {
    const result = run(dataDirWith());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ is valid: 3 indicators, 2 quarters \(Q1 2024\/25 to Q2 2024\/25\), 2 comparators\.\n\nWhat changed in Q2 2024\/25/);
  });

  it('prints every issue and a summary, and exits 1', () => {
    const result = run(dataDirWith({
      'quarters/2024-25-Q1.csv': csv('indicator_id,value', 'cla-rate,abc'),
      'comparators.csv': csv('indicator_id,comparator,period,value', 'cla-rate,england,2024-25-Q1,x'),
    }));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('quarters/2024-25-Q1.csv, line 2, column B (value): "abc" is not a number. Write a number such as 12.5, or leave it blank if not available.');
    expect(lines[1]).toMatch(/^comparators\.csv, line 2, column D \(value\): "x" is not a number\./);
    expect(lines[lines.length - 1]).toMatch(/has 2 problems in 2 files\. Fix them/);
  });
});
