// The search index is built from the pages marked data-pagefind-body only (indicators and QA narratives):
// Pagefind is handed those pages and never the rest of the site, whose HTML (the RAG grid, the scorecards,
// the committee packs) is most of the bytes at a county's size; and those other pages are read only as far
// as their <main> tag.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ added: [] as string[], directories: [] as string[], readFiles: [] as string[], bytesRead: new Map<string, number>() }));

vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addDirectory: async ({ path: dir }: { path: string }) => {
        calls.directories.push(dir);
        return { errors: [], page_count: 0 };
      },
      addHTMLFile: async ({ sourcePath }: { sourcePath: string }) => {
        calls.added.push(sourcePath);
        return { errors: [], file: { url: sourcePath } };
      },
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: async () => undefined,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const count = (file: unknown, bytes: number) => calls.bytesRead.set(String(file), (calls.bytesRead.get(String(file)) ?? 0) + bytes);
  const readFile = (async (file: Parameters<typeof fs.readFile>[0], options?: Parameters<typeof fs.readFile>[1]) => {
    calls.readFiles.push(String(file));
    const content = await fs.readFile(file, options ?? null);
    count(file, Buffer.byteLength(content));
    return content;
  }) as typeof fs.readFile;
  const open = (async (file: Parameters<typeof fs.open>[0], ...rest: unknown[]) => {
    const handle = await fs.open(file, ...(rest as []));
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'read') {
          return async (...args: Parameters<typeof handle.read>) => {
            const result = await target.read(...args);
            count(file, result.bytesRead);
            return result;
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }) as typeof fs.open;
  return { ...fs, default: { ...fs, readFile, open }, readFile, open };
});

const { buildSearchIndex, startSearchIndex, sourcePathOf } = await import('../../../scripts/lib/search-index.ts');
const { channel } = await import('node:diagnostics_channel');
const { PAGE_CHANNEL } = await import('../../../src/site/page-channel.ts');

const page = (main: string, body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header><nav><a href="/">Home</a></nav></header>${main}${body}</main></body></html>`;

describe('buildSearchIndex', () => {
  beforeEach(() => {
    calls.added.length = 0;
    calls.directories.length = 0;
    calls.readFiles.length = 0;
    calls.bytesRead.clear();
  });

  it('hands Pagefind only the pages marked data-pagefind-body, and reads the others only up to <main>', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'scorecard-search-'));
    const big = `<table>${'<tr><td>Green</td></tr>'.repeat(50_000)}</table>`;
    const files: Record<string, string> = {
      'index.html': page('<main id="main">', big),
      'rag-grid/index.html': page('<main id="main" class="width-container">', big),
      'indicators/contacts/index.html': page('<main id="main" data-pagefind-body>', '<h1>Contacts</h1>'),
      'indicators/cic-rate/index.html': page('<main id="main" class="width-container" tabindex="-1" data-pagefind-body="">', '<h1>Children in care</h1>'),
      'quality/2025-26-Q3/index.html': page('<main data-pagefind-body>', '<h1>QA</h1>'),
      'api/indicators.json': '{"data-pagefind-body": true}',
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), content);
    }

    await buildSearchIndex(site);

    expect(calls.directories).toEqual([]);
    expect(calls.added).toEqual(['indicators/cic-rate/index.html', 'indicators/contacts/index.html', 'quality/2025-26-Q3/index.html']);
    expect(calls.readFiles).toContain(path.join(site, 'indicators/contacts/index.html'));
    for (const file of ['index.html', 'rag-grid/index.html']) {
      const full = path.join(site, file);
      expect(calls.readFiles).not.toContain(full);
      expect(calls.bytesRead.get(full) ?? 0).toBeLessThan(64 * 1024);
      expect(Buffer.byteLength(files[file]!)).toBeGreaterThan(1024 * 1024);
    }
    await rm(site, { recursive: true, force: true });
  });
});

describe('startSearchIndex', () => {
  beforeEach(() => {
    calls.added.length = 0;
    calls.readFiles.length = 0;
    calls.bytesRead.clear();
  });

  it('indexes the marked pages Astro publishes as it renders them, and reads from disk only those it did not hear', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'scorecard-search-'));
    const files: Record<string, string> = {
      'indicators/contacts/index.html': page('<main id="main" data-pagefind-body>', '<h1>Contacts</h1>'),
      'indicators/cic-rate/index.html': page('<main data-pagefind-body>', '<h1>Children in care</h1>'),
      'rag-grid/index.html': page('<main id="main">', '<table></table>'),
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), content);
    }
    const rendered = channel(PAGE_CHANNEL);
    expect(rendered.hasSubscribers).toBe(false);
    const search = await startSearchIndex('/children/');
    // Astro's middleware publishes while the build listens.
    expect(rendered.hasSubscribers).toBe(true);
    rendered.publish({ pathname: '/children/indicators/contacts/', html: files['indicators/contacts/index.html'] });
    rendered.publish({ pathname: '/children/rag-grid/', html: files['rag-grid/index.html'] });
    expect(calls.added).toEqual(['indicators/contacts/index.html']);

    expect(await search.finish(site)).toBe(2);
    expect(rendered.hasSubscribers).toBe(false);
    expect(calls.added).toEqual(['indicators/contacts/index.html', 'indicators/cic-rate/index.html']);
    // Heard pages are not read again; the one not heard is.
    expect(calls.readFiles).not.toContain(path.join(site, 'indicators/contacts/index.html'));
    expect(calls.readFiles).toContain(path.join(site, 'indicators/cic-rate/index.html'));
    await rm(site, { recursive: true, force: true });
  });

  it('stops listening when the build is abandoned', async () => {
    const search = await startSearchIndex('/');
    await search.abandon();
    expect(channel(PAGE_CHANNEL).hasSubscribers).toBe(false);
  });
});

describe('sourcePathOf', () => {
  it('is the file a page is written to, below the base path', () => {
    expect(sourcePathOf('/indicators/contacts/', '/')).toBe('indicators/contacts/index.html');
    expect(sourcePathOf('/children/indicators/contacts/', '/children/')).toBe('indicators/contacts/index.html');
    expect(sourcePathOf('/children/', '/children/')).toBe('index.html');
    expect(sourcePathOf('/', '/')).toBe('index.html');
    expect(sourcePathOf('/children/404.html', '/children/')).toBe('404.html');
  });
});
