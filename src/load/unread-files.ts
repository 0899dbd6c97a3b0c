// Files in the data folder that the site never reads, found so that an officer is warned rather than left
// wondering why a new quarter saved as .xlsx or ".csv.txt" does not appear. A warning never blocks the build.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ACTIONS_FILE } from './actions.ts';
import { AUDIT_DOMAINS_DIR } from './audit-domains.ts';
import { AUDITS_DIR } from './audits.ts';
import { COMPARATORS_FILE } from './comparators.ts';
import { FEEDBACK_DIR } from './feedback.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { GRADE_SCALES_FILE } from './grade-scales.ts';
import { INDICATORS_FILE } from './indicators.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { NARRATIVE_DIR } from './narratives.ts';
import { QUARTERS_DIR } from './quarters.ts';
import { SCHEDULE_FILE } from './schedule.ts';
import { SITE_FILE } from './site.ts';
import { SPC_REBASE_FILE } from './spc-rebase.ts';
import { TARGETS_FILE } from './targets.ts';

// benchmarks.csv maps indicators to DfE's files in benchmarks/ (issue 18; read by the benchmark loader).
const TOP_LEVEL_FILES = [SITE_FILE, INDICATORS_FILE, TARGETS_FILE, COMPARATORS_FILE, GLOSSARY_FILE, GRADE_SCALES_FILE, SCHEDULE_FILE, ACTIONS_FILE, SPC_REBASE_FILE, 'benchmarks.csv'];
/** Each folder of quarter files and the one extension it reads. */
const PERIOD_FOLDERS: Readonly<Record<string, string>> = { [QUARTERS_DIR]: 'csv', [AUDITS_DIR]: 'csv', [AUDIT_DOMAINS_DIR]: 'csv', [FEEDBACK_DIR]: 'csv', [NARRATIVE_DIR]: 'md' };

/** Notes, hidden files and Excel's lock files are expected beside data and never worth a warning. */
function isExpected(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^readme(\.md|\.txt)?$/i.test(name);
}

async function entries(folder: string) {
  return readdir(folder, { withFileTypes: true }).catch(() => []);
}

export async function unreadFileWarnings(dataDir: string): Promise<ValidationIssue[]> {
  const warnings: ValidationIssue[] = [];
  for (const entry of await entries(dataDir)) {
    if (!entry.isFile() || isExpected(entry.name) || TOP_LEVEL_FILES.includes(entry.name)) continue;
    const similar = TOP_LEVEL_FILES.find((known) => known.replace(/\.\w+$/, '') === entry.name.toLowerCase().replace(/\..*$/, ''));
    warnings.push(issue(entry.name, null, null, similar
      ? `this file is not read: the site reads ${similar}. If it holds the same figures, save it as ${similar} (in Excel: File > Save As > "CSV UTF-8 (Comma delimited)" for a .csv).`
      : `this file is not read: it is not one of the data files (${TOP_LEVEL_FILES.join(', ')}). Move it out of the data folder if it is not needed.`));
  }
  for (const [folder, extension] of Object.entries(PERIOD_FOLDERS)) {
    for (const entry of await entries(path.join(dataDir, folder))) {
      if (!entry.isFile() || isExpected(entry.name) || entry.name.toLowerCase().endsWith(`.${extension}`)) continue;
      const stem = entry.name.replace(/\..*$/, '');
      warnings.push(issue(`${folder}/${entry.name}`, null, null,
        `this file is not read: ${folder}/ reads only .${extension} files named after their quarter, e.g. ${stem || '2024-25-Q1'}.${extension}. ` +
        (extension === 'csv' ? 'If it holds a quarter, save it from Excel with File > Save As > "CSV UTF-8 (Comma delimited)", and check the name does not end .csv.txt.' : 'If it holds a narrative, save it as plain text ending .md.')));
    }
  }
  return warnings;
}
