// Fragment ids and URL parts from free text such as theme and activity names.
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Fragment ids for a list of names, unique within the page: names that slug alike ("CIN audits", "CiN
 * audits") get -2, -3… in list order, skipping any id another name already has ("A 2" and a second "A"), and
 * a name with no letters or digits gets "item". Ids are only letters, digits and "-", so an id made by adding
 * a part after "__" (see part()) can never equal one made here.
 */
export function uniqueSlugs(names: readonly string[], prefix = ''): Map<string, string> {
  const used = new Set<string>();
  const result = new Map<string, string>();
  for (const name of names) {
    if (result.has(name)) continue;
    const base = `${prefix}${slug(name) || 'item'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    result.set(name, id);
  }
  return result;
}

/** The id of a part of an anchored section, e.g. its table's caption: `activity-cin__mix`. */
export function part(id: string, name: string): string {
  return `${id}__${name}`;
}

/** The anchor of each QA activity's section on its quarter's page. */
export function activityAnchors(activities: readonly { activity: string }[]): Map<string, string> {
  return uniqueSlugs(activities.map((a) => a.activity), 'activity-');
}

/** The anchor of each QA activity's practice-domain section on its quarter's page. */
export function domainAnchors(activities: readonly string[]): Map<string, string> {
  return uniqueSlugs(activities, 'domains-');
}

/** The anchor of each theme's table on a scorecard. */
export function themeAnchors(themes: readonly string[]): Map<string, string> {
  return uniqueSlugs(themes, 'theme-');
}

/** The anchor of each action on the actions page; ids that differ only in case ("A1", "a1") get their own. */
export function actionAnchors(actionIds: readonly string[]): Map<string, string> {
  return uniqueSlugs(actionIds, 'action-');
}

/** The anchor of each glossary term. */
export function termAnchors(terms: readonly string[]): Map<string, string> {
  return uniqueSlugs(terms, 'term-');
}
