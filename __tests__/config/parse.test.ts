import { parseConfig } from '../../src/config/parse.js';

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
    ...[
      ['secrets:\n  toString:\n    path: x.y\n', '2:3 secret name "toString"'],
      ['secrets:\n  __proto__:\n    path: x.y\n', '2:3 secret name "__proto__"'],
      ['secrets:\n  X_KEY:\n    path: x.y\n    secret: CONSTRUCTOR\n', '4:13 secret name "CONSTRUCTOR"'],
      ['secrets:\n  X_KEY:\n    path: x.y\n    env: valueOf\n', '4:10 environment variable name "valueOf"'],
      ['secrets:\n  X_KEY:\n    path: x.__proto__.y\n', '3:11 path key "__proto__"'],
      ['legacy:\n  constructor: null\n', '2:3 legacy secret name "constructor"'],
      ['legacy:\n  OLD_KEY: hasOwnProperty\n', '2:12 secret name "hasOwnProperty"'],
    ].map(([text, start]): [string, string, unknown[]] => [
      `a built-in property name: ${start.slice(4)}`,
      text,
      [
        expect.stringMatching(
          new RegExp(
            `^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is the name of a built-in property of JavaScript objects .*choose another name$`,
          ),
        ),
      ],
    ]),
    [
      'an alias bomb, refused with its place',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\n`,
      [expect.stringMatching(/^1:1 cannot be read: Excessive alias count/)],
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
  ] as [string, string, unknown[]][])('reports %s at its line and column', (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});
