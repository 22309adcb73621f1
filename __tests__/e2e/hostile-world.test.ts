import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEscEmulator } from '../../emulator/esc-server.js';
import { runAction } from '../../emulator/harness.js';
import { EXISTING_ENVIRONMENT, H200_SECRETS } from '../fixtures/h200.js';
import { ENV, leakNeedles, seededEmulator, type Emulator } from './helpers.js';
import { BUNDLE, inject, type Scenario, sweepScenarios } from './scenarios.js';
import { findLeaks } from './sweep.js';

// Issue 9: the server, the network and the config misbehaving. Each scenario failed on the bundle
// before the guarded HTTP layer (E2E_BUNDLE=<old dist/index.js> prints that table).

/** A second service a redirect may point at; it must never hear from the action. */
const elsewhere: Emulator[] = [];
afterAll(() => Promise.all(elsewhere.map((e) => e.close())));
async function redirectTo(emu: Emulator, route: 'decrypt' | 'patch', status: 302 | 307 | 308) {
  const other = await startEscEmulator();
  elsewhere.push(other);
  emu.injectFault({ route, fault: { kind: 'redirect', status, location: `${other.url}/collect` } });
  return other;
}
const lastElsewhere = () => elsewhere.at(-1)!;

const noCommandsFromServer = (run: { commands: { command: string; message: string }[] }) => {
  expect(
    run.commands.filter(
      (c) => ['warning', 'set-output', 'add-mask'].includes(c.command) && /inject|^x$/.test(c.message),
    ),
  ).toEqual([]);
};

const HTTP: Scenario[] = [
  {
    name: 'write redirected (307) to another origin',
    arrange: (emu) => redirectTo(emu, 'patch', 307).then(() => undefined),
    exit: 1,
    says: /answered writing ESC environment lynn-sophia\/lambda\/h200 with a redirect \(307\) to http:\/\/127\.0\.0\.1:\d+; the action never follows a redirect with a credential or a document, so nothing was sent there/,
    requests: ['decrypt', 'read', 'patch'],
    revisions: 0,
    check: (run) => {
      expect(lastElsewhere().requests).toEqual([]);
      expect(run.outputs.changed).not.toBe('true');
    },
  },
  {
    name: 'read redirected (302) to another origin: not "a bad token"',
    arrange: (emu) => redirectTo(emu, 'decrypt', 302).then(() => undefined),
    exit: 1,
    says: /with a redirect \(302\) to http:\/\/127\.0\.0\.1:\d+/,
    requests: ['decrypt'],
    revisions: 0,
    check: (run) => {
      expect(lastElsewhere().requests).toEqual([]);
      expect(run.log).not.toMatch(/\(401\)|refused the access token/);
    },
  },
  {
    name: 'read redirected (308) to https on the same host',
    arrange: inject({
      route: 'decrypt',
      fault: { kind: 'redirect', status: 308, location: 'https://127.0.0.1:8443/api/esc/environments/x' },
    }),
    exit: 1,
    says: /stays on 127\.0\.0\.1: if https:\/\/127\.0\.0\.1:8443 is the service's address, set cloud-url to it/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'read: a gateway JSON page without an ETag, once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'gateway-json' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'read', 'patch', 'open', 'read-open'],
    revisions: 1,
    check: (_run, emu) =>
      expect(emu.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers.etag)).toEqual([
        expect.stringMatching(/\S/),
      ]),
  },
  {
    name: 'read: a gateway JSON page without an ETag, every time',
    arrange: inject({ route: 'decrypt', times: Infinity, fault: { kind: 'gateway-json' } }),
    exit: 1,
    says: /answered reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200 with a application\/json page instead of a YAML definition \(after 5 tries\)/,
    requests: Array(5).fill('decrypt'),
    revisions: 0,
  },
  {
    name: 'read: body cut mid-way ("terminated"), once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'cut-body' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'read', 'patch', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'read: body stalls past the per-request limit, once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'stall-body' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'read', 'patch', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'read: a 1 GB body',
    arrange: inject({ route: 'decrypt', fault: { kind: 'huge-body', megabytes: 1024 } }),
    exit: 1,
    says: /answered reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200 with a body over 10 MB; refused without reading it all/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'write: answer cut mid-way after the write landed',
    arrange: inject({ route: 'patch', fault: { kind: 'cut-body' } }),
    exit: 0,
    says: /failed without saying whether they were applied/,
    requests: ['decrypt', 'read', 'patch', 'decrypt', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'write: 400 diagnostics that quote the values sent',
    arrange: inject({ route: 'patch', fault: { kind: 'echo-diagnostics' } }),
    exit: 1,
    says: /ESC refused the write to lynn-sophia\/lambda\/h200 \(400\); nothing was stored:\n(- .*\n)*- invalid secret value "\*\*\*" : :warning::from the diagnostic \(the value was: \*\*\*\)/,
    requests: ['decrypt', 'read', 'patch'],
    revisions: 0,
    check: noCommandsFromServer,
  },
  {
    name: 'write: an error message holding workflow commands',
    arrange: inject({ route: 'patch', fault: { kind: 'command-text', status: 400 } }),
    exit: 1,
    says: /answered 400|rejected the request while writing .*upstream failed : :warning::injected by the server/,
    requests: ['decrypt', 'read', 'patch'],
    revisions: 0,
    check: (run) => {
      noCommandsFromServer(run);
      expect(run.outputs.changed).not.toBe('true');
    },
  },
  {
    name: 'read: a 503 holding workflow commands, every time',
    arrange: inject({ route: 'decrypt', times: Infinity, fault: { kind: 'command-text', status: 503 } }),
    exit: 1,
    says: /answered 503 while reading .*upstream failed : :warning::injected by the server.*\(after 5 tries\)/,
    requests: Array(5).fill('decrypt'),
    revisions: 0,
    check: noCommandsFromServer,
  },
  {
    name: 'verify: open answers text that is not JSON (listing the values), once',
    arrange: inject({ route: 'open', fault: { kind: 'not-json' } }),
    exit: 0,
    requests: ['decrypt', 'read', 'patch', 'open', 'open', 'read-open'],
    revisions: 1,
    check: (run) => expect(run.log).not.toContain(H200_SECRETS.LAMBDA_LABS_API_KEY.slice(0, 8)),
  },
  ...(
    [
      ['input', { 'pulumi-access-token': 'pul-first-line-0001\npul-second-line-0002' }, {}],
      ['env', { 'pulumi-access-token': '' }, { PULUMI_ACCESS_TOKEN: 'pul-first-line-0003\r\npul-second-line-0004' }],
    ] as const
  ).map(([where, inputs, env]): Scenario => ({
    name: `a token with a line break (${where})`,
    inputs,
    env,
    alsoSecret: ['pul-first-line-0001', 'pul-second-line-0002', 'pul-first-line-0003', 'pul-second-line-0004'],
    exit: 1,
    says: /holds a line break or a control character, which a token never does; it was not sent anywhere/,
    requests: [],
    revisions: 0,
    check: (run) => {
      expect(run.masks).toEqual(
        expect.arrayContaining(
          where === 'input'
            ? ['pul-first-line-0001', 'pul-second-line-0002']
            : ['pul-first-line-0003', 'pul-second-line-0004'],
        ),
      );
    },
  })),
];

/** Files outside any workspace that a path input may point at: a FIFO, a symlink to /dev/zero, a file to link to. */
const outside = mkdtempSync(join(tmpdir(), 'hostile-outside-'));
execFileSync('mkfifo', [join(outside, 'fifo.yml')]);
symlinkSync('/dev/zero', join(outside, 'zero.yml'));
writeFileSync(join(outside, 'elsewhere.yml'), 'on: push\njobs: {}\n');
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const CONFIG = '.github/lambda-h200-sync.yml';
const configError = (name: string, text: string, says: RegExp): Scenario => ({
  name: `config: ${name}`,
  files: { [CONFIG]: text },
  exit: 1,
  says,
  requests: [],
  revisions: 0,
});
const aliasBomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => {
  const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
  return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`;
}).join('\n')}\n`;

/** A workflow that references a legacy name: audit finds it at its line when it can read the file. */
const LEGACY_WORKFLOW =
  'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        env:\n          KEY: ${{ secrets.LAMBDA_API_KEY }}\n';
const audit = (name: string, over: Partial<Scenario>): Scenario => ({
  name: `audit: ${name}`,
  exit: 1,
  requests: [],
  revisions: 0,
  ...over,
  inputs: { mode: 'audit', ...over.inputs },
});

const INPUT: Scenario[] = [
  configError(
    'a path under a managed path',
    'secrets:\n  INNER_KEY:\n    path: lambdaLabs.apiKey.inner\n',
    /lambda-h200-sync\.yml:3:5: secrets\.INNER_KEY\.path lambdaLabs\.apiKey\.inner lies under lambdaLabs\.apiKey/,
  ),
  configError(
    'two entries exporting one name',
    'secrets:\n  OTHER_KEY:\n    path: other.key\n    env: LAMBDA_LABS_API_KEY\n',
    /lambda-h200-sync\.yml:4:5: secrets\.OTHER_KEY exports environmentVariables\.LAMBDA_LABS_API_KEY, as LAMBDA_LABS_API_KEY does/,
  ),
  configError(
    'a name both managed and legacy',
    'legacy:\n  LAMBDA_LABS_REGION: null\n',
    /lambda-h200-sync\.yml:2:3: LAMBDA_LABS_REGION is both a secret to sync .* and a legacy name/,
  ),
  ...['toString', 'constructor', '__proto__'].map((name) =>
    configError(
      `secret name ${name}`,
      `secrets:\n  ${name}:\n    path: x.y\n`,
      new RegExp(`lambda-h200-sync\\.yml:2:3: secret name "${name}" is the name of a built-in property`),
    ),
  ),
  configError('an alias bomb', aliasBomb, /lambda-h200-sync\.yml:1:1: cannot be read: Excessive alias count/),
  {
    name: 'config: a FIFO',
    inputs: { config: join(outside, 'fifo.yml') },
    exit: 1,
    says: /fifo\.yml is not a regular file \(it is a FIFO\)/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'config: a symlink to /dev/zero',
    inputs: { config: join(outside, 'zero.yml') },
    exit: 1,
    says: /zero\.yml is not a regular file \(it is a device\)/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'secrets input: a lone surrogate',
    inputs: { secrets: '{"LAMBDA_LABS_API_KEY": "sk-lone-surrogate-0001\\ud800"}' },
    exit: 1,
    says: /the value of LAMBDA_LABS_API_KEY holds a lone UTF-16 surrogate/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'secrets input: two names differing only in case',
    inputs: { secrets: '{"LAMBDA_LABS_REGION": "us-west-1", "lambda_labs_region": "us-east-3"}' },
    exit: 1,
    says: /LAMBDA_LABS_REGION and lambda_labs_region differ only in case/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'cloud-url with user:pass@',
    inputs: { 'cloud-url': 'http://ci-bot:hunter2-pass-0001@127.0.0.1:9' },
    alsoSecret: ['hunter2-pass-0001'],
    exit: 1,
    says: /input `cloud-url` holds a user name or password before the host/,
    requests: [],
    revisions: 0,
    check: (run) => expect(run.masks).toContain('hunter2-pass-0001'),
  },
  audit('a glob reaching outside the workspace', {
    inputs: { workflows: '../../**/*.yml' },
    says: /Input `workflows`: "\.\.\/\.\.\/\*\*\/\*\.yml" reaches outside the workspace/,
  }),
  audit('sarif-file outside the workspace', {
    inputs: { 'sarif-file': '../../audit.sarif' },
    says: /Input `sarif-file`: "\.\.\/\.\.\/audit\.sarif" is outside the workspace/,
  }),
  audit('a UTF-16 workflow file', {
    files: {
      '.github/workflows/utf16.yml': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(LEGACY_WORKFLOW, 'utf16le'),
      ]),
    },
    says: /LAMBDA_API_KEY/,
    check: (run) =>
      expect(run.commands.find((c) => c.command === 'error')?.properties.file).toBe('.github/workflows/utf16.yml'),
  }),
  audit('a workflow file that is neither UTF-8 nor has a BOM', {
    files: { '.github/workflows/latin1.yml': Buffer.from('on: push # caf\xe9\njobs: {}\n', 'latin1') },
    says: /latin1\.yml:1:1: cannot be audited: it is neither UTF-8 nor UTF-16 with a byte-order mark/,
  }),
  audit('a symlinked workflow file inside the workspace', {
    files: { 'ci/deploy.yml': LEGACY_WORKFLOW },
    links: { '.github/workflows/deploy.yml': '../../ci/deploy.yml' },
    says: /LAMBDA_API_KEY/,
  }),
  audit('a symlinked workflow file pointing outside the workspace', {
    links: { '.github/workflows/elsewhere.yml': join(outside, 'elsewhere.yml') },
    exit: 0,
    says: /\.github\/workflows\/elsewhere\.yml is a symlink to a file outside the workspace; it was not audited/,
    check: (run) =>
      expect(run.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toContainEqual(
        expect.stringContaining('elsewhere.yml'),
      ),
  }),
  audit('a workflow file name holding Markdown', {
    files: { '.github/workflows/`[x](https:evil.example)<b>x.yml': LEGACY_WORKFLOW },
    says: /LAMBDA_API_KEY/,
    check: (run) => {
      const outsideCode = run.summary.replace(/(`+)[^`](?:.*?[^`])?\1(?!`)/g, '');
      expect(outsideCode).not.toMatch(/<b>|[^\\]\[x|[^\\]\]\(https/);
    },
  }),
];

/** A runner OIDC endpoint that accepts the request and never answers (the toolkit's request has no timeout). */
const stalledIssuer = createServer(() => undefined);
let stalledIssuerUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => stalledIssuer.listen(0, '127.0.0.1', resolve));
  stalledIssuerUrl = `http://127.0.0.1:${(stalledIssuer.address() as AddressInfo).port}/token?api-version=2.0`;
});
afterAll(() => {
  stalledIssuer.closeAllConnections();
  stalledIssuer.close();
});

const seedWith = (extra: string) => (emu: Emulator) => {
  emu.seed(ENV, `${EXISTING_ENVIRONMENT}${extra}`);
};

const WRITES: Scenario[] = [
  {
    name: 'ESC: a list where a managed secret goes',
    arrange: seedWith('  lambdaLabs:\n    apiKey: [rotated, monthly]\n'),
    exit: 1,
    says: /ESC path values\.lambdaLabs\.apiKey \(for LAMBDA_LABS_API_KEY\) holds a list where a secret string is expected; refusing to write/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'ESC: an alias of a mapping where a managed secret goes',
    arrange: seedWith('  shared: &shared {rotation: monthly}\n  lambdaLabs:\n    apiKey: *shared\n'),
    exit: 1,
    says: /values\.lambdaLabs\.apiKey \(for LAMBDA_LABS_API_KEY\) holds an alias \(\*shared\) of a mapping where a secret string is expected/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'ESC: a hand-written export replaced, reported as an update with a notice',
    arrange: seedWith('    LAMBDA_LABS_API_KEY: typed-by-hand\n'),
    exit: 0,
    revisions: 1,
    says: /environmentVariables\.LAMBDA_LABS_API_KEY in lynn-sophia\/lambda\/h200 held a hand-written value; it was replaced/,
    check: (run) => {
      expect(run.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toContainEqual(
        expect.stringContaining('held a hand-written value'),
      );
      expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
      expect(JSON.parse(run.reportFile!).changes).toContainEqual(
        expect.objectContaining({ secret: 'LAMBDA_LABS_API_KEY', action: 'update' }),
      );
      expect(run.outputs.updated).toBe('1');
    },
  },
  {
    name: 'verify fails after the write landed: the write is still reported',
    arrange: inject({ route: 'open', times: Infinity, fault: { kind: 'status', status: 503 } }),
    exit: 1,
    revisions: 1,
    says: /ESC environment lynn-sophia\/lambda\/h200 was written \(revision \d+\), but verifying it failed: Pulumi Cloud answered 503 while opening/,
    check: (run, emu) => {
      const revision = String(emu.environment(ENV)!.revision);
      expect(run.outputs).toMatchObject({ changed: 'true', revision, added: '10' });
      expect(JSON.parse(run.reportFile!)).toMatchObject({
        changed: true,
        revision: Number(revision),
        failure: { kind: 'service' },
      });
      expect(run.summary).toMatch(/was written \(revision \d+\), but verifying it failed/);
    },
  },
  {
    name: 'a proxy weakens every ETag: six refused writes, and the proxy named',
    arrange: inject(
      { route: 'decrypt', times: Infinity, fault: { kind: 'weak-etag' } },
      { route: 'read', times: Infinity, fault: { kind: 'weak-etag' } },
    ),
    // Six writes with their backoffs take longer than the 4 s the other scenarios allow.
    inputs: { timeout: '30' },
    exit: 1,
    says: /could not be written after 6 tries \(6 refused .*the ETag read was weak \(W\/"…"\): a proxy between the action and Pulumi Cloud may have weakened/,
    revisions: 0,
    check: (_run, emu) => {
      const sent = emu.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers.etag);
      expect(sent).toHaveLength(6);
      for (const etag of sent) expect(etag).toMatch(/^W\/"/);
    },
  },
  {
    name: 'the plain definition read is a gateway page without an ETag: never written',
    arrange: inject({ route: 'read', times: Infinity, fault: { kind: 'gateway-json' } }),
    exit: 1,
    says: /with a application\/json page instead of a YAML definition \(after 5 tries\)/,
    revisions: 0,
    check: (_run, emu) => expect(emu.requests.filter((r) => r.method === 'PATCH')).toEqual([]),
  },
];

const TIME: Scenario[] = [
  {
    name: 'timeout: the OIDC token request stalls; the step stops at its timeout',
    inputs: { 'pulumi-access-token': '', timeout: '3' },
    runnerEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: stalledIssuerUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-0001',
    }),
    exit: 1,
    says: /The step's timeout ran out while mode sync was running; it stopped there\..*raise the timeout input \(3 s\)/,
    requests: [],
    revisions: 0,
    check: (run) => {
      expect(run.durationMs).toBeLessThan(15_000);
      expect(JSON.parse(run.reportFile!).failure).toMatchObject({ kind: 'service' });
    },
  },
];

describe('a hostile world: the server, the network and the config misbehave; nothing lost, nothing leaked', () => {
  sweepScenarios([...HTTP, ...INPUT, ...WRITES, ...TIME]);
});

describe('two steps of the action in one job', () => {
  it('each keeps its own report file, and neither leaks a value', async () => {
    const emu = await seededEmulator();
    const runnerDir = mkdtempSync(join(tmpdir(), 'job-'));
    try {
      const step = (mode: string) =>
        runAction({
          inputs: { mode, environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
          env: H200_SECRETS,
          runnerDir,
          ...(BUNDLE ? { entry: BUNDLE } : {}),
        });
      const sync = await step('sync');
      const plan = await step('plan');
      expect([sync.exitCode, plan.exitCode]).toEqual([0, 0]);
      expect(sync.outputs.report).not.toBe(plan.outputs.report);
      const first = JSON.parse(readFileSync(sync.outputs.report, 'utf8'));
      expect(first).toMatchObject({ mode: 'sync', changed: true });
      expect(JSON.parse(readFileSync(plan.outputs.report, 'utf8'))).toMatchObject({ mode: 'plan', changed: false });
      const values = Object.values(H200_SECRETS);
      expect([...findLeaks(sync, emu, values), ...findLeaks(plan, emu, values)]).toEqual([]);
      expect(
        leakNeedles(values).filter((needle) => readFileSync(sync.outputs.report, 'utf8').includes(needle)),
      ).toEqual([]);
    } finally {
      rmSync(runnerDir, { recursive: true, force: true });
      await emu.close();
    }
  });
});
