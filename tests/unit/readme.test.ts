// The README serves its readers in order: what the site is, in a few words with two pictures; the two set-up
// commands; where a council's own figures go and the steps of a quarter; then the rest. .ci/run runs the same
// commands, so the README's are the ones that are tested.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = await readFile(path.join(root, 'README.md'), 'utf8');
const sections = readme.split(/^(?=## )/m);
const heading = (section: string) => /^## (.*)$/m.exec(section)?.[1] ?? '';
const words = (text: string) => text.replace(/<[^>]*>/g, ' ').replace(/```[\s\S]*?```/g, ' ').split(/\s+/).filter((word) => /\w/.test(word)).length;

describe('the README', () => {
  it('says what the site is first, briefly, with a picture of the home page on a phone and one of an indicator page', async () => {
    const intro = sections[0]!;
    expect(intro).toMatch(/^# /);
    expect(words(intro)).toBeLessThanOrEqual(150);
    const images = [...intro.matchAll(/<img\s[^>]*src="([^"]+)"[^>]*>/g)];
    expect(images.map((image) => image[1])).toEqual(['docs/images/home-phone.png', 'docs/images/indicator-desktop.png']);
    for (const [tag, src] of images) {
      expect(tag, src).toMatch(/\salt="[^"]{20,}"/);
      const file = path.join(root, src!);
      expect(existsSync(file), `${src} is committed`).toBe(true);
      expect((await readFile(file)).subarray(1, 4).toString(), src).toBe('PNG');
      expect((await stat(file)).size, src).toBeLessThan(300 * 1024);
    }
  });

  it('then gives the two set-up commands, which .ci/run runs as they are', async () => {
    expect(heading(sections[1]!)).toBe('Set up');
    const block = /```sh\n([\s\S]*?)```/.exec(sections[1]!)![1]!;
    const commands = block.split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
    const ci = (await readFile(path.join(root, '.ci', 'run'), 'utf8')).split('\n').map((line) => line.trim());
    const at = (command: string) => ci.findIndex((line) => line === command || line.startsWith(`${command} `));
    const order = commands.flatMap((line) => line.split('&&').map((command) => command.trim())).map(at);
    expect(order.every((index) => index >= 0), '.ci/run runs each README command').toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('then says, in a few lines, where a council\'s own figures go and the steps of a quarter', () => {
    const publishing = sections[2]!;
    expect(heading(publishing)).toBe("Publishing your council's figures");
    expect(words(publishing)).toBeLessThanOrEqual(180);
    for (const term of ['DATA_DIR', 'DATA_REPOSITORY']) expect(publishing).toContain(`\`${term}\``);
    const list = publishing.slice(publishing.search(/^1\. /m));
    const steps = ['npm run new-quarter', 'Fill in', 'npm run validate', 'pull request'].map((step) => list.indexOf(step));
    expect(steps.every((index) => index >= 0)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)|src="([^"]+)"/g)].map((match) => match[1] ?? match[2]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(existsSync(path.join(root, href)), href).toBe(true);
  });
});
