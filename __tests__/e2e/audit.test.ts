import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../emulator/harness.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const validateSarif = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(
  require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
);

const SYNC_WORKFLOW = `on: { push: { branches: [main] } }
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: lynn-sophia/lambda-h200-sync@v1
        with:
          environment: lynn-sophia/lambda/h200
        env:
          LAMBDA_LABS_API_KEY: \${{ secrets.LAMBDA_API_KEY }}
      - name: Deploy
        run: |
          uv add pulumi-lambda
          pulumi up --yes
`;
const CLEAN_WORKFLOW = `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
`;

/** A whole workflow (GitHub refuses parts of one: see workflow-schema) with the given top-level env lines. */
const withEnv = (env: string) =>
  `on: push\nenv:\n${env}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`;

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'audit-ws-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const audit = (files: Record<string, string>, inputs: Record<string, string> = {}) =>
  runAction({ inputs: { mode: 'audit', ...inputs }, files, workspace, eventName: 'pull_request' });

describe('mode audit, end to end (no secrets, no token, no network)', () => {
  it('annotates each finding at its file, line and column, writes valid SARIF, and fails on errors', async () => {
    const run = await audit(
      { '.github/workflows/sync.yml': SYNC_WORKFLOW, '.github/workflows/test.yaml': CLEAN_WORKFLOW },
      { 'sarif-file': 'results/audit.sarif' },
    );
    expect(run.exitCode).toBe(1);
    const annotations = run.commands.filter((c) => ['error', 'warning'].includes(c.command) && c.properties.file);
    expect(
      annotations.map((a) => [
        a.command,
        a.properties.file,
        a.properties.line,
        a.properties.col,
        a.properties.endColumn,
        a.properties.title,
      ]),
    ).toEqual([
      ['error', '.github/workflows/sync.yml', '6', '15', '46', 'lambda-h200-sync: sync-wiring'],
      ['error', '.github/workflows/sync.yml', '10', '36', '58', 'lambda-h200-sync: legacy-secret (LAMBDA_API_KEY)'],
      ['warning', '.github/workflows/sync.yml', '13', '11', '31', 'lambda-h200-sync: ci-mutating-install'],
    ]);
    expect(run.commands.at(-1)).toMatchObject({
      command: 'error',
      message: '2 errors in workflow files (fail-on: error).',
    });

    const sarif = JSON.parse(readFileSync(join(workspace, 'results/audit.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'sync-wiring',
      'legacy-secret',
      'ci-mutating-install',
    ]);

    expect(run.summary).toContain('| ❌ error | legacy-secret | 1 |');
    expect(run.summary).toContain('### `.github/workflows/sync.yml`');
    expect(run.summary).toMatch(/\| ⚠️ warning \| 13 \| 11 \| ci-mutating-install \| uv add changes/);
    expect(run.outputs).toMatchObject({ legacy: 'LAMBDA_API_KEY', changed: 'false' });
  });

  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0],
  ])('only a warning, under fail-on %s: exit %i', async (failOn, exitCode) => {
    const run = await audit(
      {
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: yarn add left-pad\n',
      },
      { 'fail-on': failOn },
    );
    expect(run.exitCode).toBe(exitCode);
  });

  it('a clean repository passes with score 100', async () => {
    const run = await audit({ '.github/workflows/test.yaml': CLEAN_WORKFLOW });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.score).toBe('100');
    expect(run.summary).toContain('✅ Audited 1 workflow file');
  });

  it('shows at most 10 errors on the run page, the reason the step failed among them, and counts the rest in one', async () => {
    const refs = Array.from({ length: 13 }, (_, i) => `  V${i}: \${{ secrets.LAMBDA_API_KEY }}`).join('\n');
    const run = await audit({ '.github/workflows/many.yml': withEnv(refs) });
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toHaveLength(10);
    expect(errors.slice(8)).toEqual([
      '5 more errors not shown here (GitHub shows 10 per step); the job summary and the report file list them all.',
      '13 errors in workflow files (fail-on: error).',
    ]);
    expect(JSON.parse(run.reportFile!).findings).toHaveLength(13);
  });

  it('a file that does not parse is an error at the parser position; the others are still audited', async () => {
    const run = await audit({
      '.github/workflows/a.yml': 'jobs:\n  t: [\n',
      '.github/workflows/b.yml': withEnv('  K: ${{ secrets.LAMBDA_IP_ADDRESS }}'),
    });
    const errors = run.commands
      .filter((c) => c.command === 'error' && c.properties.file)
      .map((c) => `${c.properties.file}:${c.properties.line}:${c.properties.col}`);
    expect(errors).toEqual(['.github/workflows/a.yml:3:1', '.github/workflows/b.yml:3:10']);
  });

  it('a workflow GitHub refuses is an error at its line, and an unknown alias one at the alias', async () => {
    const run = await audit({
      '.github/workflows/if.yml':
        "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - if: secrets.KEY != ''\n        run: make\n",
      '.github/workflows/alias.yml': 'on: push\njobs:\n  t:\n    runs-on: *os\n    steps:\n      - run: make\n',
    });
    expect(run.exitCode).toBe(1);
    expect(
      run.commands
        .filter((c) => c.command === 'error' && c.properties.file)
        .map((c) => `${c.properties.file}:${c.properties.line}:${c.properties.col} ${c.properties.title}`),
    ).toEqual([
      '.github/workflows/alias.yml:4:14 lambda-h200-sync: workflow-parse',
      '.github/workflows/if.yml:6:13 lambda-h200-sync: workflow-schema',
    ]);
  });

  it('counts custom legacy names from the config file and reads the globs it is given', async () => {
    const run = await audit(
      {
        'ci/deploy.yml': withEnv('  K: ${{ secrets.OLD_DD_KEY }}'),
        '.github/lambda-h200-sync.yml': 'legacy:\n  OLD_DD_KEY: DATADOG_API_KEY\n',
      },
      { workflows: 'ci/*.yml' },
    );
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error' && c.properties.file)?.message).toMatch(
      /secrets.OLD_DD_KEY is a legacy secret, replaced by DATADOG_API_KEY/,
    );
  });
});

it("this repository's own workflows pass the audit", async () => {
  const files = Object.fromEntries(
    ['ci.yml', 'check-dist.yml', 'workflow-audit.yml'].map((f) => [
      `.github/workflows/${f}`,
      readFileSync(`.github/workflows/${f}`, 'utf8'),
    ]),
  );
  const run = await runAction({
    inputs: { mode: 'audit' },
    files: { ...files, 'action.yml': readFileSync('action.yml', 'utf8') },
  });
  expect(run.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
  expect(run.exitCode).toBe(0);

  // The same files with one secret unwired: `uses: ./` is recognised as this action.
  const unwired = files['.github/workflows/ci.yml'].replace(/\n\s+LAMBDA_LABS_REGION: .*/, '');
  const broken = await runAction({
    inputs: { mode: 'audit' },
    files: { ...files, '.github/workflows/ci.yml': unwired, 'action.yml': readFileSync('action.yml', 'utf8') },
  });
  expect(broken.exitCode).toBe(1);
  expect(broken.commands.find((c) => c.command === 'error')?.message).toMatch(
    /does not hand it LAMBDA_LABS_REGION: add it/,
  );
});

describe('hundreds of files, across worker threads', () => {
  // 400 files: a legacy reference, a step GitHub refuses (`secrets` in its `if:`), a file that is not YAML, and clean ones.
  const files = Object.fromEntries(
    Array.from({ length: 400 }, (_, i) => [
      `.github/workflows/w${String(i).padStart(3, '0')}.yml`,
      [
        withEnv('  K: ${{ secrets.LAMBDA_API_KEY }}'),
        `${CLEAN_WORKFLOW}        if: \${{ secrets.TOKEN != '' }}\n`,
        'on: [push\n',
        CLEAN_WORKFLOW,
      ][i % 4],
    ]),
  );
  const expected = Object.keys(files).flatMap(
    (file, i) =>
      [[`${file}:3:10 legacy-secret`], [`${file}:7:13 workflow-schema`], [`${file}:2:1 workflow-parse`], []][i % 4],
  );

  it.each([
    [1, 'this thread alone', 0],
    [2, 'this thread for the rules, a worker for the schema', 1],
    [3, 'two threads for the rules, one for the schema', 2],
    [4, 'two threads for the rules, two for the schema', 3],
  ])('with %i cores (%s): the same findings, in file order', async (cores, _plan, workers) => {
    const run = await runAction({
      inputs: { mode: 'audit', 'fail-on': 'never' },
      files,
      workspace,
      env: { FAKE_CORES: String(cores) },
      node: ['--import', fileURLToPath(new URL('threads.mjs', import.meta.url))],
    });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(`workers started: ${workers}\n`);
    const findings = JSON.parse(run.reportFile!).findings as {
      file: string;
      line: number;
      column: number;
      check: string;
    }[];
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.check}`)).toEqual(expected);
  });
});
