import { parseConfig } from '../../src/config/parse.js';
import { resolveProfile } from '../../src/config/resolve.js';

const FILE = '.github/lambda-h200-sync.yml';
const parse = (text: string) => ({ ...parseConfig({ file: FILE, text }), file: FILE });

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
    ...['imports', 'context', 'environments'].map((key): [string, string, string, RegExp] => [
      `a path starting with ${key}, which ESC reserves under values`,
      `secrets:\n  DD_KEY:\n    path: ${key}.x\n`,
      '3:5',
      new RegExp(`path ${key}\\.x starts with "${key}", a key ESC reserves under values .*refuses the write`),
    ]),
    [
      'a profile entry moved under context',
      'secrets:\n  LAMBDA_LABS_REGION:\n    path: context.region\n',
      '3:5',
      /secrets\.LAMBDA_LABS_REGION\.path context\.region starts with "context"/,
    ],
    [
      'a name GitHub cannot store',
      'secrets:\n  GITHUB_APP_KEY:\n    path: app.key\n',
      '2:3',
      /secret name "GITHUB_APP_KEY" may not start with GITHUB_/,
    ],
    [
      'a path under another secret (whose value is one fn::secret)',
      'secrets:\n  DD_KEY:\n    path: lambdaLabs.apiKey.inner\n',
      '3:5',
      /secrets\.DD_KEY\.path lambdaLabs\.apiKey\.inner lies under lambdaLabs\.apiKey, the path of LAMBDA_LABS_API_KEY/,
    ],
    [
      'a path above another secret',
      'profile: none\nsecrets:\n  A_KEY:\n    path: a.b.c\n  B_KEY:\n    path: a.b\n',
      '4:5',
      /secrets\.A_KEY\.path a\.b\.c lies under a\.b, the path of B_KEY/,
    ],
    [
      'two secrets exporting one environmentVariables name',
      'secrets:\n  DD_KEY:\n    path: dd.key\n    env: LAMBDA_LABS_REGION\n',
      '4:5',
      /secrets\.DD_KEY exports environmentVariables\.LAMBDA_LABS_REGION, as LAMBDA_LABS_REGION does/,
    ],
    [
      'a managed name made legacy',
      'legacy:\n  lambda_labs_region: null\n',
      '2:3',
      /LAMBDA_LABS_REGION is both a secret to sync \(secrets\.LAMBDA_LABS_REGION\) and a legacy name \(legacy\.lambda_labs_region\)/,
    ],
    [
      'a legacy name made managed',
      'secrets:\n  LAMBDA_API_KEY:\n    path: old.key\n',
      '3:5',
      /LAMBDA_API_KEY is both a secret to sync \(secrets\.LAMBDA_API_KEY\) and a legacy name \(legacy\.LAMBDA_API_KEY\)/,
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
