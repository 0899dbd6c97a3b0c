// A JSON data file checked against a zod schema: syntax errors at their line and character, schema problems
// at the line of the key they concern with the key path (e.g. `comparators[1].label`) as the column.
import { z } from 'zod';
import { issue, type ValidationIssue } from './issue.ts';
import { SETTINGS_SHAPE, jsonPath, readJson, type JsonLocation, type JsonShape } from './json.ts';
import { LineIndex } from './text.ts';

export interface JsonFile {
  file: string;
  value: unknown;
  locations: ReadonlyMap<string, JsonLocation>;
  lines: LineIndex;
}

/** Reads JSON text, reporting a syntax error, an empty file or a name given twice, and returning null when it cannot be read. */
export function readJsonFile(source: string, file: string, issues: ValidationIssue[], shape: JsonShape = SETTINGS_SHAPE): JsonFile | null {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = new LineIndex(text);
  const json = readJson(text, shape);
  if (!json.ok) {
    const isEmpty = text.trim() === '';
    issues.push(issue(file, isEmpty ? null : lines.line(json.offset), isEmpty ? null : String(lines.column(json.offset)),
      isEmpty ? `${json.message} See docs/data-format.md for an example.` : `this is not valid JSON: ${json.message}`));
    return null;
  }
  if (json.duplicates.length > 0) {
    for (const { path, first, repeat } of json.duplicates) {
      const at = (offset: number) => `line ${lines.line(offset)}, column ${lines.column(offset)}`;
      issues.push(issue(file, lines.line(repeat), String(lines.column(repeat)),
        `"${path}" is given twice: at ${at(first)} and again here, at ${at(repeat)}. A JSON file keeps only one of them (the last) ` +
        'and quietly ignores the other, so the file would not mean what it seems to say. Keep the one you mean and delete the other.'));
    }
    return null;
  }
  return { file, value: json.value, locations: json.locations, lines };
}

/** Line of the key at `path`, or of the nearest enclosing object that exists (for a missing key). */
export function locateJson(json: JsonFile, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const found = json.locations.get(jsonPath(path.slice(0, length)));
    if (found) return json.lines.line(length === path.length ? found.key : found.value);
  }
  return 1;
}

/** Records each schema problem at its key's line, with the key path as the column. */
export function reportSchemaIssues(json: JsonFile, problems: readonly z.core.$ZodIssue[], issues: ValidationIssue[]): void {
  for (const problem of problems) {
    const column = problem.path.length > 0 ? jsonPath(problem.path) : null;
    issues.push(issue(json.file, locateJson(json, problem.path), column, problem.message));
  }
}

/** A required, non-empty text setting; `example` shows how to write it. */
export function requiredText(key: string, example: string) {
  return z
    .string({
      error: (problem) => (problem.input === undefined
        ? `"${key}" is missing. Add it, e.g. ${example}`
        : `"${key}" must be text in double quotes, e.g. ${example}`),
    })
    .trim()
    .min(1, { error: `"${key}" is empty. Fill it in, e.g. ${example}` });
}
