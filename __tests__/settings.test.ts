import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readSettings, type InputReader } from '../src/settings.js';

const reader =
  (inputs: Record<string, string>): InputReader =>
  (name, options) => {
    const value = inputs[name] ?? '';
    return options?.trimWhitespace === false ? value : value.trim();
  };
const base = { environment: 'acme/lambda/h200' };

describe('readSettings', () => {
  it('applies the documented defaults to empty inputs', () => {
    const s = readSettings(reader(base), {});
    expect(s).toMatchObject({
      mode: 'sync',
      environment: 'acme/lambda/h200',
      cloudUrl: 'https://api.pulumi.com',
      oidc: { requestedTokenType: 'organization' },
      configPath: '.github/lambda-h200-sync.yml',
      configPathIsDefault: true,
      profile: 'lambda-h200',
      createEnvironment: true,
      pruneLegacy: false,
      verify: true,
      failOn: 'error',
      workflows: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
      timeoutSeconds: 120,
      checkLambda: false,
      lambdaApiUrl: 'https://cloud.lambda.ai/api/v1',
    });
    expect(s.sarifFile).toBeUndefined();
    expect(s.accessToken).toBeUndefined();
    expect(s.secretsJson).toBeUndefined();
  });

  it.each([
    [
      'the input',
      { 'pulumi-access-token': 'pul-in' },
      { PULUMI_ACCESS_TOKEN: 'pul-env' },
      { value: 'pul-in', source: 'input' },
    ],
    ['PULUMI_ACCESS_TOKEN', {}, { PULUMI_ACCESS_TOKEN: 'pul-env' }, { value: 'pul-env', source: 'env' }],
    ['nowhere (OIDC)', {}, {}, undefined],
  ])('takes the token from %s', (_name, inputs, env, expected) => {
    expect(readSettings(reader({ ...base, ...inputs }), env).accessToken).toEqual(expected);
  });

  it.each([
    [
      'keeps port and path prefix',
      { 'cloud-url': 'http://127.0.0.1:8080/pulumi/' },
      {},
      'http://127.0.0.1:8080/pulumi',
    ],
    [
      'falls back to PULUMI_BACKEND_URL',
      {},
      { PULUMI_BACKEND_URL: 'https://pulumi.example.com:9443/api-root' },
      'https://pulumi.example.com:9443/api-root',
    ],
    [
      'prefers the input to the env',
      { 'cloud-url': 'https://a.example' },
      { PULUMI_BACKEND_URL: 'https://b.example' },
      'https://a.example',
    ],
  ])('cloud-url %s', (_name, inputs, env, expected) => {
    expect(readSettings(reader({ ...base, ...inputs }), env).cloudUrl).toBe(expected);
  });

  it.each([
    ['organization', 'organization'],
    ['team', 'team'],
    ['urn:pulumi:token-type:access_token:organization', 'organization'],
    ['urn:pulumi:token-type:access_token:team', 'team'],
    ['urn:pulumi:token-type:access_token:personal', 'personal'],
  ])('takes oidc-requested-token-type %s as pulumi/auth-actions does', (given, type) => {
    expect(readSettings(reader({ ...base, 'oidc-requested-token-type': given }), {}).oidc.requestedTokenType).toBe(
      type,
    );
  });

  it.each(['lambda-h200', 'none'])('takes profile %s', (profile) => {
    expect(readSettings(reader({ ...base, profile }), {}).profile).toBe(profile);
  });

  it('reads workflow globs one per line', () => {
    expect(
      readSettings(reader({ mode: 'audit', workflows: 'ci/*.yml\n\n  .github/**/*.yaml  \n' }), {}).workflows,
    ).toEqual(['ci/*.yml', '.github/**/*.yaml']);
  });

  it('keeps the secrets input untrimmed', () => {
    expect(readSettings(reader({ ...base, secrets: ' {"A":" x "} \n' }), {}).secretsJson).toBe(' {"A":" x "} \n');
  });

  it('keeps the port and path of lambda-api-url, without a trailing slash', () => {
    expect(readSettings(reader({ ...base, 'lambda-api-url': 'http://127.0.0.1:9/api/v1/' }), {}).lambdaApiUrl).toBe(
      'http://127.0.0.1:9/api/v1',
    );
  });

  it.each([
    ['mode unknown', { ...base, mode: 'push' }, {}, /Input `mode` must be one of sync, plan, audit; got "push"/],
    ['fail-on unknown', { ...base, 'fail-on': 'errors' }, {}, /Input `fail-on` must be one of error, warning, never/],
    ['boolean misspelt', { ...base, verify: 'yes' }, {}, /Input `verify` must be true or false; got "yes"/],
    ['timeout not a number', { ...base, timeout: '2m' }, {}, /Input `timeout` must be a whole number of seconds/],
    ['timeout zero', { ...base, timeout: '0' }, {}, /Input `timeout` must be a whole number of seconds/],
    ['cloud-url not a URL', { ...base, 'cloud-url': 'api.pulumi.com' }, {}, /input `cloud-url` is not a URL/],
    [
      'lambda-api-url not a URL',
      { ...base, 'lambda-api-url': 'cloud.lambda.ai/api/v1' },
      {},
      /input `lambda-api-url` is not a URL; expected the Lambda Cloud API base, e.g. https:\/\/cloud.lambda.ai\/api\/v1/,
    ],
    [
      'lambda-api-url not http',
      { ...base, 'lambda-api-url': 'ftp://cloud.lambda.ai' },
      {},
      /lambda-api-url` uses ftp:\/\//,
    ],
    [
      'backend URL for state, not cloud',
      base,
      { PULUMI_BACKEND_URL: 's3://bucket' },
      /PULUMI_BACKEND_URL uses s3:\/\//,
    ],
    [
      'token type unknown',
      { ...base, 'oidc-requested-token-type': 'org' },
      {},
      /Input `oidc-requested-token-type` must be one of organization, team, personal, or the same as a URN \(urn:pulumi:token-type:access_token:organization\); got "org"/,
    ],
    [
      'token type URN of an unknown type',
      { ...base, 'oidc-requested-token-type': 'urn:pulumi:token-type:access_token:admin' },
      {},
      /oidc-requested-token-type.*got "urn:pulumi:token-type:access_token:admin"/,
    ],
    [
      'cloud-url with user:pass@, never printing them',
      { ...base, 'cloud-url': 'https://ci-bot:hunter2-secret@api.pulumi.com' },
      {},
      /^input `cloud-url` holds a user name or password before the host \(user:pass@…\); Pulumi Cloud does not take them there\.((?!hunter2|ci-bot).)*$/,
    ],
    [
      'PULUMI_BACKEND_URL with a password only',
      base,
      { PULUMI_BACKEND_URL: 'https://:hunter2-secret@pulumi.example.com' },
      /^PULUMI_BACKEND_URL holds a user name or password((?!hunter2).)*$/,
    ],
    ...['../../**/*.yml', '/etc/**', '!../x/*.yml', '.github/../../*.yml', 'C:\\repo\\*.yml'].map(
      (glob): [string, Record<string, string>, Record<string, string>, RegExp] => [
        `workflows glob ${glob}`,
        { ...base, workflows: `.github/workflows/*.yml\n${glob}` },
        {},
        /Input `workflows`: ".*" reaches outside the workspace/,
      ],
    ),
    ...['../audit.sarif', '/tmp/elsewhere/audit.sarif', 'out/../../audit.sarif'].map(
      (file): [string, Record<string, string>, Record<string, string>, RegExp] => [
        `sarif-file ${file}`,
        { ...base, 'sarif-file': file },
        { GITHUB_WORKSPACE: '/home/runner/work/infra/infra', RUNNER_TEMP: '/home/runner/work/_temp' },
        /Input `sarif-file`: ".*" is outside the workspace/,
      ],
    ),
    [
      'profile unknown',
      { ...base, profile: 'lambda-h100' },
      {},
      /Input `profile` must be one of lambda-h200, none; got "lambda-h100"/,
    ],
  ])('rejects %s with a message that names it', (_name, inputs, env, message) => {
    expect(() => readSettings(reader(inputs), env)).toThrow(message);
  });

  it.each([
    ['inside the workspace', 'reports/audit.sarif'],
    ['under runner.temp', '/home/runner/work/_temp/audit.sarif'],
  ])('takes a sarif-file %s', (_name, file) => {
    const env = { GITHUB_WORKSPACE: '/home/runner/work/infra/infra', RUNNER_TEMP: '/home/runner/work/_temp' };
    expect(readSettings(reader({ ...base, 'sarif-file': file }), env).sarifFile).toBe(file);
  });

  it('takes negated workflow globs inside the workspace', () => {
    const workflows = '.github/workflows/**/*.yml\n!.github/workflows/old/*.yml';
    expect(readSettings(reader({ ...base, workflows }), {}).workflows).toEqual([
      '.github/workflows/**/*.yml',
      '!.github/workflows/old/*.yml',
    ]);
  });
});

describe('the inputs of action.yml', () => {
  /**
   * Inputs declared but read elsewhere, or not yet: each entry says where. Take a name off when
   * readSettings reads it; the test below fails when an entry is read or a new input is not.
   */
  const NOT_READ_BY_SETTINGS: Record<string, string> = {};

  it('are each read by readSettings, but for the explicit allow-list', () => {
    const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs);
    const read = new Set<string>();
    readSettings((name) => {
      read.add(name);
      return name === 'environment' ? 'acme/lambda/h200' : '';
    }, {});
    expect(declared.filter((name) => !read.has(name))).toEqual(Object.keys(NOT_READ_BY_SETTINGS));
    expect([...read].filter((name) => !declared.includes(name))).toEqual([]);
  });
});
