import { parseConfig } from '../../src/config/parse.js';
import { resolveProfile } from '../../src/config/resolve.js';
import { closest } from '../../src/util/closest.js';

const FILE = '.github/lambda-h200-sync.yml';
const parse = (text: string) => ({ ...parseConfig({ file: FILE, text }), file: FILE });
const positions = (text: string) => parse(text).findings.map((f) => `${f.line}:${f.column} ${f.message}`);

describe('parseConfig', () => {
  it('accepts a full config', () => {
    const { config, findings } = parse(
      'environment: acme/lambda/h200\nprofile: lambda-h200\nsecrets:\n  LAMBDA_LABS_REGION:\n    expected: us-east-1\n  DATADOG_API_KEY:\n    path: datadog.apiKey\n    rule: api-key\n    required: false\n  LAMBDA_LABS_SHARED_FS_ID:\n    expected: null\nlegacy:\n  OLD_TOKEN: DATADOG_API_KEY\n  GONE: null\n',
    );
    expect(findings).toEqual([]);
    expect(config?.secrets?.LAMBDA_LABS_SHARED_FS_ID).toEqual({ expected: null });
  });

  it.each([
    ['a typo at the top', 'enviroment: acme/h200\n', ['1:1 unknown key "enviroment"; did you mean "environment"?']],
    [
      'a typo in an entry',
      'secrets:\n  LAMBDA_LABS_REGION:\n    expectd: us-east-1\n',
      ['3:5 unknown key "expectd" in secrets.LAMBDA_LABS_REGION; did you mean "expected"?'],
    ],
    [
      'an unguessable key',
      'colour: blue\n',
      ['1:1 unknown key "colour"; allowed: environment, profile, secrets, legacy'],
    ],
    [
      'a number where a string goes',
      'secrets:\n  LAMBDA_LABS_CLUSTER_SIZE:\n    expected: 4\n',
      ['3:15 secrets.LAMBDA_LABS_CLUSTER_SIZE.expected must be a string (write it in quotes: "4"); it is a number'],
    ],
    [
      'a list where a mapping goes',
      'secrets:\n  - LAMBDA_LABS_REGION\n',
      ['2:3 secrets must be a mapping; it is a list'],
    ],
    [
      'a rule that does not exist',
      'secrets:\n  X_KEY:\n    path: x.key\n    rule: api_key\n',
      [expect.stringMatching(/^4:11 secrets.X_KEY.rule must be one of .*; did you mean "api-key"\?$/)],
    ],
    [
      'a bad path',
      'secrets:\n  X_KEY:\n    path: x..key\n',
      ['3:11 secrets.X_KEY.path must be a dot-separated path of keys under values, such as lambdaLabs.apiKey'],
    ],
    [
      'bad YAML',
      'secrets:\n  LAMBDA_LABS_REGION: {expected: us-east-1\n',
      [expect.stringMatching(/^3:1 not valid YAML: /)],
    ],
    ['a tab-indented line', 'secrets:\n\tLAMBDA_LABS_REGION: {}\n', [expect.stringMatching(/^2:1 not valid YAML: /)]],
    [
      'two problems at once',
      'profile: lambda\nlegacy:\n  OLD: 3\n',
      [
        expect.stringMatching(/^1:10 profile must be one of lambda-h200, none/),
        expect.stringMatching(/^3:8 legacy.OLD must be a string/),
      ],
    ],
  ])('reports %s at its line and column', (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('resolveProfile', () => {
  it('overrides, adds, and drops an expectation', () => {
    const { profile, findings } = resolveProfile(
      'lambda-h200',
      parse(
        'secrets:\n  lambda_labs_region:\n    expected: us-east-1\n  LAMBDA_LABS_SHARED_FS_ID:\n    expected: null\n  DATADOG_API_KEY:\n    path: datadog.apiKey\n    required: false\nlegacy:\n  OLD_DD_KEY: DATADOG_API_KEY\n',
      ),
    );
    expect(findings).toEqual([]);
    expect(profile.entries.find((e) => e.secret === 'LAMBDA_LABS_REGION')?.expected).toBe('us-east-1');
    expect(profile.entries.find((e) => e.secret === 'LAMBDA_LABS_SHARED_FS_ID')).not.toHaveProperty('expected');
    expect(profile.entries.at(-1)).toEqual({
      secret: 'DATADOG_API_KEY',
      path: 'datadog.apiKey',
      env: 'DATADOG_API_KEY',
      required: false,
      rule: 'non-empty',
    });
    expect(profile.legacy).toMatchObject({ LAMBDA_API_KEY: 'LAMBDA_LABS_API_KEY', OLD_DD_KEY: 'DATADOG_API_KEY' });
  });

  it('starts from the config file profile when the input is left at its default', () => {
    expect(resolveProfile('lambda-h200', parse('profile: none\n')).profile.entries).toEqual([]);
    expect(resolveProfile('none', undefined).profile.entries).toEqual([]);
  });

  it.each([
    [
      'a new secret without a path',
      'secrets:\n  DATADOG_API_KEY:\n    rule: api-key\n',
      '2:3',
      /not in the lambda-h200 profile, so it needs a path .* path: myService.datadogApiKey/,
    ],
    [
      'two secrets on one path',
      'secrets:\n  DD_KEY:\n    path: lambdaLabs.apiKey\n',
      '3:5',
      /lambdaLabs.apiKey is already the path of LAMBDA_LABS_API_KEY/,
    ],
    [
      'a path under environmentVariables',
      'secrets:\n  DD_KEY:\n    path: environmentVariables.DD\n',
      '3:5',
      /may not be under environmentVariables/,
    ],
    [
      'a name GitHub cannot store',
      'secrets:\n  GITHUB_APP_KEY:\n    path: app.key\n',
      '2:3',
      /secret name "GITHUB_APP_KEY" may not start with GITHUB_/,
    ],
    [
      'a legacy name GitHub cannot store',
      'legacy:\n  OLD-KEY: null\n',
      '2:3',
      /secret name "OLD-KEY" may hold only letters, digits and underscores/,
    ],
  ])('reports %s at file:line:column', (_name, text, at, message) => {
    const { findings } = resolveProfile('lambda-h200', parse(text));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: FILE })]);
    expect(`${findings[0].line}:${findings[0].column}`).toBe(at);
    expect(findings[0].message).toMatch(message);
  });
});

describe('closest', () => {
  it.each([
    ['enviroment', ['environment', 'profile'], 'environment'],
    ['SECRETS', ['secrets', 'legacy'], 'secrets'],
    ['xyz', ['environment', 'profile'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
