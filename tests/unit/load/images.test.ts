// The images narratives show are published only when each is a real image of the type its name says, inside the
// data folder and small enough for a phone; each refusal is placed where the narrative shows the image.
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, loadImages } from '../../../src/load/images.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { writeDataDir } from '../../support/load-fixtures.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const GIF = new TextEncoder().encode('GIF89a');
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');

const shown = (imagePath: string, line = 12) => ({ file: 'narrative/2024-25-Q1.md', path: imagePath, line, column: '9' });

async function load(dir: string, ...images: ReturnType<typeof shown>[]) {
  const issues: ValidationIssue[] = [];
  const media = await loadImages(dir, images, issues);
  return { media, issues };
}

describe('loadImages', () => {
  it('reads PNG, JPEG, GIF and WebP images, once each however often they are shown', async () => {
    const dir = writeDataDir({
      'narrative/images/a.png': PNG, 'narrative/images/b.jpg': JPEG, 'narrative/images/c.gif': GIF, 'narrative/images/d.webp': WEBP,
    });
    const { media, issues } = await load(dir, shown('narrative/images/a.png'), shown('narrative/images/b.jpg'), shown('narrative/images/a.png', 20),
      shown('narrative/images/c.gif'), shown('narrative/images/d.webp'));
    expect(issues).toEqual([]);
    expect(media.map((file) => file.path)).toEqual(['narrative/images/a.png', 'narrative/images/b.jpg', 'narrative/images/c.gif', 'narrative/images/d.webp']);
    expect(media[0]!.bytes).toEqual(PNG);
  });

  it('refuses a web page renamed .png, where the narrative shows it', async () => {
    const dir = writeDataDir({ 'narrative/images/a.png': '<!doctype html><script>alert(1)</script>' });
    const { media, issues } = await load(dir, shown('narrative/images/a.png'));
    expect(media).toEqual([]);
    expect(issues).toEqual([{ file: 'narrative/2024-25-Q1.md', line: 12, column: '9',
      message: 'the file narrative/images/a.png is not a PNG image, although its name says so. Open it in an image editor and save it as PNG again.' }]);
  });

  it('refuses a JPEG named .png, and a missing image or one in other capitals', async () => {
    const dir = writeDataDir({ 'narrative/images/a.png': JPEG, 'narrative/images/B.png': PNG });
    const { issues } = await load(dir, shown('narrative/images/a.png'), shown('narrative/images/b.png'));
    expect(issues.map((found) => found.message)).toEqual([
      expect.stringContaining('is not a PNG image'),
      'the image narrative/images/b.png is not in the data folder. Add the file there, or correct the path (names must match exactly, in lower and upper case).',
    ]);
  });

  it('refuses an image over 2 MB, saying how big it is', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 300 * 1024);
    big.set(PNG);
    const dir = writeDataDir({ 'narrative/images/a.png': big });
    expect((await load(dir, shown('narrative/images/a.png'))).issues[0]!.message).toBe(
      'the image narrative/images/a.png is 2.3 MB; images may be at most 2 MB so pages stay quick on a phone. Save it smaller (e.g. 1200 pixels wide).');
    const limit = new Uint8Array(MAX_IMAGE_BYTES);
    limit.set(PNG);
    expect((await load(writeDataDir({ 'narrative/images/a.png': limit }), shown('narrative/images/a.png'))).issues).toEqual([]);
  });

  it('refuses a link to an image outside the data folder without copying it', async () => {
    const elsewhere = writeDataDir({});
    const secret = path.join(elsewhere, 'secret.png');
    writeFileSync(secret, PNG);
    const dir = writeDataDir({ 'narrative/images/.keep': '' });
    symlinkSync(secret, path.join(dir, 'narrative', 'images', 'a.png'));
    const { media, issues } = await load(dir, shown('narrative/images/a.png'));
    expect(media).toEqual([]);
    expect(issues[0]!.message).toMatch(/^the image narrative\/images\/a\.png is a link to .*secret\.png, which is outside the data folder\./);
  });
});
