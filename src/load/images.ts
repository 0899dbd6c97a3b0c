// The image files narratives show: each must exist in the data folder (really: not a link to a file elsewhere),
// be a real image of the type its name says (so a web page renamed .png is never published as one) and be
// small enough for a phone.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MediaFile } from '../domain/quality/types.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { IMAGE_TYPES, type NarrativeImage } from './narrative-links.ts';
import { outsideDataFolder, outsideMessage } from './text.ts';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The first bytes of each accepted image type. */
function looksLike(type: string, bytes: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (type === 'PNG') return bytes[0] === 0x89 && ascii(1, 4) === 'PNG';
  if (type === 'JPEG') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (type === 'GIF') return ascii(0, 4) === 'GIF8';
  if (type === 'WebP') return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
  return false;
}

export async function loadImages(dataDir: string, images: readonly NarrativeImage[], issues: ValidationIssue[]): Promise<MediaFile[]> {
  const media = new Map<string, MediaFile>();
  for (const image of images) {
    if (media.has(image.path)) continue;
    const fail = (message: string) => issues.push(issue(image.file, image.line, image.column, message));
    const file = path.join(dataDir, ...image.path.split('/'));
    const outside = await outsideDataFolder(dataDir, file);
    if (outside !== null) {
      fail(outsideMessage(`the image ${image.path}`, outside));
      continue;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      fail(`the image ${image.path} is not in the data folder. Add the file there, or correct the path (names must match exactly, in lower and upper case).`);
      continue;
    }
    if (info.size > MAX_IMAGE_BYTES) {
      fail(`the image ${image.path} is ${(info.size / 1024 / 1024).toFixed(1)} MB; images may be at most 2 MB so pages stay quick on a phone. Save it smaller (e.g. 1200 pixels wide).`);
      continue;
    }
    const bytes = new Uint8Array(await readFile(file));
    const type = IMAGE_TYPES[path.posix.extname(image.path).toLowerCase()]!;
    if (!looksLike(type, bytes)) {
      fail(`the file ${image.path} is not a ${type} image, although its name says so. Open it in an image editor and save it as ${type} again.`);
      continue;
    }
    media.set(image.path, { path: image.path, bytes });
  }
  return [...media.values()];
}
