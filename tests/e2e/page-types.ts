// One page of every type the built site has, for the specs that check every type (accessibility, reading,
// security). Read from the built folder itself when a spec file loads, so each page can be a test of its own
// (with its own time limit on a busy machine) and a site without an optional part (quality assurance, actions,
// glossary) simply has no page of that type. Paths are root-relative, without any base path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');

interface IndicatorsJson {
  periods: string[];
  indicators: { id: string }[];
}

function has(page: string): boolean {
  return existsSync(path.join(site, page, 'index.html'));
}

function firstFolder(under: string): string | null {
  const folder = path.join(site, under);
  if (!existsSync(folder)) return null;
  const names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(folder, e.name, 'index.html'))).map((e) => e.name).sort();
  return names[0] ?? null;
}

/** The first indicator whose page compares it with every council (issue 18), or null when none does. */
function benchmarkedIndicator(ids: readonly string[]): string | null {
  return ids.find((id) => has(`indicators/${id}`) && readFileSync(path.join(site, 'indicators', id, 'index.html'), 'utf8').includes('data-benchmark=')) ?? null;
}

/** Every type of page, e.g. '/', '/quarters/2022-23-Q3/', '/pack/2025-26-Q3/', '/about/spc/'. */
export function pageTypes(): string[] {
  const meta = JSON.parse(readFileSync(path.join(site, 'api', 'indicators.json'), 'utf8')) as IndicatorsJson;
  const oldest = meta.periods[0]!;
  const latest = meta.periods[meta.periods.length - 1]!;
  const theme = firstFolder('rag-grid');
  const about = existsSync(path.join(site, 'about'))
    ? readdirSync(path.join(site, 'about')).filter((name) => has(`about/${name}`)).sort().map((name) => `/about/${name}/`)
    : [];
  const candidates = [
    '/',
    `/quarters/${oldest}/`,
    '/quarters/',
    '/indicators/',
    `/indicators/${meta.indicators[0]!.id}/`,
    // An indicator page with "How we compare with every council", when the site has benchmarks.
    ...[benchmarkedIndicator(meta.indicators.map((i) => i.id))].flatMap((id) => (id ? [`/indicators/${id}/`] : [])),
    '/rag-grid/',
    ...(theme ? [`/rag-grid/${theme}/`] : []),
    `/pack/${latest}/`,
    '/data/',
    '/data/dictionary/',
    '/quality/',
    `/quality/${oldest}/`,
    '/quality/trends/',
    '/quality/schedule/',
    '/actions/',
    '/glossary/',
    ...about,
    '/accessibility/',
    '/changes/',
    '/search/',
  ];
  return [...new Set(candidates)].filter((page) => has(page.slice(1)));
}
