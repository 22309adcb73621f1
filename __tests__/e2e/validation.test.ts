import { parseDocument } from 'yaml';
import { runAction } from '../../emulator/harness.js';
import { CONFIG_PATH, EXAMPLE_CONFIG } from '../fixtures/example-config.js';
import { EXISTING_ENVIRONMENT, H200_SECRETS } from '../fixtures/h200.js';
import {
  EXPECTED_CHANGED,
  exitCodeOf,
  LEGACY,
  MISSING,
  OUTPUT_OF_CHECK,
  RULE_BROKEN,
} from '../fixtures/validation-cases.js';
import {
  decryptedValues,
  ENV,
  leakNeedles,
  seededEmulator,
  routes,
  syncRun,
  userVisibleText,
  type Emulator,
} from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await seededEmulator();
});
afterEach(() => emu.close());

const lambdaLabs = (): Record<string, unknown> =>
  (decryptedValues(emu) as { values: { lambdaLabs?: Record<string, unknown> } }).values.lambdaLabs ?? {};

// The seed team's config file (examples/lambda-h200-sync.yml): where the expected values live.
const WITH_EXAMPLE_CONFIG = { [CONFIG_PATH]: EXAMPLE_CONFIG };

describe('validation before anything is written (dist/index.js through the harness against the emulator)', () => {
  it.each([
    ['the built-in profile alone', {}, 23],
    ['the example config', WITH_EXAMPLE_CONFIG, 31],
  ])('all ten valid with %s: exit 0, score 100, no finding above notice', async (_name, files, checks) => {
    const run = await syncRun(emu, { files });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ score: '100', missing: '', legacy: '', mismatched: '' });
    expect(run.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
    expect(JSON.parse(run.reportFile!).findings).toEqual([]);
    expect(run.summary).toContain(`${checks} of ${checks} checks passed (100 %)`);
  });

  it("another team's valid values pass the built-in profile under fail-on: warning, with nothing to configure", async () => {
    const run = await syncRun(emu, {
      inputs: { 'fail-on': 'warning' },
      env: {
        LAMBDA_LABS_SSH_KEY_NAME: 'acme-deploy',
        LAMBDA_LABS_REGION: 'us-east-1',
        LAMBDA_LABS_INSTANCE_TYPE: 'gpu_8x_h200',
        LAMBDA_LABS_CLUSTER_SIZE: '8',
        LAMBDA_LABS_MAX_CLUSTER_SIZE: '64',
        LAMBDA_LABS_SHARED_FS_ID: 'acme-fs',
        LAMBDA_LABS_SHARED_FS_MOUNT: '/data',
        LAMBDA_LABS_ASG_NAME: 'acme-asg',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ score: '100', mismatched: '', changed: 'true', added: '10' });
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });

  it('an unknown profile fails before any request, naming the valid ones', async () => {
    const run = await syncRun(emu, { inputs: { profile: 'lambda-h100' } });
    expect(run.exitCode).toBe(1);
    expect(emu.requests).toEqual([]);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /Input `profile` must be one of lambda-h200, none; got "lambda-h100"/,
    );
  });

  describe.each(['error', 'warning', 'never'] as const)('fail-on %s', (failOn) => {
    // One case per kind of finding, through the bundle; every case is a unit table (modes/sync.test.ts).
    it.each([MISSING[0], RULE_BROKEN[0], EXPECTED_CHANGED[0], LEGACY[0]])('$name', async (c) => {
      const { secret, value, check, severity, message } = c;
      const run = await syncRun(emu, {
        inputs: { 'fail-on': failOn },
        env: { [secret]: value },
        files: WITH_EXAMPLE_CONFIG,
      });
      const report = JSON.parse(run.reportFile!);
      const findings = report.findings.filter((f: { severity: string }) => f.severity !== 'notice');
      expect(findings).toEqual([
        expect.objectContaining({ check, severity, secret, message: expect.stringMatching(message) }),
      ]);
      const annotation = run.commands.find((c) => c.command === severity);
      expect(annotation?.message).toMatch(message);

      const exitCode = exitCodeOf(c, failOn);
      expect(run.exitCode).toBe(exitCode);
      expect(Number(run.outputs.score)).toBeLessThan(100);
      if (exitCode === 1) {
        expect(emu.requests).toEqual([]);
        expect(run.outputs.changed).toBe('false');
      } else {
        expect(routes(emu)).toContain('patch');
        const written = Object.keys(lambdaLabs());
        const skipped = check === 'legacy' || severity === 'warning' ? 0 : 1;
        expect(written).toHaveLength(10 - skipped);
      }
      const output = OUTPUT_OF_CHECK[check];
      if (output) expect(run.outputs[output]).toBe(secret);

      for (const needle of leakNeedles([value])) {
        for (const [where, text] of Object.entries(userVisibleText(run)))
          if (text.includes(needle)) throw new Error(`the value leaked into ${where}`);
      }
    });
  });

  it("the seed team's case: ten secrets plus the three legacy ones → three warnings, ten synced, no legacy in ESC, exit 0", async () => {
    const run = await syncRun(emu, {
      env: {
        LAMBDA_API_KEY: 'old-api-key-0001',
        LAMBDA_IP_ADDRESS: '192.0.2.17',
        LAMBDA_SSH_PRIVATE_KEY: 'old-ssh-key-material-0001',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'warning')).toHaveLength(3);
    expect(run.outputs).toMatchObject({
      added: '10',
      legacy: 'LAMBDA_API_KEY,LAMBDA_IP_ADDRESS,LAMBDA_SSH_PRIVATE_KEY',
    });
    expect(Object.keys(lambdaLabs())).toHaveLength(10);
    const definition = emu.environment(ENV)!.decrypted;
    for (const legacy of [
      'LAMBDA_API_KEY',
      'LAMBDA_IP_ADDRESS',
      'LAMBDA_SSH_PRIVATE_KEY',
      'old-api-key-0001',
      '192.0.2.17',
    ])
      expect(definition).not.toContain(legacy);
  });

  it('legacy keys already in ESC: a warning each; prune-legacy removes them in the same single PATCH', async () => {
    emu.seed(
      ENV,
      `${EXISTING_ENVIRONMENT}    LAMBDA_API_KEY: legacy-plain-0001\n  lambdaLabs:\n    lambdaIpAddress: 192.0.2.17\n`,
    );
    emu.clearRequests();
    const warned = await syncRun(emu);
    expect(warned.exitCode).toBe(0);
    const warnings = warned.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /ESC path environmentVariables.LAMBDA_API_KEY still holds the legacy LAMBDA_API_KEY .* prune-legacy: true/,
      ),
      expect.stringMatching(/ESC path lambdaLabs.lambdaIpAddress still holds the legacy LAMBDA_IP_ADDRESS/),
    ]);

    emu.clearRequests();
    const pruned = await syncRun(emu, { inputs: { 'prune-legacy': 'true' } });
    expect(pruned.exitCode).toBe(0);
    expect(routes(emu).filter((r) => r === 'patch')).toHaveLength(1);
    expect(pruned.outputs).toMatchObject({ removed: '2', changed: 'true' });
    const after = decryptedValues(emu) as {
      values: { environmentVariables: Record<string, unknown>; lambdaLabs: Record<string, unknown> };
    };
    expect(after.values.environmentVariables).not.toHaveProperty('LAMBDA_API_KEY');
    expect(after.values.lambdaLabs).not.toHaveProperty('lambdaIpAddress');
    expect(after.values.environmentVariables.AWS_REGION).toBe('${aws.region}');
  });

  it('plan against an environment that differs: add, update, unchanged and remove lists, and no write in the request log', async () => {
    await syncRun(emu);
    const doc = parseDocument(emu.environment(ENV)!.decrypted);
    doc.setIn(['values', 'lambdaLabs', 'maxClusterSize', 'fn::secret'], '8');
    doc.deleteIn(['values', 'lambdaLabs', 'asgName']);
    // Its export too: the service refuses a reference to a property that is not there.
    doc.deleteIn(['values', 'environmentVariables', 'LAMBDA_LABS_ASG_NAME']);
    doc.setIn(['values', 'LAMBDA_API_KEY'], 'legacy-plaintext');
    emu.seed(ENV, doc.toString());
    emu.clearRequests();

    const run = await syncRun(emu, { inputs: { mode: 'plan', 'prune-legacy': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(emu.requests.map((r) => r.method)).toEqual(['GET']);
    const report = JSON.parse(run.reportFile!);
    const byAction = (action: string) =>
      report.changes.filter((c: { action: string }) => c.action === action).map((c: { path: string }) => c.path);
    expect(byAction('add')).toEqual(['lambdaLabs.asgName']);
    expect(byAction('update')).toEqual(['lambdaLabs.maxClusterSize']);
    expect(byAction('unchanged')).toHaveLength(8);
    expect(byAction('remove')).toEqual(['LAMBDA_API_KEY']);
    expect(run.outputs).toMatchObject({ changed: 'true', added: '1', updated: '1', unchanged: '8', removed: '1' });
    expect(run.summary).toContain(
      '| ➕ add | `LAMBDA_LABS_ASG_NAME` | `lambdaLabs.asgName` | `LAMBDA_LABS_ASG_NAME` |',
    );
  });

  it('plan without a token (fork pull request): validates, says in a notice why ESC was not read, sends nothing', async () => {
    const run = await runAction({
      inputs: { environment: ENV, mode: 'plan', 'cloud-url': emu.url },
      env: { ...H200_SECRETS },
    });
    expect(run.exitCode).toBe(0);
    expect(emu.requests).toEqual([]);
    expect(run.outputs.score).toBe('100');
    expect(run.commands.find((c) => c.command === 'notice')?.message).toMatch(
      /ESC was not read: there is no Pulumi access token and no OIDC/,
    );
    // Never claims there is nothing to change.
    expect(run.summary).toContain('ESC was not read, there is no Pulumi access token and no OIDC');
    expect(run.summary).not.toMatch(/in step/i);
    expect(run.outputs.changed).toBe('');
  });

  it.each([
    [
      'a typo in a key',
      'environment: lynn-sophia/lambda/h200\nsecrets:\n  LAMBDA_LABS_REGION:\n    expectd: us-east-1\n',
      4,
      5,
      /unknown key "expectd" in secrets.LAMBDA_LABS_REGION; did you mean "expected"\?/,
    ],
    [
      'a wrong type',
      'secrets:\n  LAMBDA_LABS_CLUSTER_SIZE:\n    expected: 4\n',
      3,
      15,
      /secrets.LAMBDA_LABS_CLUSTER_SIZE.expected must be a string \(write it in quotes: "4"\); it is a number/,
    ],
    ['bad YAML', 'secrets:\n  LAMBDA_LABS_REGION: {expected: us-east-1\n', 3, 1, /not valid YAML/],
  ])(
    'a config file with %s: an error at file:line:column, nothing written',
    async (_name, config, line, column, message) => {
      const run = await runAction({
        inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
        env: { ...H200_SECRETS },
        files: { '.github/lambda-h200-sync.yml': config },
      });
      expect(run.exitCode).toBe(1);
      expect(emu.requests).toEqual([]);
      const error = run.commands.find((c) => c.command === 'error' && c.properties.file);
      expect(error?.properties).toMatchObject({
        file: '.github/lambda-h200-sync.yml',
        line: String(line),
        col: String(column),
      });
      expect(error?.message).toMatch(new RegExp(`^\\.github/lambda-h200-sync\\.yml:${line}:${column}: `));
      expect(error?.message).toMatch(message);
    },
  );

  it('a config file names the environment, adds a secret and changes an expectation', async () => {
    const config =
      'environment: lynn-sophia/lambda/h200\nsecrets:\n  LAMBDA_LABS_REGION:\n    expected: us-east-1\n  DATADOG_API_KEY:\n    path: datadog.apiKey\n    rule: api-key\n';
    const run = await runAction({
      inputs: { 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
      env: { ...H200_SECRETS, LAMBDA_LABS_REGION: 'us-east-1', DATADOG_API_KEY: 'dd-api-key-0001' },
      files: { '.github/lambda-h200-sync.yml': config },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ added: '11', mismatched: '', score: '100' });
    const after = decryptedValues(emu) as {
      values: { datadog: unknown; environmentVariables: Record<string, string> };
    };
    expect(after.values.datadog).toEqual({ apiKey: { 'fn::secret': 'dd-api-key-0001' } });
    expect(after.values.environmentVariables.DATADOG_API_KEY).toBe('${datadog.apiKey}');
  });

  it('a config path given explicitly must exist', async () => {
    const run = await syncRun(emu, { inputs: { config: 'ci/lambda-sync.yml' } });
    expect(run.exitCode).toBe(1);
    expect(emu.requests).toEqual([]);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /Config file ci\/lambda-sync.yml does not exist; check the config input/,
    );
  });
});
