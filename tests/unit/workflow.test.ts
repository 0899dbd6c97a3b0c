// The GitHub Actions workflow cannot run here, so its shape is checked: pull requests run validate --strict and
// npm test; main is built for its Pages address and deployed; every action is pinned to a major version.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

interface Step { uses?: string; run?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { if?: string; needs?: string | string[]; 'timeout-minutes'?: number; permissions?: Record<string, string>; env?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, Job> }

const workflow = parse(await readFile(path.join(root, '.github/workflows/site.yml'), 'utf8')) as Workflow;
const scripts = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = (job: Job) => job.steps.map((step) => step.run).filter((run): run is string => run !== undefined);
const needs = (job: Job) => [job.needs ?? []].flat();

describe('the GitHub Actions workflow', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
  });

  it('checks the data strictly, then runs npm test, which includes the base-path and optional-files link checks, on Node 24', () => {
    const check = workflow.jobs['check']!;
    expect(check.if).toBeUndefined();
    const commands = runs(check);
    expect(commands).toContain('npm run validate -- --strict');
    expect(commands.indexOf('npm run validate -- --strict')).toBeLessThan(commands.indexOf('npm test'));
    expect(check.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(check.env?.['CHROMIUM_PATH']).toMatch(/^\/usr\/bin\//);
    expect(scripts['test']).toMatch(/npm run test:e2e && npm run test:base-path && npm run test:optional-files$/);
    expect(scripts['test:base-path']).toBe('node scripts/test-base-path.ts');
    expect(scripts['test:optional-files']).toBe('node scripts/test-optional-files.ts');
  });

  it('builds main, only after the checks pass, for the address GitHub Pages gives it, and deploys it', () => {
    const build = workflow.jobs['build']!;
    expect(build.if).toMatch(/github\.ref == 'refs\/heads\/main'/);
    expect(needs(build)).toContain('check');
    const pages = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const buildStep = build.steps.find((step) => step.run === 'npm run build')!;
    expect(buildStep.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
    // The published site's revisions and data version come from the whole history, not a shallow clone.
    expect(build.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const upload = build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe(`${buildStep.env!['OUT_DIR']}/`);
    const deploy = workflow.jobs['deploy']!;
    expect(needs(deploy)).toEqual(['build']);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('pins every action to a major version, and keeps each job under 15 minutes', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps) if (step.uses) expect(step.uses, `${name}: ${step.uses}`).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(15);
    }
  });
});
