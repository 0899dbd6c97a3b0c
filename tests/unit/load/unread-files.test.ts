import { describe, expect, it } from 'vitest';
import { loadWith } from '../../support/load-fixtures.ts';

describe('files in the data folder that are not read', () => {
  it('are named with why, as warnings that do not stop the data loading', async () => {
    const { dataset, issues, warnings } = await loadWith({
      'quarters/2024-25-Q3.xlsx': 'PK',
      'quarters/2024-25-Q3.csv.txt': 'indicator_id,value\n',
      'indicators.xlsx': 'PK',
      'notes.docx': 'x',
      'narrative/2024-25-Q1.txt': 'x',
      'quarters/README.md': '# notes',
      'quarters/~$2024-25-Q1.csv': 'lock',
      '.DS_Store': 'x',
    });
    expect(issues).toEqual([]);
    expect(dataset).not.toBeNull();
    expect(warnings.map((w) => w.file).sort()).toEqual([
      'indicators.xlsx', 'narrative/2024-25-Q1.txt', 'notes.docx', 'quarters/2024-25-Q3.csv.txt', 'quarters/2024-25-Q3.xlsx',
    ]);
    const byFile = new Map(warnings.map((w) => [w.file, w.message]));
    expect(byFile.get('quarters/2024-25-Q3.xlsx')).toMatch(/^this file is not read: quarters\/ reads only \.csv files .* e\.g\. 2024-25-Q3\.csv/);
    expect(byFile.get('quarters/2024-25-Q3.csv.txt')).toContain('check the name does not end .csv.txt');
    expect(byFile.get('indicators.xlsx')).toContain('save it as indicators.csv');
  });

  it('clean data has none', async () => {
    expect((await loadWith()).warnings).toEqual([]);
  });
});
