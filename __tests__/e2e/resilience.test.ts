import { EXISTING_ENVIRONMENT } from '../fixtures/h200.js';
import { ENV, type Emulator } from './helpers.js';
import { inject, type Scenario, sweepScenarios } from './scenarios.js';

// The environment holds secrets: a write edits the plain definition ('read'), read after the decrypted view.
const READ_SYNC = ['decrypt', 'read', 'patch', 'open', 'read-open'];
const AFTER_REREAD = ['decrypt', 'read', 'patch', 'decrypt', 'open', 'read-open'];
const REAPPLIED = ['decrypt', 'read', 'patch', 'decrypt', 'read', 'patch', 'open', 'read-open'];
const moveRegion = (yaml: string) => yaml.replace('eu-west-1', 'eu-central-1');

const FAULTS: Scenario[] = [
  {
    name: 'read: 429 with Retry-After 0 s',
    arrange: inject({
      route: 'decrypt',
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 0, format: 'seconds' } },
    }),
    exit: 0,
    requests: ['decrypt', ...READ_SYNC],
    revisions: 1,
  },
  {
    name: 'read: 429 with Retry-After as an HTTP date',
    arrange: inject({
      route: 'decrypt',
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 1, format: 'http-date' } },
    }),
    exit: 0,
    requests: ['decrypt', ...READ_SYNC],
    revisions: 1,
  },
  {
    name: 'read: 429 asking for longer than the timeout leaves',
    arrange: inject({
      route: 'decrypt',
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 600, format: 'seconds' } },
    }),
    exit: 1,
    says: /answered 429 while reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200.* asked to wait 600 s, more than the step's timeout leaves/,
    requests: ['decrypt'],
    revisions: 0,
  },
  ...([500, 502, 503] as const).map((status): Scenario => ({
    name: `read: ${status} twice, then an answer`,
    arrange: inject({ route: 'decrypt', times: 2, fault: { kind: 'status', status } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', ...READ_SYNC],
    revisions: 1,
  })),
  {
    name: 'read: 503 on every try',
    arrange: inject({ route: 'decrypt', times: Infinity, fault: { kind: 'status', status: 503 } }),
    exit: 1,
    says: /answered 503 while reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200: .*\(request id [\w-]+\) \(after 5 tries\)/,
    requests: Array(5).fill('decrypt'),
    revisions: 0,
  },
  {
    name: 'read: connection reset',
    arrange: inject({ route: 'decrypt', fault: { kind: 'reset' } }),
    exit: 0,
    requests: ['decrypt', ...READ_SYNC],
    revisions: 1,
  },
  {
    name: 'read: slower than the request timeout',
    arrange: inject({ route: 'decrypt', fault: { kind: 'slow', delayMs: 1500 } }),
    exit: 0,
    requests: ['decrypt', ...READ_SYNC],
    revisions: 1,
  },
  {
    name: 'verify: open answers 503 once',
    arrange: inject({ route: 'open', fault: { kind: 'status', status: 503 } }),
    exit: 0,
    requests: ['decrypt', 'read', 'patch', 'open', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'verify: reading the opened values is reset once',
    arrange: inject({ route: 'read-open', fault: { kind: 'reset' } }),
    exit: 0,
    requests: ['decrypt', 'read', 'patch', 'open', 'read-open', 'read-open'],
    revisions: 1,
  },

  {
    name: 'write: 429 after the write was applied',
    arrange: inject({ route: 'patch', fault: { kind: 'after-write', status: 429 } }),
    exit: 0,
    says: /failed without saying whether they were applied/,
    requests: AFTER_REREAD,
    revisions: 1,
  },
  ...([500, 502, 503] as const).map((status): Scenario => ({
    name: `write: ${status} after the write was applied`,
    arrange: inject({ route: 'patch', fault: { kind: 'after-write', status } }),
    exit: 0,
    requests: AFTER_REREAD,
    revisions: 1,
  })),
  {
    name: 'write: 429 before anything was applied',
    arrange: inject({
      route: 'patch',
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 0, format: 'seconds' } },
    }),
    exit: 0,
    requests: REAPPLIED,
    revisions: 1,
  },
  {
    name: 'write: 503 before anything was applied',
    arrange: inject({ route: 'patch', fault: { kind: 'status', status: 503 } }),
    exit: 0,
    requests: REAPPLIED,
    revisions: 1,
  },
  {
    name: 'write: connection reset before the write',
    arrange: inject({ route: 'patch', fault: { kind: 'reset' } }),
    exit: 0,
    requests: REAPPLIED,
    revisions: 1,
  },
  {
    name: 'write: connection reset after the write',
    arrange: inject({ route: 'patch', fault: { kind: 'reset', afterWrite: true } }),
    exit: 0,
    requests: AFTER_REREAD,
    revisions: 1,
  },
  {
    name: 'write: answer slower than the request timeout (applied)',
    arrange: inject({ route: 'patch', fault: { kind: 'slow', delayMs: 1500 } }),
    exit: 0,
    requests: AFTER_REREAD,
    revisions: 1,
  },
  {
    name: 'write: 503 on every try',
    arrange: inject({ route: 'patch', times: Infinity, fault: { kind: 'status', status: 503 } }),
    exit: 1,
    says: /could not be written after 6 tries \(0 refused because another writer changed it, 6 failed without an answer\); it holds either its earlier content or the full update.* The last failure: Pulumi Cloud answered 503 while writing .*\(request id [\w-]+\)/,
    revisions: 0,
  },
  ...([409, 412] as const).map((status): Scenario => ({
    name: `a concurrent writer between read and write (${status})`,
    arrange: (emu) => {
      emu.conflictStatus = status;
      emu.injectFault({ route: 'patch', fault: { kind: 'concurrent-write', edit: moveRegion } });
    },
    exit: 0,
    says: /changed since it was read/,
    requests: REAPPLIED,
    revisions: 2,
    othersEdit: moveRegion,
  })),
  {
    name: 'create: 500 once, then created',
    inputs: { environment: 'lynn-sophia/lambda/brand-new' },
    arrange: inject({ route: 'create', fault: { kind: 'status', status: 500 } }),
    exit: 0,
    requests: ['decrypt', 'create', 'create', 'decrypt', 'patch', 'open', 'read-open'],
    revisions: 0,
  },
  {
    name: '400 with diagnostics on write',
    arrange: (emu) =>
      emu.intercept((_req, ctx) => {
        if (ctx.route !== 'patch') return false;
        const diagnostics = [
          {
            summary: 'secret values must be string literals',
            path: 'values.lambdaLabs.apiKey["fn::secret"]',
            range: {
              environment: 'lambda/h200',
              begin: { line: 12, column: 7, byte: 200 },
              end: { line: 12, column: 20, byte: 213 },
            },
          },
        ];
        ctx.res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ diagnostics }));
        return true;
      }),
    exit: 1,
    says: /ESC refused the write to lynn-sophia\/lambda\/h200 \(400\); nothing was stored:\n- secret values must be string literals at values\.lambdaLabs\.apiKey\["fn::secret"\], line 12:7: LAMBDA_LABS_API_KEY; a secret written as plaintext may not hold `\$\{`/,
    requests: ['decrypt', 'read', 'patch'],
    revisions: 0,
  },
  {
    name: '401: a wrong token, never retried',
    inputs: { 'pulumi-access-token': 'pul-wrong-0001' },
    exit: 1,
    says: /refused the access token .*\(401\).* It came from the pulumi-access-token input/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: '403: a token that may not write',
    arrange: (emu) => emu.addToken('pul-open-only-0001', { login: 'reader', permissions: { '*': 'open' } }),
    inputs: { 'pulumi-access-token': 'pul-open-only-0001' },
    exit: 1,
    says: /\(403\): it needs the write permission on lynn-sophia\/lambda\/h200/,
    requests: ['decrypt', 'read', 'patch'],
    revisions: 0,
  },
  {
    name: '404: a token that cannot see the organisation',
    arrange: (emu) =>
      emu.addToken('pul-elsewhere-0001', { login: 'stranger', permissions: { 'other-org/*': 'write' } }),
    inputs: { 'pulumi-access-token': 'pul-elsewhere-0001' },
    exit: 1,
    says: /was not found while creating it \(404\): organization "lynn-sophia", project "lambda", environment "h200"\. A token without access to it gets 404 too/,
    requests: ['decrypt', 'create'],
    revisions: 0,
  },
];

// A config entry that takes any value at all, for values no rule would let through.
const HOSTILE_CONFIG = {
  '.github/lambda-h200-sync.yml': 'secrets:\n  HOSTILE_VALUE:\n    path: hostile.value\n    rule: any\n',
};
const hostileValue = (name: string, value: string): Scenario => ({
  name: `value: ${name}`,
  env: { HOSTILE_VALUE: value },
  files: HOSTILE_CONFIG,
  exit: 0,
  revisions: 1,
  holds: { 'hostile.value': value },
});

const answerDecryptWith = (body: string) => (emu: Emulator) => {
  emu.intercept((_req, ctx) => {
    if (ctx.route !== 'decrypt') return false;
    ctx.res
      .writeHead(200, { ETag: 'odd-etag', 'Pulumi-ESC-Revision': '7', 'Content-Type': 'application/x-yaml' })
      .end(body);
    return true;
  });
};

const HOSTILE: Scenario[] = [
  ...[
    ['a', /must be org\/project\/env .* it has 1 part/],
    ['a//b', /the project name is empty/],
    ['a/b/c/d', /it has 4 parts/],
    ['../x', /the organization name "\.\." is reserved by ESC/],
    ['my org/h200', /the organization name "my org" may hold only letters/],
    ['a/b/open', /the environment name "open" is reserved by ESC/],
  ].map(([environment, says]): Scenario => ({
    name: `environment name ${JSON.stringify(environment)}`,
    inputs: { environment: environment as string },
    exit: 1,
    says: says as RegExp,
    requests: [],
    revisions: 0,
  })),
  {
    name: 'environment name empty, no config file',
    inputs: { environment: '' },
    exit: 1,
    says: /No ESC environment to sync into/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'environment org/env means project default',
    inputs: { environment: 'lynn-sophia/h200' },
    exit: 0,
    requests: ['decrypt', 'create', 'decrypt', 'patch', 'open', 'read-open'],
  },

  {
    name: 'config: a wrong type',
    files: { '.github/lambda-h200-sync.yml': 'secrets:\n  LAMBDA_LABS_REGION:\n    required: maybe\n' },
    exit: 1,
    says: /Config file .* has 1 error/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'config: an unknown key',
    files: { '.github/lambda-h200-sync.yml': 'secretz: {}\n' },
    exit: 1,
    says: /has 1 error/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'config: bad YAML',
    files: { '.github/lambda-h200-sync.yml': 'secrets: [\n' },
    exit: 1,
    says: /has 1 error/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'config: a 5 MB file',
    files: { '.github/lambda-h200-sync.yml': `# ${'x'.repeat(5 * 1024 * 1024)}\n` },
    exit: 1,
    says: /is over 1 MB; a config file holds at most 1 MB/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'config: a path that is a directory',
    inputs: { config: '.github' },
    files: { '.github/workflows/ci.yml': 'on: push\n' },
    exit: 1,
    says: /Config file \.github is a directory/,
    requests: [],
    revisions: 0,
  },

  {
    name: 'ESC definition that does not parse',
    arrange: answerDecryptWith('values: [unclosed\n'),
    exit: 1,
    says: /does not parse as YAML \(line 2, column 1.*refusing to write/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'ESC definition whose values is a list',
    arrange: answerDecryptWith('values:\n  - a\n  - b\n'),
    exit: 1,
    says: /ESC path values holds a list where a mapping is needed; refusing to write/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'ESC path holding a mapping where a secret string goes',
    arrange: (emu) => emu.seed(ENV, `${EXISTING_ENVIRONMENT}  lambdaLabs:\n    apiKey:\n      rotation: monthly\n`),
    exit: 1,
    says: /ESC path values\.lambdaLabs\.apiKey \(for LAMBDA_LABS_API_KEY\) holds a mapping where a secret string is expected; refusing to write/,
    requests: ['decrypt'],
    revisions: 0,
  },

  hostileValue('48 KB', `${'0123456789abcdef'.repeat(3 * 1024)}`),
  hostileValue(
    'binary-looking text without NUL',
    Array.from({ length: 255 }, (_, i) => String.fromCharCode(i + 1)).join('') + 'ÿþ\u2028\u2029\ufeff-binary-tail',
  ),
  hostileValue('equal to a GITHUB_OUTPUT delimiter', 'ghadelimiter_3f2a9c4e-1b7d-4e8a-9c1f-5d6e7a8b9c0d'),
  hostileValue('YAML of another type: a list', '[1, 2, 3-hostile]'),
  hostileValue('YAML of another type: a mapping', '{hostile: mapping, n: 1}'),
  hostileValue('YAML of another type: null', '~'),
  hostileValue('YAML of another type: a float', '1e3'),
  hostileValue('YAML of another type: an alias', '*anchor-hostile'),
  hostileValue('only whitespace', ' \t \r\n  \n'),
  hostileValue('a very long single line', `long-${'L'.repeat(100_000)}-line`),

  {
    name: 'secrets input: invalid JSON',
    inputs: { secrets: '{"LAMBDA_LABS_API_KEY": "sk-hostile-json-0001", ' },
    exit: 1,
    says: /Input `secrets` is not valid JSON/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'secrets input: a JSON array',
    inputs: { secrets: '["sk-hostile-array-0001"]' },
    exit: 1,
    says: /must be a JSON object of name → value; it is an array/,
    requests: [],
    revisions: 0,
  },
  {
    name: 'secrets input: a value that is not a string',
    inputs: { secrets: '{"LAMBDA_LABS_CLUSTER_SIZE": 3}' },
    exit: 1,
    says: /the value of LAMBDA_LABS_CLUSTER_SIZE is a number; secret values must be strings/,
    requests: [],
    revisions: 0,
  },
];

const SCENARIOS: Scenario[] = [...FAULTS, ...HOSTILE];

describe('faults, concurrent writers and hostile input: nothing lost, nothing leaked, every failure explained', () => {
  sweepScenarios(SCENARIOS);
});
