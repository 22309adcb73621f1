import type { Intake } from '../../src/intake.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';
import { findingsOf, scoreOf } from '../../src/findings.js';
import { validate } from '../../src/validate/checks.js';
import { exampleProfile } from '../fixtures/example-config.js';
import { H200_SECRETS } from '../fixtures/h200.js';

const intake = (over: Record<string, string | undefined> = {}, source: Intake['source'] = 'env'): Intake => {
  const values = new Map(
    Object.entries({ ...H200_SECRETS, ...over }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return { values, source };
};

describe('validate', () => {
  it.each([
    // 10 required + 10 rules + 3 legacy names, and with the example config 8 expected values.
    ['the built-in profile', lambdaH200Profile, 23],
    ['the example config', exampleProfile(), 31],
  ])('passes every check of the ten valid values with %s', (_name, profile, checks) => {
    const outcomes = validate(profile, intake());
    expect(outcomes).toHaveLength(checks);
    expect(findingsOf(outcomes)).toEqual([]);
    expect(scoreOf(outcomes)).toBe(100);
  });

  it("holds no team's expectations: another team's valid values pass the built-in profile untouched", () => {
    const otherTeam = {
      LAMBDA_LABS_SSH_KEY_NAME: 'acme-deploy',
      LAMBDA_LABS_REGION: 'us-east-1',
      LAMBDA_LABS_INSTANCE_TYPE: 'gpu_8x_h200',
      LAMBDA_LABS_CLUSTER_SIZE: '8',
      LAMBDA_LABS_MAX_CLUSTER_SIZE: '64',
      LAMBDA_LABS_SHARED_FS_ID: 'acme-fs',
      LAMBDA_LABS_SHARED_FS_MOUNT: '/data',
      LAMBDA_LABS_ASG_NAME: 'acme-asg',
    };
    expect(lambdaH200Profile.entries.filter((e) => e.expected !== undefined)).toEqual([]);
    expect(findingsOf(validate(lambdaH200Profile, intake(otherTeam)))).toEqual([]);
    expect(findingsOf(validate(exampleProfile(), intake(otherTeam))).map((f) => f.check)).toEqual(
      Array(8).fill('expected'),
    );
  });

  it.each([
    [
      'absent from the env',
      { LAMBDA_LABS_REGION: undefined },
      'env',
      /LAMBDA_LABS_REGION is missing: it should come from the step's env \(LAMBDA_LABS_REGION: \$\{\{ secrets.LAMBDA_LABS_REGION \}\}\)/,
    ],
    [
      'absent from the secrets input',
      { LAMBDA_LABS_REGION: undefined },
      'secrets',
      /LAMBDA_LABS_REGION is missing: it should come from the `secrets` input/,
    ],
    ['empty', { LAMBDA_LABS_REGION: '' }, 'env', /LAMBDA_LABS_REGION is empty: the GitHub secret is probably not set/],
  ] as const)('a required secret %s is one error, and its other checks do not run', (_name, over, source, message) => {
    const outcomes = validate(lambdaH200Profile, intake(over, source));
    expect(findingsOf(outcomes)).toEqual([
      expect.objectContaining({
        check: 'required',
        severity: 'error',
        secret: 'LAMBDA_LABS_REGION',
        path: 'lambdaLabs.region',
        message: expect.stringMatching(message),
      }),
    ]);
    expect(outcomes.filter((o) => o.subject === 'LAMBDA_LABS_REGION')).toHaveLength(1);
  });

  it('checks cluster size against the max only when both are whole numbers', () => {
    expect(findingsOf(validate(lambdaH200Profile, intake({ LAMBDA_LABS_CLUSTER_SIZE: '17' })))).toEqual([
      expect.objectContaining({
        check: 'rule',
        secret: 'LAMBDA_LABS_CLUSTER_SIZE',
        message: expect.stringMatching(/larger than LAMBDA_LABS_MAX_CLUSTER_SIZE/),
      }),
    ]);
    expect(findingsOf(validate(exampleProfile(), intake({ LAMBDA_LABS_CLUSTER_SIZE: '16' })))).toEqual([
      expect.objectContaining({ check: 'expected' }),
    ]);
    expect(
      findingsOf(validate(lambdaH200Profile, intake({ LAMBDA_LABS_MAX_CLUSTER_SIZE: 'lots' }))).map((f) => f.secret),
    ).toEqual(['LAMBDA_LABS_MAX_CLUSTER_SIZE']);
  });

  it('says what was expected for a changed value, never the value itself', () => {
    const [finding] = findingsOf(validate(exampleProfile(), intake({ LAMBDA_LABS_REGION: 'us-south-3' })));
    expect(finding).toMatchObject({ check: 'expected', severity: 'warning' });
    expect(finding.message).toContain('"us-west-1"');
    expect(finding.message).not.toContain('us-south-3');
  });

  it('warns about each legacy name given, including one given empty', () => {
    const findings = findingsOf(validate(lambdaH200Profile, intake({ LAMBDA_API_KEY: 'x', LAMBDA_IP_ADDRESS: '' })));
    expect(findings.map((f) => [f.check, f.severity, f.secret])).toEqual([
      ['legacy', 'warning', 'LAMBDA_API_KEY'],
      ['legacy', 'warning', 'LAMBDA_IP_ADDRESS'],
    ]);
  });

  it('does not check an optional secret that is absent', () => {
    const profile = {
      ...lambdaH200Profile,
      entries: lambdaH200Profile.entries.map((e) => ({ ...e, required: e.secret !== 'LAMBDA_LABS_ASG_NAME' })),
    };
    expect(findingsOf(validate(profile, intake({ LAMBDA_LABS_ASG_NAME: undefined })))).toEqual([]);
  });
});
