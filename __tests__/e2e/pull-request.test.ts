import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github-server.js';
import { send } from '../../emulator/http-reply.js';
import { HARNESS_PULL_REQUEST, HARNESS_REPOSITORY, HARNESS_RUN_ID, runAction } from '../../emulator/harness.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { ENV, seededEmulator, syncRun, type Emulator } from './helpers.js';
import { findLeaks } from './sweep.js';

const PLAN_MARKER = `<!-- lambda-h200-sync:plan:${ENV} -->`;
const AUDIT_MARKER = '<!-- lambda-h200-sync:audit -->';
/** A legacy secret reference: an error in mode audit. */
const LEGACY_WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          KEY: \${{ secrets.LAMBDA_API_KEY }}
`;
const DEPLOY = '.github/workflows/deploy.yml';
const NIGHTLY = '.github/workflows/nightly.yml';
const TWO_BROKEN = { [DEPLOY]: LEGACY_WORKFLOW, [NIGHTLY]: LEGACY_WORKFLOW };

let gh: GitHubEmulator;
let esc: Emulator | undefined;
let workspace: string;
beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.addPullRequest(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, { files: [DEPLOY] });
  workspace = mkdtempSync(join(tmpdir(), 'pr-ws-'));
});
afterEach(async () => {
  await gh.close();
  await esc?.close();
  esc = undefined;
  rmSync(workspace, { recursive: true, force: true });
});

const onPullRequest = (token = gh.writeToken) => ({
  eventName: 'pull_request',
  githubApiUrl: gh.url,
  githubServerUrl: gh.serverUrl,
  githubToken: token,
});

async function plan(options: { inputs?: Record<string, string>; token?: string; eventName?: string } = {}) {
  esc ??= await seededEmulator();
  return syncRun(esc, {
    ...onPullRequest(options.token),
    ...(options.eventName ? { eventName: options.eventName } : {}),
    inputs: { mode: 'plan', ...options.inputs },
  });
}

const audit = (files: Record<string, string>, inputs: Record<string, string> = {}, eventName = 'pull_request') =>
  runAction({ ...onPullRequest(), eventName, workspace, files, inputs: { mode: 'audit', ...inputs } });

const ours = (marker: string) =>
  gh.comments(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST).filter((c) => c.body.startsWith(marker));
const annotatedFiles = (run: Awaited<ReturnType<typeof audit>>) => [
  ...new Set(run.commands.filter((c) => c.command === 'error' && c.properties.file).map((c) => c.properties.file)),
];
const notices = (run: Awaited<ReturnType<typeof audit>>) =>
  run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
const gitHubRoutes = () => gh.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`);

describe('the pull-request comment, end to end', () => {
  it('is created by the first run, updated in place by the rerun, and given as comment-url', async () => {
    const first = await plan();
    expect(first.exitCode).toBe(0);
    const [created] = ours(PLAN_MARKER);
    expect(created.body).toContain('a sync would write one update');
    expect(created.body).toContain(`/actions/runs/${HARNESS_RUN_ID}`);
    expect(first.outputs['comment-url']).toBe(
      `${gh.serverUrl}/${HARNESS_REPOSITORY}/pull/${HARNESS_PULL_REQUEST}#issuecomment-${created.id}`,
    );

    gh.addComments(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, ['a reviewer says hi']);
    gh.clearRequests();
    const rerun = await plan({ inputs: { 'fail-on': 'never' } });
    expect(rerun.exitCode).toBe(0);
    expect(ours(PLAN_MARKER)).toEqual([expect.objectContaining({ id: created.id })]);
    expect(gitHubRoutes()).toEqual([
      `GET /repos/${HARNESS_REPOSITORY}/issues/${HARNESS_PULL_REQUEST}/comments`,
      `PATCH /repos/${HARNESS_REPOSITORY}/issues/comments/${created.id}`,
    ]);
    expect(rerun.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(findLeaks(rerun, esc!, Object.values(H200_SECRETS), gh)).toEqual([]);
  });

  it('finds its comment on page 3 of 250 others and does not add a second one', async () => {
    const others = Array.from({ length: 250 }, (_, i) => `review comment ${i}`);
    gh.addComments(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, [
      ...others.slice(0, 230),
      { body: `${PLAN_MARKER}\nan old plan`, login: 'github-actions[bot]' },
      ...others.slice(230),
    ]);
    const run = await plan();
    expect(run.exitCode).toBe(0);
    expect(ours(PLAN_MARKER)).toHaveLength(1);
    expect(ours(PLAN_MARKER)[0].body).not.toContain('an old plan');
    expect(gh.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'PATCH']);
  });

  it('keeps plan and audit comments apart', async () => {
    await plan();
    await audit({ [DEPLOY]: LEGACY_WORKFLOW });
    await plan();
    await audit({ [DEPLOY]: LEGACY_WORKFLOW });
    expect([ours(PLAN_MARKER).length, ours(AUDIT_MARKER).length]).toEqual([1, 1]);
    expect(ours(AUDIT_MARKER)[0].body).toMatch(/legacy-secret/);
  });

  it('with a read-only token: a notice saying which permission to add, and the step result unchanged', async () => {
    const run = await plan({ token: gh.readToken });
    expect(run.exitCode).toBe(0);
    expect(notices(run)).toEqual(
      expect.arrayContaining([expect.stringMatching(/may not write.*Add `pull-requests: write`/)]),
    );
    expect(gh.comments(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST)).toEqual([]);
    expect(run.outputs['comment-url']).toBe('');
  });

  it('when GitHub fails: a warning, and the step result unchanged', async () => {
    gh.injectFault({ route: 'create-comment', fault: { kind: 'status', status: 503 } });
    const run = await plan();
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^The pull-request comment was not written: could not write the pull-request comment: GitHub answered 503/,
      ),
    ]);
  });

  it('never lets GitHub’s error text become a workflow command', async () => {
    gh.intercept((_req, ctx) => {
      send(ctx.res, {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'nope\n::error::injected by the server\n::set-output name=changed::x' }),
      });
      return true;
    });
    const run = await plan();
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'error' || c.command === 'set-output')).toEqual([]);
    expect(run.commands.find((c) => c.command === 'warning')?.message).toMatch(/GitHub answered 422 \(nope/);
  });

  it('refuses a github-token with a line break before any request, masking each line', async () => {
    const run = await plan({ token: 'ghs_first\nghs_second' });
    expect(run.exitCode).toBe(0);
    expect(gh.requests).toEqual([]);
    expect(run.masks).toEqual(expect.arrayContaining(['ghs_first', 'ghs_second']));
    expect(run.commands.find((c) => c.command === 'warning')?.message).toMatch(/github-token input holds a line break/);
  });

  it.each([
    ['a push event', { eventName: 'push' }],
    ['pr-comment: false', { inputs: { 'pr-comment': 'false' } }],
    ['mode sync', { inputs: { mode: 'sync' } }],
  ])('sends GitHub nothing on %s', async (_, options) => {
    const run = await plan(options);
    expect(run.exitCode).toBe(0);
    expect(gh.requests).toEqual([]);
  });

  it('sends GitHub nothing from mode audit on a push', async () => {
    const run = await audit(TWO_BROKEN, {}, 'push');
    expect(annotatedFiles(run)).toEqual([DEPLOY, NIGHTLY]);
    expect(gh.requests).toEqual([]);
  });
});

describe('audit-scope, end to end', () => {
  it('auto on a pull request: only the changed file is annotated, commented on and fails the step; SARIF has both', async () => {
    const run = await audit(TWO_BROKEN, { 'sarif-file': 'audit.sarif' });
    expect(run.exitCode).toBe(1);
    expect(annotatedFiles(run)).toEqual([DEPLOY]);
    expect(ours(AUDIT_MARKER)[0].body).toContain(DEPLOY);
    expect(ours(AUDIT_MARKER)[0].body).not.toContain(NIGHTLY);
    const sarif = JSON.parse(readFileSync(join(workspace, 'audit.sarif'), 'utf8'));
    const files = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(new Set(files)).toEqual(new Set([DEPLOY, NIGHTLY]));
  });

  it('auto: a pull request that changes only an untouched-file problem passes', async () => {
    gh.addPullRequest(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, { files: ['README.md'] });
    const run = await audit(TWO_BROKEN);
    expect(run.exitCode).toBe(0);
    expect(annotatedFiles(run)).toEqual([]);
    expect(run.summary).toMatch(/This pull request changes none of the 2 workflow files .*nothing was audited/);
    expect(run.summary).not.toMatch(/✅/);
  });

  it('a changed config file puts every workflow file in scope', async () => {
    gh.addPullRequest(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, { files: ['.github/lambda-h200-sync.yml'] });
    const run = await audit({ ...TWO_BROKEN, '.github/lambda-h200-sync.yml': 'legacy: {}\n' });
    expect(annotatedFiles(run)).toEqual([DEPLOY, NIGHTLY]);
  });

  it('when the file list cannot be read every file counts, and a notice says why', async () => {
    gh.injectFault({ route: 'list-files', times: Infinity, fault: { kind: 'status', status: 502 } });
    const run = await audit(TWO_BROKEN);
    expect(run.exitCode).toBe(1);
    expect(annotatedFiles(run)).toEqual([DEPLOY, NIGHTLY]);
    expect(notices(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/list of changed files could not be read .*502.*every workflow file counts/),
      ]),
    );
  });

  it('all: every file counts, and the file list is never asked for', async () => {
    const run = await audit(TWO_BROKEN, { 'audit-scope': 'all' });
    expect(annotatedFiles(run)).toEqual([DEPLOY, NIGHTLY]);
    expect(gh.requests.some((r) => r.path.includes('/files'))).toBe(false);
  });

  it('reads every page of a long file list', async () => {
    gh.addPullRequest(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST, {
      files: [...Array.from({ length: 250 }, (_, i) => `src/f${i}.ts`), NIGHTLY],
    });
    const run = await audit(TWO_BROKEN);
    expect(annotatedFiles(run)).toEqual([NIGHTLY]);
    expect(gh.requests.filter((r) => r.path.includes('/files'))).toHaveLength(3);
  });
});
