import { runAction } from '../../emulator/harness.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { ENV, seededEmulator, syncRun, type Emulator } from './helpers.js';

// What a user reads on the run page: the step log phase by phase, the annotations GitHub keeps,
// and a plan that could not read ESC saying so (dist/index.js through the harness, against the emulator).
let emu: Emulator;
beforeEach(async () => {
  emu = await seededEmulator();
});
afterEach(() => emu.close());

const lines = (log: string) => log.split('\n').filter(Boolean);

describe('the step log has a line for each phase', () => {
  it('a first sync: validate, read, plan, write, verify', async () => {
    const run = await syncRun(emu);
    expect(lines(run.log)).toEqual([
      'Validated: 23 of 23 checks passed; going on to ESC.',
      `Read ${ENV} (revision 2).`,
      'Planned one update: 10 to add, 0 to update, 0 unchanged, 0 to remove.',
      `Wrote ${ENV} in one update (revision 3).`,
      `Verifying: opening ${ENV} to compare every synced value.`,
      'Verified: every synced value reads back byte-equal and marked secret.',
    ]);
  });

  it('a sync with nothing to change says so', async () => {
    await syncRun(emu);
    const run = await syncRun(emu);
    expect(lines(run.log).slice(-2)).toEqual([
      'Planned: every managed path holds its value (0 to add, 0 to update, 10 unchanged, 0 to remove).',
      'Nothing to change: no write, revision 3 kept.',
    ]);
  });

  it('a plan says what a sync would do', async () => {
    const run = await syncRun(emu, { inputs: { mode: 'plan' } });
    expect(lines(run.log).at(-1)).toBe(
      'Plan only: a sync would write one update: 10 to add, 0 to update, 0 unchanged, 0 to remove.',
    );
  });

  it('each retry, with its wait', async () => {
    emu.injectFault({ route: 'decrypt', times: 2, fault: { kind: 'status', status: 503 } });
    const run = await syncRun(emu);
    expect(run.exitCode).toBe(0);
    const retries = lines(run.log).filter((l) => l.includes('trying again'));
    expect(retries).toEqual([
      expect.stringMatching(
        /^Pulumi Cloud answered 503 while reading .* trying again in \d+(\.\d)? (ms|s) \(try 2 of 5\)\.$/,
      ),
      expect.stringMatching(/trying again in \d+(\.\d)? (ms|s) \(try 3 of 5\)\.$/),
    ]);
  });

  it('validation that blocks the sync says ESC is not touched', async () => {
    const run = await syncRun(emu, { env: { LAMBDA_LABS_REGION: '' } });
    expect(lines(run.log)[0]).toBe(
      'Validated: 21 of 22 checks passed; 1 finding blocks the sync under fail-on: error, so ESC is not touched.',
    );
    expect(emu.requests).toEqual([]);
  });
});

describe('plan without a token', () => {
  it('says ESC was not read and why, never that it is in step, and leaves changed empty', async () => {
    const run = await runAction({
      inputs: { environment: ENV, mode: 'plan', 'cloud-url': emu.url },
      env: { ...H200_SECRETS },
    });
    expect(run.exitCode).toBe(0);
    expect(emu.requests).toEqual([]);
    expect(run.summary.split('\n')[0]).toBe(
      `### ⚠️ Plan of \`${ENV}\`: ESC was not read, there is no Pulumi access token and no OIDC (as on pull requests from forks and Dependabot); only the secrets were validated`,
    );
    for (const text of [run.summary, run.log, JSON.stringify(run.commands)])
      expect(text).not.toMatch(/in step|nothing would change|change nothing/i);
    expect(run.outputs).toMatchObject({
      changed: '',
      added: '',
      updated: '',
      unchanged: '',
      removed: '',
      score: '100',
    });
    expect(JSON.parse(run.reportFile!)).toMatchObject({
      changed: null,
      escNotRead: expect.stringMatching(/no Pulumi access token/),
    });
  });
});

describe('annotations GitHub shows (10 per kind and step)', () => {
  it('ten missing secrets: the reason the step failed is among the ten errors, the overflow counted in one', async () => {
    const empty = Object.fromEntries(Object.keys(H200_SECRETS).map((name) => [name, '']));
    const run = await syncRun(emu, { env: empty });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 8).every((m) => / is empty: the GitHub secret is probably not set/.test(m))).toBe(true);
    expect(errors.slice(8)).toEqual([
      '2 more errors not shown here (GitHub shows 10 per step); the job summary and the report file list them all.',
      '10 errors (fail-on: error); nothing was written to ESC.',
    ]);
    expect(JSON.parse(run.reportFile!).findings).toHaveLength(10);
  });
});
