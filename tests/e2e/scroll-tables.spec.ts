// Every table scrolls sideways in a box of its own rather than widening the page on a phone
// (src/components/ScrollTable.astro). The box is a region named by its table's caption or the heading above it,
// so a screen reader says which table it is in, and it takes keyboard focus, so it can be scrolled without a mouse
// (WCAG 1.4.10 reflow, 2.1.1 keyboard). Checked on every type of page, whatever tables the data gives it.
import { expect, test } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

for (const path of pageTypes()) {
  test(`every table on ${path} scrolls in a region named by its caption or heading, which takes keyboard focus`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    // A table folded into a <details> (every council's figures) is read once it is opened, as a reader opens it.
    for (const summary of await page.locator('main details:not([open]) > summary').all()) await summary.click();
    const tables = await page.locator('main table').evaluateAll((all) => (all as HTMLTableElement[]).map((table) => {
      const box = table.parentElement!;
      const inRegion = box.getAttribute('role') === 'region';
      const ids = (box.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const names = ids.map((id) => document.getElementById(id));
      return {
        table: table.getAttribute('data-table') || table.className || `"${table.caption?.textContent?.trim() ?? ''}"`,
        inRegion,
        tabindex: box.getAttribute('tabindex'),
        scrolls: getComputedStyle(box).overflowX,
        // The region's name comes from elements on the page: this table's own caption, or a heading.
        namedBy: names.map((el) => (el === null ? 'nothing' : el === table.caption ? 'caption' : /^H[1-6]$/.test(el.tagName) ? 'heading' : el.tagName)),
      };
    }));
    const where = (t: { table: string }) => `${path}: table ${t.table}`;
    for (const t of tables) {
      expect(t.inRegion, `${where(t)} is inside a scrolling region`).toBe(true);
      expect(t.tabindex, `${where(t)}: its region takes keyboard focus in reading order`).toBe('0');
      expect(t.scrolls, `${where(t)}: its region scrolls sideways`).toBe('auto');
      expect(t.namedBy, `${where(t)}: its region is named by its caption or a heading`).toHaveLength(1);
      expect(['caption', 'heading'], `${where(t)}: its region is named by its caption or a heading, not ${t.namedBy[0]}`).toContain(t.namedBy[0]);
    }
    // The browser's own accessible name and focus, region by region.
    const regions = page.locator('main [role="region"]:has(> table)');
    await expect(regions).toHaveCount(tables.length);
    for (let i = 0; i < tables.length; i++) {
      const region = regions.nth(i);
      await expect(region, `${where(tables[i]!)}: its region has a name`).toHaveAccessibleName(/\S/);
      await region.focus();
      await expect(region, `${where(tables[i]!)}: its region can be focused`).toBeFocused();
    }
  });
}
