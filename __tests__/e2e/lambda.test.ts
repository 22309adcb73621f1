import { runAction, type ActionRun } from '../../emulator/harness.js';
import { instanceType } from '../../emulator/lambda-catalog.js';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/lambda-server.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { generateKeys, type KeyKind } from '../lambda/keys.js';
import { ENV, seededEmulator, routes, type Emulator } from './helpers.js';
import { findLeaks, lambdaLeaks } from './sweep.js';

let keys: ReturnType<typeof generateKeys>;
beforeAll(() => {
  keys = generateKeys();
});
afterAll(() => keys.remove());

let esc: Emulator;
let lambda: LambdaEmulator;
beforeEach(async () => {
  esc = await seededEmulator();
  lambda = await startLambdaEmulator();
  // The team's account: its key registered, the H200 type in the catalog with capacity in us-west-1, its file system there.
  lambda.instanceTypes.gpu_1x_h200 = instanceType('gpu_1x_h200', ['us-west-1', 'us-east-1']);
  lambda.instanceTypes.gpu_8x_h200_sxm5 = instanceType('gpu_8x_h200_sxm5', []);
  lambda.addSshKey('lynn-sophia-h200-key', keys.ed25519.publicKey);
  lambda.addFileSystem('lynn-sophia-shared-fs', 'us-west-1', { mountPoint: '/mnt/shared' });
  lambda.addFileSystem('elsewhere-fs', 'us-east-1');
});
afterEach(async () => {
  await esc.close();
  await lambda.close();
});

interface Report {
  result: string;
  failure: { kind: string; message: string } | null;
  score: number;
  checks: { run: number; passed: number };
  findings: { check: string; severity: string; secret?: string; path?: string; message: string }[];
}

/** A run with check-lambda: true against both emulators; the secrets of the team, with a real key pair. */
async function liveRun(
  options: { inputs?: Record<string, string>; env?: Record<string, string>; key?: KeyKind } = {},
): Promise<ActionRun & { secrets: Record<string, string>; report: Report }> {
  const secrets = {
    ...H200_SECRETS,
    LAMBDA_LABS_API_KEY: lambda.apiKey,
    LAMBDA_LABS_SSH_PRIVATE_KEY: keys[options.key ?? 'ed25519'].privateKey,
    ...options.env,
  };
  const run = await runAction({
    inputs: {
      environment: ENV,
      'pulumi-access-token': esc.token,
      'cloud-url': esc.url,
      'check-lambda': 'true',
      'lambda-api-url': lambda.url,
      ...options.inputs,
    },
    env: secrets,
  });
  // Nothing may leak anywhere, whatever the scenario; Lambda sees nothing but GETs.
  expect(findLeaks(run, esc, Object.values(secrets))).toEqual([]);
  expect(lambdaLeaks(lambda, Object.values(secrets), secrets.LAMBDA_LABS_API_KEY)).toEqual([]);
  expect(lambda.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  return { ...run, secrets, report: JSON.parse(run.reportFile ?? '{}') as Report };
}

const lambdaRoutes = () => lambda.requests.map((r) => r.route);
const lambdaFindings = (report: Report) => report.findings.filter((f) => f.check.startsWith('lambda-'));

describe('check-lambda: true, end to end (dist/index.js, the harness, the ESC and Lambda emulators)', () => {
  it('all good: one GET per route with the Bearer key, six checks passed, then the sync writes once', async () => {
    const run = await liveRun();
    expect(run.exitCode).toBe(0);
    expect(lambdaRoutes()).toEqual(['instance-types', 'ssh-keys', 'file-systems']);
    expect(lambda.requests.every((r) => r.headers.authorization === `Bearer ${lambda.apiKey}`)).toBe(true);
    expect(routes(esc).filter((route) => route === 'patch')).toHaveLength(1);
    expect(run.report).toMatchObject({ result: 'success', score: 100 });
    expect(lambdaFindings(run.report)).toEqual([]);
    expect(run.report.checks.run).toBeGreaterThanOrEqual(6);
    expect(run.log).toContain(`Lambda Cloud: proving the values against ${lambda.url} (read-only).`);
  });

  it.each<[string, { env?: Record<string, string>; key?: KeyKind; arrange?: () => void }, string, string, RegExp]>([
    [
      'a region Lambda does not know',
      { env: { LAMBDA_LABS_REGION: 'us-moon-1' } },
      'lambda-region',
      'error',
      /LAMBDA_LABS_REGION is not a region Lambda Cloud knows/,
    ],
    [
      'an instance type not in the live catalog',
      { env: { LAMBDA_LABS_INSTANCE_TYPE: 'gpu_2x_h200' } },
      'lambda-instance-type',
      'error',
      /not in Lambda Cloud's live catalog .*closest: gpu_1x_h200, /,
    ],
    [
      'an SSH key name that is not registered',
      { env: { LAMBDA_LABS_SSH_KEY_NAME: 'lynn-sophia-h100-key' } },
      'lambda-ssh-key',
      'error',
      /No SSH key is registered .*closest: lynn-sophia-h200-key/,
    ],
    [
      'a registered key that is not the public half of the private key',
      { key: 'other' },
      'lambda-ssh-key',
      'error',
      /is not the public half of LAMBDA_LABS_SSH_PRIVATE_KEY \(ED25519 SHA256:/,
    ],
    [
      'no file system of that id or name',
      { env: { LAMBDA_LABS_SHARED_FS_ID: 'lynn-sophia-shared' } },
      'lambda-file-system',
      'error',
      /No Lambda Cloud file system has the id or name/,
    ],
    [
      'a file system in another region',
      { env: { LAMBDA_LABS_SHARED_FS_ID: 'elsewhere-fs' } },
      'lambda-file-system',
      'error',
      /is in us-east-1, not in LAMBDA_LABS_REGION/,
    ],
  ])('%s: an error at the check, nothing written to ESC', async (_, options, check, severity, message) => {
    const run = await liveRun(options);
    expect(run.exitCode).toBe(1);
    expect(esc.requests).toEqual([]);
    expect(lambdaFindings(run.report)).toEqual([
      expect.objectContaining({ check, severity, message: expect.stringMatching(message) }),
    ]);
    expect(run.report.failure).toMatchObject({ kind: 'setup' });
    expect(
      run.commands.find((c) => c.command === 'error' && c.properties.title?.includes(check))?.message ?? run.summary,
    ).toMatch(message);
    expect(run.summary).toContain(check);
    expect(run.report.score).toBeLessThan(100);
  });

  it.each<[string, { env?: Record<string, string>; key?: KeyKind }, string, string, RegExp]>([
    [
      'no capacity for the type in the region (a warning: fails its check in the score, not the step)',
      { env: { LAMBDA_LABS_INSTANCE_TYPE: 'gpu_8x_h200_sxm5' } },
      'lambda-capacity',
      'warning',
      /no capacity for LAMBDA_LABS_INSTANCE_TYPE in LAMBDA_LABS_REGION right now/,
    ],
    [
      'a mount point that differs (a notice; the mount point is quoted only when it holds no value)',
      { env: { LAMBDA_LABS_SHARED_FS_MOUNT: '/home/ubuntu/shared' } },
      'lambda-file-system',
      'notice',
      /mounts the file system in LAMBDA_LABS_SHARED_FS_ID at \/mnt\/shared, not at LAMBDA_LABS_SHARED_FS_MOUNT/,
    ],
    [
      'a passphrase-protected PEM key (a notice: it cannot be compared)',
      { key: 'rsa-pem-passphrase' },
      'lambda-ssh-key',
      'notice',
      /passphrase-protected PEM key/,
    ],
  ])('%s; the sync still writes', async (_, options, check, severity, message) => {
    const run = await liveRun(options);
    expect(run.exitCode).toBe(0);
    expect(routes(esc)).toContain('patch');
    expect(lambdaFindings(run.report)).toEqual([
      expect.objectContaining({ check, severity, message: expect.stringMatching(message) }),
    ]);
    if (severity === 'warning') expect(run.report.score).toBeLessThan(100);
    else expect(run.report.score).toBe(100);
  });

  it.each<[KeyKind]>([['ed25519-passphrase'], ['rsa-pem']])(
    'a matching %s key passes without a finding',
    async (kind) => {
      lambda.sshKeys[0].public_key = keys[kind].publicKey;
      const run = await liveRun({ key: kind });
      expect(run.exitCode).toBe(0);
      expect(lambdaFindings(run.report)).toEqual([]);
    },
  );

  it.each([
    ['an unknown key (401)', () => 'secret_not-registered', 401, 'global/invalid-api-key'],
    ['the key of an inactive account (403)', () => 'secret_inactive-account', 403, 'global/account-inactive'],
  ])(
    '%s: lambda-auth fails with the API’s code, one request, nothing else checked or written',
    async (_, key, status, code) => {
      lambda.addApiKey('secret_inactive-account', { active: false });
      const run = await liveRun({ env: { LAMBDA_LABS_API_KEY: key() } });
      expect(run.exitCode).toBe(1);
      expect(lambda.requests).toHaveLength(1);
      expect(esc.requests).toEqual([]);
      expect(lambdaFindings(run.report)).toEqual([
        expect.objectContaining({
          check: 'lambda-auth',
          severity: 'error',
          message: expect.stringContaining(`(${status} ${code})`),
        }),
      ]);
    },
  );

  it('a 503 on every request: each check says it could not run; a service failure; nothing written', async () => {
    for (const route of ['instance-types', 'ssh-keys', 'file-systems'])
      lambda.injectFault({ route, times: Infinity, fault: { kind: 'status', status: 503 } });
    const run = await liveRun({ inputs: { timeout: '8' } });
    expect(run.exitCode).toBe(1);
    expect(esc.requests).toEqual([]);
    const verdicts = Object.fromEntries(lambdaFindings(run.report).map((f) => [f.check, f.severity]));
    expect(verdicts).toEqual({
      'lambda-auth': 'error',
      'lambda-instance-type': 'error',
      'lambda-capacity': 'error',
      'lambda-ssh-key': 'error',
      'lambda-file-system': 'error',
    });
    for (const f of lambdaFindings(run.report))
      expect(f.message).toMatch(/^Could not check .* answered GET \/[a-z-]+ with 503/);
    expect(run.report.failure).toMatchObject({ kind: 'service' });
    expect(run.log).toMatch(/Lambda Cloud: .* with 503; trying again in/);
    expect(`${run.log}${run.summary}`).not.toMatch(/Service Temporarily Unavailable|<html/);
    expect(
      run.commands
        .filter((c) => c.command === 'error')
        .map((c) => c.message)
        .join('\n'),
    ).not.toContain('injected');
    expect(new Set(lambdaRoutes())).toEqual(new Set(['instance-types', 'ssh-keys', 'file-systems']));
  });

  it('plan mode without a Pulumi token: the live checks still run, and fail-on applies', async () => {
    const run = await liveRun({
      inputs: { mode: 'plan', 'pulumi-access-token': '', 'fail-on': 'warning' },
      env: { LAMBDA_LABS_INSTANCE_TYPE: 'gpu_8x_h200_sxm5' },
    });
    expect(run.exitCode).toBe(1);
    expect(lambdaRoutes()).toEqual(['instance-types', 'ssh-keys', 'file-systems']);
    expect(esc.requests).toEqual([]);
    expect(lambdaFindings(run.report)).toEqual([
      expect.objectContaining({ check: 'lambda-capacity', severity: 'warning' }),
    ]);

    lambda.clearRequests();
    const clean = await liveRun({ inputs: { mode: 'plan', 'pulumi-access-token': '' } });
    expect(clean.exitCode).toBe(0);
    expect(lambda.requests).toHaveLength(3);
    expect(clean.commands.find((c) => c.command === 'notice')?.message).toMatch(/ESC was not read/);
  });

  it('check-lambda: false sends Lambda nothing', async () => {
    const run = await liveRun({ inputs: { 'check-lambda': 'false' } });
    expect(run.exitCode).toBe(0);
    expect(lambda.requests).toEqual([]);
    expect(routes(esc)).toContain('patch');
  });

  it('a missing API key: no request to Lambda, and a notice says why the checks did not run', async () => {
    const run = await liveRun({ env: { LAMBDA_LABS_API_KEY: '' } });
    expect(run.exitCode).toBe(1);
    expect(lambda.requests).toEqual([]);
    expect(run.commands.find((c) => c.command === 'notice')?.message).toMatch(
      /Lambda Cloud checks did not run: LAMBDA_LABS_API_KEY/,
    );
  });
});
