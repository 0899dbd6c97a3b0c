// The GitHub Actions workflow cannot run here, so actionlint checks it as GitHub would read it, and its shape is
// checked: pull requests run validate --strict and npm test, and one that changes the data gets validate's report
// as its job summary and a preview to download; main is built for its Pages address and deployed; each job has
// only the permissions it needs; every action is at its current major version; installs are `npm ci`; history is
// whole; the data may be in a repository of its own. The example workflow for such a data repository
// (docs/workflows/data-repository.yml) is held to the same.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintWorkflows, workflowFiles } from '../../scripts/lib/workflow-lint.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface Step { name?: string; uses?: string; run?: string; id?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { if?: string; needs?: string | string[]; 'timeout-minutes'?: number; permissions?: Record<string, string>; env?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; env?: Record<string, string>; jobs: Record<string, Job> }

const read = async (file: string) => parse(await readFile(path.join(root, file), 'utf8')) as Workflow;
const workflow = await read('.github/workflows/site.yml');
const dataRepository = await read('docs/workflows/data-repository.yml');
const scripts = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = (job: Job) => job.steps.map((step) => step.run).filter((run): run is string => run !== undefined);
const needs = (job: Job) => [job.needs ?? []].flat();
const uses = (job: Job, action: string) => job.steps.filter((step) => step.uses?.startsWith(`${action}@`));
const stepRunning = (job: Job, command: string) => job.steps.find((step) => step.run?.includes(command));

// The current major version of each official action, as their releases give it (actions/checkout v7.0.0,
// actions/setup-node v7.0.0, actions/configure-pages v6.0.0, actions/upload-pages-artifact v5.0.0,
// actions/deploy-pages v5.0.0, actions/upload-artifact v7). Raise them here and in the workflows together.
const CURRENT = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/configure-pages': 'v6',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
  'actions/upload-artifact': 'v7',
} as const;

describe('the GitHub Actions workflow', () => {
  it('runs on pull requests, on pushes to main, and when started by hand or by the data repository', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('checks the data strictly, then runs npm test, which includes the base-path and optional-files link checks, on Node 24', () => {
    const check = workflow.jobs['check']!;
    expect(check.if).toBeUndefined();
    const commands = runs(check);
    expect(commands).toContain('npm run validate -- --strict');
    expect(commands.indexOf('npm run validate -- --strict')).toBeLessThan(commands.indexOf('npm test'));
    expect(uses(check, 'actions/setup-node')[0]?.with?.['node-version']).toBe(24);
    expect(check.env?.['CHROMIUM_PATH']).toMatch(/^\/usr\/bin\//);
    expect(scripts['test']).toMatch(/npm run test:e2e && npm run test:base-path && npm run test:optional-files$/);
    expect(scripts['test:base-path']).toBe('node scripts/test-base-path.ts');
    expect(scripts['test:optional-files']).toBe('node scripts/test-optional-files.ts');
  });

  it('builds main, only after the checks pass, for the address GitHub Pages gives it, and deploys it', () => {
    const build = workflow.jobs['build']!;
    expect(build.if).toMatch(/github\.ref == 'refs\/heads\/main'/);
    expect(needs(build)).toContain('check');
    expect(uses(build, 'actions/configure-pages')[0]?.id).toBe('pages');
    const buildStep = build.steps.find((step) => step.run === 'npm run build')!;
    expect(buildStep.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(uses(build, 'actions/upload-pages-artifact')[0]?.with?.['path']).toBe(`${buildStep.env!['OUT_DIR']}/`);
    const deploy = workflow.jobs['deploy']!;
    expect(needs(deploy)).toEqual(['build']);
    expect(uses(deploy, 'actions/deploy-pages')).toHaveLength(1);
  });

  it('gives each job only the permissions it needs: configure-pages reads the Pages settings, deploy-pages writes', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs['check']!.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['preview']!.permissions).toEqual({ contents: 'read' });
    // Without pages: read, configure-pages fails in a private repository (actions/configure-pages#188).
    expect(workflow.jobs['build']!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(workflow.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(Object.keys(workflow.jobs).sort()).toEqual(['build', 'check', 'deploy', 'preview']);
  });

  it('installs exactly the locked packages, with npm ci, wherever it installs', () => {
    for (const [name, job] of Object.entries({ ...workflow.jobs, ...dataRepository.jobs })) {
      const installs = runs(job).filter((run) => /\bnpm (ci|install|i)\b/.test(run));
      for (const run of installs) expect(run, name).toBe('npm ci');
      if (uses(job, 'actions/setup-node').length > 0) expect(installs, name).toEqual(['npm ci']);
    }
  });

  it('checks out the whole history, of the code and of the data, without leaving credentials behind', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of uses(job, 'actions/checkout')) {
        expect(step.with?.['fetch-depth'], name).toBe(0);
        expect(step.with?.['persist-credentials'], name).toBe(false);
      }
    }
    for (const step of uses(dataRepository.jobs['check']!, 'actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
    expect(uses(dataRepository.jobs['check']!, 'actions/checkout').find((step) => step.with?.['path'] === 'council-data')?.with?.['fetch-depth']).toBe(0);
  });

  it('reads the data from a repository of its own when DATA_REPOSITORY is set, with a token that can read a private one', () => {
    expect(workflow.env?.['DATA_FOLDER']).toBe("${{ vars.DATA_DIR || (vars.DATA_REPOSITORY && 'council-data' || 'data') }}");
    for (const name of ['check', 'build']) {
      const job = workflow.jobs[name]!;
      const data = uses(job, 'actions/checkout').find((step) => step.with?.['repository'] !== undefined);
      expect(data?.if, name).toBe("vars.DATA_REPOSITORY != ''");
      expect(data?.with, name).toMatchObject({
        repository: '${{ vars.DATA_REPOSITORY }}',
        path: 'council-data',
        token: '${{ secrets.DATA_REPOSITORY_TOKEN || github.token }}',
      });
      const command = name === 'check' ? 'npm run validate -- --strict' : 'npm run build';
      expect(stepRunning(job, command)?.env?.['DATA_DIR'], name).toBe('${{ env.DATA_FOLDER }}');
    }
    // npm test runs on the demo data, whatever DATA_DIR the council uses.
    expect(workflow.jobs['check']!.env?.['DATA_DIR']).toBeUndefined();
    expect(stepRunning(workflow.jobs['check']!, 'npm test')?.env?.['DATA_DIR']).toBeUndefined();
  });

  it('gives a pull request that changes the data validate\'s report as its job summary, and the draft preview to download', () => {
    for (const [job, when] of [[workflow.jobs['preview']!, /github\.event_name == 'pull_request'/], [dataRepository.jobs['check']!, /^$/]] as const) {
      if (job === workflow.jobs['preview']) expect(job.if).toMatch(when);
      const report = stepRunning(job, '--summary')!;
      expect(report.run).toContain('npm run validate -- --summary "$GITHUB_STEP_SUMMARY"');
      // Compared with main: the branch is moved back to main (the merge's first parent) for the report, then restored.
      expect(report.run).toMatch(/reset --quiet HEAD\^1[\s\S]*validate[\s\S]*reset --quiet "\$merged"/);
      const preview = stepRunning(job, 'npm run build -- --drafts')!;
      expect(preview.id).toBe('preview');
      const upload = uses(job, 'actions/upload-artifact')[0]!;
      expect(upload.with?.['path']).toBe('${{ steps.preview.outputs.folder }}');
      expect(upload.with?.['if-no-files-found']).toBe('error');
    }
    expect(workflow.jobs['preview']!.if).toContain("vars.DATA_REPOSITORY == ''");
  });

  it('uses every official action at its current major version, and keeps each job under 20 minutes', () => {
    for (const [name, job] of Object.entries({ ...workflow.jobs, ...dataRepository.jobs })) {
      for (const step of job.steps) {
        if (!step.uses) continue;
        const [action, version] = step.uses.split('@') as [keyof typeof CURRENT, string];
        expect(CURRENT[action], `${name}: ${step.uses}`).toBeDefined();
        expect(version, `${name}: ${step.uses}`).toBe(CURRENT[action]);
      }
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(20);
    }
  });
});

describe('actionlint', () => {
  const lintTarget = async () => [
    ...await workflowFiles(path.join(root, '.github', 'workflows')),
    ...await workflowFiles(path.join(root, 'docs', 'workflows')),
  ];

  it('finds nothing wrong with the workflows', async () => {
    const files = await lintTarget();
    expect(files.map((file) => path.relative(root, file))).toEqual(['.github/workflows/site.yml', 'docs/workflows/data-repository.yml']);
    expect(await lintWorkflows(files, root)).toEqual([]);
    expect(scripts['lint:workflows']).toBe('node scripts/lint-workflows.ts');
  });

  it('would catch a misspelt key, an unknown context and a step output that does not exist', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-actionlint-'));
    try {
      const source = (await readFile(path.join(root, '.github/workflows/site.yml'), 'utf8'))
        .replace('timeout-minutes: 10', 'timeout-minute: 10')
        .replace('vars.DATA_REPOSITORY != \'\'', 'var.DATA_REPOSITORY != \'\'')
        .replace('steps.pages.outputs.origin', 'steps.page.outputs.origin');
      const file = path.join(folder, 'site.yml');
      await writeFile(file, source);
      const messages = (await lintWorkflows([file], folder)).join('\n');
      expect(messages).toMatch(/^site\.yml:\d+:\d+: .*"timeout-minute"/m);
      expect(messages).toMatch(/undefined variable "var"/);
      expect(messages).toMatch(/property "page" is not defined/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
