// The RAG grid is one page per theme under /rag-grid/: each theme's address is its own, and lies under the
// site's base path.
import { describe, expect, it } from 'vitest';
import { ragGridHref, ragGridSlugs } from '../../../../src/features/rag-grid/theme-pages.ts';

describe('ragGridSlugs', () => {
  it('gives each theme a readable part of its address', () => {
    const slugs = ragGridSlugs(['Front door', 'Children in care']);
    expect(slugs.get('Front door')).toBe('front-door');
    expect(slugs.get('Children in care')).toBe('children-in-care');
  });

  it('gives two themes that read alike two different pages, so neither overwrites the other', () => {
    const themes = ['Early help', 'Early Help', 'early-help'];
    const slugs = ragGridSlugs(themes);
    expect(slugs.size).toBe(3);
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('gives a theme with no letters or digits an address all the same', () => {
    const slugs = ragGridSlugs(['Front door', '***']);
    expect(slugs.get('***')).toMatch(/^[a-z0-9-]+$/);
    expect(slugs.get('***')).not.toBe(slugs.get('Front door'));
  });
});

describe('ragGridHref', () => {
  it('is the theme\'s page under the grid, under the site\'s base path', () => {
    expect(ragGridHref('front-door', '/')).toBe('/rag-grid/front-door/');
    expect(ragGridHref('front-door', '/children/')).toBe('/children/rag-grid/front-door/');
  });
});
