// Disclosure control end to end: a copy of the demo data with "disclosure" turned on and seed-shaped small
// counts (3 children in care placed at a distance, 4 of 9 care leavers in education). The figures withheld
// must appear nowhere they would be read as that figure (pages, the API, the CSV, the pages search indexes),
// and c with its footnote must appear in their place. One full build, so about 40 seconds.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function runScript(script: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', script)], { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Distinctive figures, so a leak cannot hide among the demo's other numbers. placed-far (3) is withheld as
// a small count, placed-unknown (1,583) with it, so that 3 cannot be worked out as 4,525 - 2,939 - 1,583.
const INDICATORS = [
  'placed-total,Children in care by placement distance,Children in care,count,neutral,,,,,',
  'placed-near,Children in care placed within 20 miles,Children in care,count,neutral,,,,,placed-total',
  'placed-far,Children in care placed more than 20 miles away,Children in care,count,neutral,,,,,placed-total',
  'placed-unknown,Children in care with placement distance not recorded,Children in care,count,neutral,,,,,placed-total',
  'leavers-eet-small,Care leavers aged 19 to 21 in education (small cohort),Care leavers,percent,higher_is_better,,,,,',
  // An average over 3 children: the 3 is a count of children whatever the unit (counts_of_people's default for days).
  'adoption-days,Average days from entering care to adoption,Adoption,days,lower_is_better,,,,,',
];
const Q2_ROWS = ['placed-total,4238,,,', 'placed-near,2900,,,', 'placed-far,8,,,', 'placed-unknown,1330,,,', 'leavers-eet-small,66.7,20,30,', 'adoption-days,398,3980,10,'];
const Q3_ROWS = [
  'placed-total,4525,,,',
  'placed-near,2939,,,',
  'placed-far,3,,,Three children were placed at a distance this quarter.',
  'placed-unknown,1583,,,',
  'leavers-eet-small,44.4,4,9,Four of the nine care leavers were in education.',
  'adoption-days,417,1251,3,',
];
const WITHHELD = ['placed-far', 'placed-unknown', 'leavers-eet-small', 'adoption-days'];

let dataDir = '';
let outDir = '';
let build: { code: number; stdout: string; stderr: string };
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

/** The table row for one indicator in a page's scorecard table. */
function rowOf(html: string, id: string): string {
  const start = html.indexOf(`<tr data-indicator="${id}"`);
  expect(start, `row for ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</tr>', start));
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-disclosure-'));
  await cp(path.join(root, 'data'), dataDir, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) =>
    writeFile(path.join(dataDir, file), change(await readFile(path.join(dataDir, file), 'utf8')));
  await edit('site.json', (text) => JSON.stringify({ ...JSON.parse(text), disclosure: { minimum_count: 6 } }, null, 2));
  await edit('indicators.csv', (text) => {
    const [header, ...rows] = text.trimEnd().split('\n');
    return `${[`${header},part_of`, ...rows.map((row) => `${row},`), ...INDICATORS].join('\n')}\n`;
  });
  await edit('quarters/2025-26-Q2.csv', (text) => `${text.trimEnd()}\n${Q2_ROWS.join('\n')}\n`);
  await edit('quarters/2025-26-Q3.csv', (text) => `${text.trimEnd()}\n${Q3_ROWS.join('\n')}\n`);
  outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-disclosure-out-')), 'dist');
  build = await runScript('build.ts', { DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1' });
}, 180_000);

afterAll(async () => {
  // Only the folders this test made (never '.', which path.dirname('') would give).
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  if (outDir !== '') await rm(path.dirname(outDir), { recursive: true, force: true });
});

describe('a build with disclosure control on', () => {
  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('shows c with its footnote in place of each withheld figure on the scorecard, and no rating or direction', async () => {
    const html = await read('index.html');
    for (const id of WITHHELD) {
      const row = rowOf(html, id);
      expect(row).toContain('data-symbol="c"');
      expect(row).toContain('href="#symbol-c"');
      expect(row).toContain('Not published');
      expect(row).not.toMatch(/Green|Amber|Red|Improving|Worsening|Up<|Down</);
    }
    expect(rowOf(html, 'placed-far')).not.toMatch(/>\s*3\s*</);
    expect(rowOf(html, 'leavers-eet-small')).not.toMatch(/4 of 9|44\.4/);
    expect(html).toMatch(/id="symbol-c"[^]*not published to protect the privacy of a small number of children \(fewer than 6\)/);
    // Published neighbours stay published: the total and the large part.
    expect(rowOf(html, 'placed-total')).toContain('4,525');
    expect(rowOf(html, 'placed-near')).toContain('2,939');
  });

  it('leaves the withheld figures out of every page, the API, the CSV and the indexed pages', async () => {
    const pages = (await readdir(outDir, { recursive: true })).filter((file) => /\.(html|json|csv)$/.test(file));
    const leaks: string[] = [];
    for (const page of pages) {
      const text = await read(page);
      // 1,583 and 4 of 9 (44.4%) cannot be mistaken for other figures; the commentary quotes them in words. A figure
      // is a whole number, not digits inside another (a confidence interval's 12.7964001583...).
      for (const figure of ['1,583', '1583', '44.4%', '"value": 44.4', 'Three children were placed', 'Four of the nine', '1,251', '1251', '"value": 417']) {
        if (new RegExp(`(?<![\\d.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\.?\\d)`).test(text)) leaks.push(`${page}: ${figure}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('withholds feedback counts from children and families when few agreed, were asked or did not agree', async () => {
    // The demo's 2025-26 Q3 feedback: 15 of 18 children said their social worker sees them on their own, so only 3
    // did not agree; 47 of 55 said their social worker listens to them.
    for (const page of ['quality/2025-26-Q3/index.html', 'pack/2025-26-Q3/index.html']) {
      const html = await read(page);
      const section = html.slice(html.indexOf('data-section="feedback"'));
      expect(section, page).toMatch(/My social worker sees me on my own<\/th>\s*<td[^>]*><a class="stat-symbol" href="#symbol-c" data-symbol="c">/);
      expect(section, page).toContain('47 of 55 (85%)');
      expect(section, page).toContain('fewer than 6 agreed, were asked, or did not agree');
      // The shared symbol links to the page's symbols legend, which must be there to explain it.
      expect(html, page).toContain(`id="symbol-c"`);
      expect(html, page).not.toContain('15 of 18');
    }
    const api = JSON.parse(await read('api/audits/2025-26-Q3.json')) as { feedback: { groups: { questions: Record<string, unknown>[] }[] } };
    const questions = api.feedback.groups.flatMap((g) => g.questions);
    expect(questions.find((q) => q['question'] === 'My social worker sees me on my own'))
      .toEqual({ question: 'My social worker sees me on my own', agreed: null, asked: null, percent: null, withheld: true });
    expect(questions.find((q) => q['question'] === 'My social worker listens to me')).toMatchObject({ agreed: 47, asked: 55, withheld: false });
  });

  it('gives the API rows value, numerator and denominator null with "suppressed": true', async () => {
    const api = JSON.parse(await read('api/scorecard/2025-26-Q3.json')) as { indicators: Record<string, unknown>[] };
    const byId = new Map(api.indicators.map((row) => [row['id'], row]));
    for (const id of WITHHELD) {
      expect(byId.get(id)).toMatchObject({ value: null, suppressed: true, numerator: null, denominator: null, confidence_interval: null, commentary: '' });
    }
    expect(byId.get('placed-total')).toMatchObject({ value: 4525, suppressed: false });
  });

  it('writes c in the CSV value column', async () => {
    const lines = (await read('api/scorecards.csv')).split(/\r?\n/);
    const header = lines[0]!.split(',');
    const value = header.indexOf('value');
    for (const id of WITHHELD) {
      const line = lines.find((l) => l.startsWith('2025-26-Q3,') && l.includes(`,${id},`));
      expect(line, id).toBeDefined();
      expect(line!.split(',')[value]).toBe('c');
    }
  });

  it('shows a gap and a note on the indicator page, which is the page search indexes', async () => {
    const html = await read('indicators/placed-far/index.html');
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/data-chart-suppressed[^>]*>The line has a gap where a figure is not published[^]*Q3 2025\/26/);
    expect(html).toContain('id="symbol-c"');
    // The Q3 row of the trend table: c, not the figure; Q2's published 8 is still there.
    expect(rowOf(html.replace('data-period="2025-26-Q3"', 'data-indicator="q3"'), 'q3')).toContain('data-symbol="c"');
  });

  it('marks the withheld cells c in the RAG grid and the committee pack', async () => {
    const grid = await read('rag-grid/children-in-care/index.html');
    const pack = await read('pack/2025-26-Q3/index.html');
    for (const html of [grid, pack]) {
      expect(rowOf(html, 'placed-far')).toContain('data-symbol="c"');
      expect(html).toContain('id="symbol-c"');
    }
  });

  it('lists c, and only c, in the symbols legend of each page showing it (this data has no revisions)', async () => {
    const legend = (html: string) => [...html.matchAll(/<div id="symbol-([a-z])">/g)].map((m) => m[1]);
    for (const page of ['index.html', 'quarters/2025-26-Q3/index.html', 'rag-grid/children-in-care/index.html', 'pack/2025-26-Q3/index.html', 'indicators/placed-far/index.html']) {
      expect(legend(await read(page)), page).toEqual(['c']);
    }
    // The open data page says what c means in the files; it has no table of figures, so no legend.
    const data = await read('data/index.html');
    expect(data).toContain('data-disclosure');
    expect(legend(data)).toEqual([]);
  });

  // The demo's audits are counted one and two at a time (a case file audited in Early help in November, graded
  // inadequate), as councils' are: with disclosure control on, none of those counts may be published anywhere.
  const small = (n: number) => n > 0 && n < 6;

  it('publishes no audit count from 1 to 5 in the audits JSON, and no share whose count or total is withheld', async () => {
    const files = (await readdir(path.join(outDir, 'api', 'audits'))).filter((file) => file.endsWith('.json') && !file.includes('metadata'));
    expect(files.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    let withheld = 0;
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'number' && small(value)) leaks.push(`${where} = ${value}`);
      if (value === null) withheld++;
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}/${i}`));
      else if (value !== null && typeof value === 'object') {
        const share = value as { count?: unknown; total?: unknown; percent?: unknown };
        if ('percent' in share && share.percent !== null && (share.count === null || share.total === null)) leaks.push(`${where}: a percent beside a withheld count`);
        for (const [key, item] of Object.entries(value)) if (key !== 'percent') walk(item, `${where}.${key}`);
      }
    };
    for (const file of files) {
      const json = JSON.parse(await read(`api/audits/${file}`)) as Record<string, unknown>;
      expect(json['disclosure'], file).toMatchObject({ minimum_count: 6 });
      walk(json, file);
    }
    expect(leaks).toEqual([]);
    expect(withheld).toBeGreaterThan(100);
  });

  it('writes c, never a count from 1 to 5, in the count column of every audits CSV, and in the data dictionary', async () => {
    const csvs = ['api/audits.csv', ...(await readdir(path.join(outDir, 'api', 'audits'))).filter((f) => f.endsWith('.csv')).map((f) => `api/audits/${f}`)];
    let cs = 0;
    for (const file of csvs) {
      const [header, ...lines] = (await read(file)).replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
      // The count is the last column, and no text column before it ends a quoted value with a comma and a number.
      expect(header!.split(',').at(-1)).toBe('count');
      for (const line of lines) {
        const count = line.slice(line.lastIndexOf(',') + 1);
        if (count === 'c') cs++;
        else expect(small(Number(count)), `${file}: ${line}`).toBe(false);
      }
    }
    expect(cs).toBeGreaterThan(100);
    const metadata = JSON.parse(await read('api/audits.csv-metadata.json')) as { tableSchema: { columns: { name: string; null?: string[] }[] } };
    expect(metadata.tableSchema.columns.find((c) => c.name === 'count')!.null).toEqual(['', 'c']);
  });

  it('shows c, with the legend, in place of every small audit count on the quality pages, the trends and the packs, and in the search index', async () => {
    const site = new Map<string, string>();
    for (const entry of await readdir(outDir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const bytes = await readFile(path.join(entry.parentPath, entry.name));
      const name = path.relative(outDir, path.join(entry.parentPath, entry.name));
      if (name.startsWith('pagefind') || name.endsWith('.html')) site.set(name, bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8'));
    }
    const leaks: string[] = [];
    for (const [name, text] of site) {
      // Narratives are the officers' own words (their numbers are theirs to check, as commentary's are); the
      // actions count actions, not children.
      const body = text.replace(/<section class="narrative"[^]*?<\/section>/g, '').replace(/<section aria-labelledby="actions-heading"[^]*?<\/section>/g, '');
      // "3 of 43": a share of audits or of those asked, in a sentence, a tile, a table, a chart or the index.
      // ("Too few quarters (3 of 12)" and "2 of 3 quarters close to a process limit" count quarters, not children.)
      for (const m of body.matchAll(/(?<![\d.,/:-]|quarters \()(\d[\d,]*) of (\d[\d,]*)(?![\d/]| quarters)/g)) {
        const [a, b] = [m[1]!, m[2]!].map((n) => Number(n.replace(/,/g, '')));
        if (small(a!) || small(b!)) leaks.push(`${name}: ${m[0]}`);
      }
      if (!name.endsWith('.html') || !/^(quality|pack)\//.test(name)) continue;
      // Counts on their own: the cells of the QA tables, the tiles and the figures named in the page.
      for (const m of body.matchAll(/<td class="num[^"]*"[^>]*>\s*(\d+)\s*(?:<span class="visually-hidden">[^<]*<\/span>\s*)?<\/td>|data-figure="[^"]*"[^>]*>\s*(\d+)\s*</g)) {
        const n = Number(m[1] ?? m[2]);
        if (small(n)) leaks.push(`${name}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(leaks.slice(0, 20)).toEqual([]);
    const page = site.get('quality/2025-26-Q3/index.html')!;
    expect(page).toContain('data-symbol="c"');
    expect(page).toMatch(/id="symbol-c"[^]*not published to protect the privacy of a small number of children \(fewer than 6\)/);
    // The grades chart leaves a withheld bar out and says so.
    expect(page).toMatch(/data-chart-suppressed> A bar is left out, marked c,/);
    const trends = site.get('quality/trends/index.html')!;
    expect(trends).toContain('id="symbol-c"');
  });

  it('is listed by npm run validate, with why and whether it protects another figure', async () => {
    const result = await runScript('validate.ts', { DATA_DIR: dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Disclosure control (counts from 1 to 5 not published)');
    expect(result.stdout).toContain('Q3 2025/26, Children in care placed more than 20 miles away (placed-far): primary, the count is 3, fewer than 6.');
    expect(result.stdout).toContain('Q3 2025/26, Children in care with placement distance not recorded (placed-unknown): secondary, so that "placed-far" cannot be worked out');
    expect(result.stdout).toContain('(leavers-eet-small): primary, the numerator is 4, fewer than 6.');
  }, 30_000);
});
