import { describe, expect, it } from 'vitest';
import { blankWords, columnExamples, datatypeWords, nullTokens, type ColumnDefinition } from '../../../../src/site/open-data/columns.ts';

const column = (overrides: Partial<ColumnDefinition>): ColumnDefinition => ({
  name: 'value', title: 'Value', description: 'The figure.', datatype: 'decimal', unit: null, blank: true, ...overrides,
});

describe('column definitions in plain words', () => {
  it('only a suppressible column counts c as "no value"', () => {
    expect(nullTokens(column({}))).toEqual(['']);
    expect(nullTokens(column({ suppressible: true }))).toEqual(['', 'c']);
  });

  it('names each type and when a cell can be blank', () => {
    expect(datatypeWords(column({ datatype: 'date' }))).toBe('Date (YYYY-MM-DD)');
    expect(datatypeWords(column({ datatype: 'integer' }))).toBe('Whole number');
    expect(datatypeWords(column({ datatype: 'boolean' }))).toBe('true or false');
    expect(datatypeWords(column({ datatype: 'string', values: ['a', 'b'] }))).toBe('Text, one of a list');
    expect(blankWords(column({ blank: false }))).toBe('Never blank');
    expect(blankWords(column({}))).toBe('Can be blank');
    expect(blankWords(column({ suppressible: true }))).toMatch(/^Blank when not available; c when withheld/);
  });
});

describe('columnExamples', () => {
  it('takes the first value that is not blank, as the CSV writes it', () => {
    const columns = [column({ name: 'value' }), column({ name: 'revised', datatype: 'boolean' }), column({ name: 'commentary', datatype: 'string' })];
    const examples = columnExamples([{ value: null, revised: false, commentary: '' }, { value: 0, revised: true, commentary: 'Up.\r\nAgain.' }], columns);
    expect(examples.get('value')).toBe('0');
    expect(examples.get('revised')).toBe('false');
    expect(examples.get('commentary')).toBe('Up. Again.');
  });

  it('is empty when every row is blank, and cuts long text at a word', () => {
    const long = 'word '.repeat(30);
    const examples = columnExamples([{ value: null, note: long }], [column({ name: 'value' }), column({ name: 'note' })]);
    expect(examples.get('value')).toBe('');
    expect(examples.get('note')).toMatch(/^(word ){11}word…$/);
    const emoji = columnExamples([{ note: '😀'.repeat(61) }], [column({ name: 'note' })]).get('note')!;
    expect(emoji).toBe(`${'😀'.repeat(60)}…`);
  });
});
