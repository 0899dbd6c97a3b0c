import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBasePath, stylesheetHrefs } from '../../../../scripts/lib/built-base.ts';

let site: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'built-base-'));
  await mkdir(path.join(site, '_astro'), { recursive: true });
  await mkdir(path.join(site, 'print'), { recursive: true });
  await writeFile(path.join(site, '_astro', 'Base.abc.css'), 'body{}');
  await writeFile(path.join(site, 'print', 'x.css'), '@page{}');
});
afterAll(() => rm(site, { recursive: true, force: true }));

const page = (...hrefs: string[]) => `<html><head>${hrefs.map((h, i) => `<link rel="stylesheet" href="${h}"${i === 0 ? ' media="print"' : ''}>`).join('')}</head></html>`;

describe('the base path a built site was made for', () => {
  it('is / when its pages link their stylesheets from the root', () => {
    expect(builtBasePath(site, page('/print/x.css', '/_astro/Base.abc.css'), 'pack')).toEqual({ ok: true, basePath: '/' });
  });

  it('is the folder in front of the files, as BASE_PATH=/children/ builds it', () => {
    expect(builtBasePath(site, page('/children/print/x.css', '/children/_astro/Base.abc.css'), 'pack')).toEqual({ ok: true, basePath: '/children/' });
    expect(builtBasePath(site, page('/a/b/_astro/Base.abc.css'), 'pack')).toEqual({ ok: true, basePath: '/a/b/' });
  });

  it('refuses a page whose stylesheet is not in the folder, naming it, rather than print it unstyled', () => {
    const result = builtBasePath(site, page('/children/_astro/Gone.css'), 'dist/pack/2025-26-Q3/index.html');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('/children/_astro/Gone.css');
    expect(!result.ok && result.problem).toContain('dist/pack/2025-26-Q3/index.html');
    expect(!result.ok && result.problem).toContain('npm run build');
  });

  it('refuses a page with no stylesheet, one from another origin, and stylesheets under two bases', () => {
    expect(builtBasePath(site, '<html></html>', 'p').ok).toBe(false);
    expect(builtBasePath(site, page('https://cdn.example.com/_astro/Base.abc.css'), 'p').ok).toBe(false);
    expect(builtBasePath(site, page('/x/_astro/Base.abc.css', '/y/print/x.css'), 'p').ok).toBe(false);
  });

  it('reads every stylesheet link, whatever its media', () => {
    expect(stylesheetHrefs(page('/print/x.css', '/_astro/Base.abc.css'))).toEqual(['/print/x.css', '/_astro/Base.abc.css']);
  });
});
