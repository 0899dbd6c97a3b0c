// Writes the SPC icons (src/features/spc/icons.ts) into public/icons/spc/, where the stylesheet finds them (and
// the build prefixes them with the base path). Run after changing a drawing: `node scripts/write-spc-icons.ts`;
// a unit test fails while the files and the drawings differ.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SPC_ICONS, spcIconSvg } from '../src/features/spc/icons.ts';

const folder = path.resolve(import.meta.dirname, '..', 'public', 'icons', 'spc');
await mkdir(folder, { recursive: true });
for (const icon of SPC_ICONS) await writeFile(path.join(folder, `${icon.name}.svg`), spcIconSvg(icon));
console.log(`Wrote ${SPC_ICONS.length} icons into public/icons/spc/.`);
