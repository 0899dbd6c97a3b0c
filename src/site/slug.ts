// Fragment ids and URL parts from free text such as theme and activity names.
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Fragment ids for a list of names, unique within the page: names that slug alike ("CIN audits", "CiN
 * audits") get -2, -3… in list order, so every anchor still leads to its own section.
 */
export function uniqueSlugs(names: readonly string[], prefix = ''): Map<string, string> {
  const used = new Map<string, number>();
  const result = new Map<string, string>();
  for (const name of names) {
    if (result.has(name)) continue;
    const base = `${prefix}${slug(name)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    result.set(name, seen === 0 ? base : `${base}-${seen + 1}`);
  }
  return result;
}

/** The anchor of each QA activity's section on its quarter's page. */
export function activityAnchors(activities: readonly { activity: string }[]): Map<string, string> {
  return uniqueSlugs(activities.map((a) => a.activity), 'activity-');
}
