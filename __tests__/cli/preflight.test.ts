import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEscEmulator } from '../../emulator/esc-server.js';
import { instanceType } from '../../emulator/lambda-catalog.js';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/lambda-server.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { leakNeedles } from '../e2e/helpers.js';
import { generateKeys } from '../lambda/keys.js';

/** The bundled command, as `npx github:…/lambda-h200-sync preflight` and `npm run preflight --` run it. */
const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

let keys: ReturnType<typeof generateKeys>;
let dir: string;
beforeAll(() => {
  keys = generateKeys();
});
afterAll(() => keys.remove());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Stub = 'pass' | 'fail' | 'absent';

/** A PATH holding only stub programs: each prints a line and exits 0, or exits 1, or is not there. */
function stubPath(stubs: Record<'gh' | 'pulumi' | 'docker', Stub>): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const [name, behaviour] of Object.entries(stubs)) {
    if (behaviour === 'absent') continue;
    const script =
      behaviour === 'pass'
        ? `#!/bin/sh\necho "${name === 'pulumi' ? 'lynn' : 'ok'}"\n`
        : '#!/bin/sh\necho nope >&2\nexit 1\n';
    writeFileSync(join(bin, name), script);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function preflight(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'preflight', ...args], { cwd: dir, env: { HOME: dir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const keyFile = (text: string) => {
  const file = join(dir, 'id_test');
  writeFileSync(file, text);
  return file;
};

interface Row {
  check: string;
  ok: boolean;
  message: string;
}
const byCheck = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.check, r.ok]));

/** The ten variables as a team sets them, the private key a real one. */
let GOOD: Record<string, string>;
beforeAll(() => {
  GOOD = { ...H200_SECRETS, LAMBDA_LABS_SSH_PRIVATE_KEY: keys.ed25519.privateKey };
});

describe('lambda-h200-sync preflight (dist/cli/index.js)', () => {
  it('everything present and passing: a table of ✅, exit 0', async () => {
    const env = {
      ...GOOD,
      PATH: stubPath({ gh: 'pass', pulumi: 'pass', docker: 'pass' }),
    };
    const result = await preflight(['--ssh-key', keyFile(keys.ed25519.privateKey)], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      ['✅', 'gh'],
      ['✅', 'pulumi'],
      ['✅', 'docker'],
      ['✅', 'ssh-key'],
      ['✅', 'secrets'],
    ]);
    expect(result.stdout).toContain('the Pulumi CLI is logged in as lynn');
    expect(result.stderr).toBe('');
  });

  it.each<[string, Stub, RegExp]>([
    [
      'present and failing',
      'fail',
      /❌ gh +the GitHub CLI is not logged in \(gh auth status failed\): run gh auth login/,
    ],
    ['absent', 'absent', /❌ gh +the GitHub CLI is not installed: get it from https:\/\/cli.github.com/],
  ])('programs %s: ❌ with a hint, never a crash, exit 1', async (_, stub, ghLine) => {
    const result = await preflight(['--ssh-key', keyFile(keys.ed25519.privateKey)], {
      ...GOOD,
      PATH: stubPath({ gh: stub, pulumi: stub, docker: stub }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(ghLine);
    expect(result.stdout).toMatch(
      stub === 'absent' ? /❌ docker +Docker is not installed/ : /❌ docker +Docker is installed but does not answer/,
    );
    expect(result.stdout).toMatch(
      stub === 'absent'
        ? /❌ pulumi +neither PULUMI_ACCESS_TOKEN is set nor the Pulumi CLI installed/
        : /❌ pulumi +the Pulumi CLI is not logged in/,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/at .*\.js:\d+|Error:/);
  });

  it('--json: [{check, ok, message}] with the checks of PRODUCT.md, in order', async () => {
    const result = await preflight(['--json', '--ssh-key', keyFile(keys.ed25519.privateKey)], {
      ...GOOD,
      LAMBDA_LABS_REGION: '',
      PATH: stubPath({ gh: 'pass', pulumi: 'fail', docker: 'absent' }),
    });
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.every((r) => Object.keys(r).join() === 'check,ok,message')).toBe(true);
    expect(byCheck(rows)).toEqual({ gh: true, pulumi: false, docker: false, 'ssh-key': true, secrets: false });
    expect(rows.find((r) => r.check === 'secrets')?.message).toBe(
      'not set (or empty) in this shell: LAMBDA_LABS_REGION; export them, then run preflight again',
    );
  });

  it.each([
    ['a public key', () => keys.ed25519.publicKey, /❌ ssh-key +\S+ looks like a public key/],
    ['a path written into the file', () => '~/.ssh/id_ed25519\n', /❌ ssh-key +\S+ looks like a file path/],
  ])('--ssh-key holding %s: ❌ saying what it looks like', async (_, text, line) => {
    const result = await preflight(['--ssh-key', keyFile(text())], {
      ...GOOD,
      PATH: stubPath({ gh: 'pass', pulumi: 'pass', docker: 'pass' }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(line);
  });

  it('no key at the default path (~/.ssh/id_ed25519): ❌ with how to make one', async () => {
    const result = await preflight([], { ...GOOD, PATH: stubPath({ gh: 'pass', pulumi: 'pass', docker: 'pass' }) });
    expect(result.stdout).toMatch(/❌ ssh-key +no key at .*\.ssh\/id_ed25519: create one \(ssh-keygen -t ed25519\)/);
  });

  it('PULUMI_ACCESS_TOKEN is checked against GET /api/user of PULUMI_BACKEND_URL, without the CLI', async () => {
    const esc = await startEscEmulator();
    try {
      const base = {
        ...GOOD,
        PATH: stubPath({ gh: 'pass', pulumi: 'absent', docker: 'pass' }),
        PULUMI_BACKEND_URL: esc.url,
      };
      const good = await preflight(['--json'], { ...base, PULUMI_ACCESS_TOKEN: esc.token });
      const bad = await preflight(['--json'], { ...base, PULUMI_ACCESS_TOKEN: 'pul-not-a-token' });
      const pulumiRow = (r: Result) => (JSON.parse(r.stdout) as Row[]).find((row) => row.check === 'pulumi');
      expect(pulumiRow(good)).toEqual({
        check: 'pulumi',
        ok: true,
        message: expect.stringMatching(/accepted by 127\.0\.0\.1:\d+ \(as emulator-user\)/),
      });
      expect(pulumiRow(bad)).toEqual({
        check: 'pulumi',
        ok: false,
        message: expect.stringMatching(/refused PULUMI_ACCESS_TOKEN \(401\)/),
      });
      expect(esc.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/user', 'GET /api/user']);
    } finally {
      await esc.close();
    }
  });

  it('a config file with an error: ❌ secrets naming file:line:column', async () => {
    writeFileSync(join(dir, 'team.yml'), 'secrets:\n  LAMBDA_LABS_REGION: { expectd: us-west-1 }\n');
    const result = await preflight(['--config', 'team.yml'], {
      ...GOOD,
      PATH: stubPath({ gh: 'pass', pulumi: 'pass', docker: 'pass' }),
    });
    expect(result.stdout).toMatch(/❌ secrets +team\.yml:2:\d+/);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--ssh-key'], /argument missing/],
  ])('%j: usage on stderr, exit 2', async (args, message) => {
    const result = await preflight(args, { PATH: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: lambda-h200-sync preflight');
  });

  describe('--live against the Lambda emulator', () => {
    let lambda: LambdaEmulator;
    beforeEach(async () => {
      lambda = await startLambdaEmulator();
      lambda.instanceTypes.gpu_1x_h200 = instanceType('gpu_1x_h200', ['us-west-1']);
      lambda.addSshKey('lynn-sophia-h200-key', keys.ed25519.publicKey);
      lambda.addFileSystem('lynn-sophia-shared-fs', 'us-west-1', { mountPoint: '/mnt/shared' });
    });
    afterEach(() => lambda.close());

    const liveEnv = () => ({
      ...GOOD,
      LAMBDA_LABS_API_KEY: lambda.apiKey,
      PATH: stubPath({ gh: 'pass', pulumi: 'pass', docker: 'pass' }),
    });

    it('the key file matching the registered key: every lambda-* ✅; Lambda saw three GETs', async () => {
      const result = await preflight(
        ['--live', '--json', '--ssh-key', keyFile(keys.ed25519.privateKey), '--lambda-api-url', lambda.url],
        liveEnv(),
      );
      const rows = JSON.parse(result.stdout) as Row[];
      expect(byCheck(rows)).toEqual({
        gh: true,
        pulumi: true,
        docker: true,
        'ssh-key': true,
        secrets: true,
        'lambda-auth': true,
        'lambda-region': true,
        'lambda-instance-type': true,
        'lambda-capacity': true,
        'lambda-ssh-key': true,
        'lambda-file-system': true,
      });
      expect(result.code).toBe(0);
      expect(lambda.requests.map((r) => `${r.method} ${r.route}`)).toEqual([
        'GET instance-types',
        'GET ssh-keys',
        'GET file-systems',
      ]);
    });

    it('a key file of another pair, the URL from LAMBDA_API_URL: ❌ lambda-ssh-key, exit 1, no value printed', async () => {
      const env = { ...liveEnv(), LAMBDA_API_URL: lambda.url };
      const result = await preflight(['--live', '--ssh-key', keyFile(keys.other.privateKey)], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /❌ lambda-ssh-key +The key registered under LAMBDA_LABS_SSH_KEY_NAME \(ED25519 SHA256:\S+\) is not the public half of \S+id_test/,
      );
      expect(result.stdout).toMatch(/✅ lambda-auth +Lambda Cloud accepts LAMBDA_LABS_API_KEY/);
      for (const needle of leakNeedles([
        ...Object.values(env).filter((v) => v !== env.PATH && v !== env.LAMBDA_API_URL),
        keys.other.privateKey,
      ]))
        expect(`${result.stdout}${result.stderr}`).not.toContain(needle);
    });

    it('a capacity warning is ⚠️ and does not fail', async () => {
      lambda.instanceTypes.gpu_1x_h200 = instanceType('gpu_1x_h200', ['us-east-1']);
      const result = await preflight(
        ['--live', '--ssh-key', keyFile(keys.ed25519.privateKey), '--lambda-api-url', lambda.url],
        liveEnv(),
      );
      expect(result.stdout).toMatch(/⚠️ +lambda-capacity +Lambda Cloud has no capacity/);
      expect(result.code).toBe(0);
    });

    it('an API key Lambda refuses: ❌ lambda-auth, and nothing else asked', async () => {
      const result = await preflight(['--live', '--json', '--lambda-api-url', lambda.url], {
        ...liveEnv(),
        LAMBDA_LABS_API_KEY: 'secret_wrong',
      });
      const rows = JSON.parse(result.stdout) as Row[];
      expect(rows.filter((r) => r.check.startsWith('lambda-'))).toEqual([
        { check: 'lambda-auth', ok: false, message: expect.stringContaining('(401 global/invalid-api-key)') },
      ]);
      expect(lambda.requests).toHaveLength(1);
    });
  });
});
