import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { InstanceTypes, LambdaAnswers } from '../../src/lambda/answers.js';
import { liveOutcomes, type LiveValues } from '../../src/lambda/checks.js';
import { generateKeys } from './keys.js';

let keys: ReturnType<typeof generateKeys>;
beforeAll(() => {
  keys = generateKeys();
});
afterAll(() => keys.remove());

const catalog = (types: Record<string, string[]>): InstanceTypes =>
  Object.fromEntries(
    Object.entries(types).map(([name, regions]) => [
      name,
      { instance_type: { name }, regions_with_capacity_available: regions.map((r) => ({ name: r })) },
    ]),
  );

const CATALOG = catalog({
  gpu_1x_h200: ['us-west-1'],
  gpu_1x_h100_sxm5: ['us-east-1', 'us-west-1'],
  gpu_8x_h200_sxm5: [],
  gpu_1x_gh200: ['us-east-3'],
  gpu_1x_a10: ['us-west-1'],
  gpu_8x_b200_sxm6: ['us-planet-9'],
});

function values(overrides: Partial<LiveValues> = {}): LiveValues {
  return {
    region: 'us-west-1',
    instanceType: 'gpu_1x_h200',
    sshKeyName: 'team-key',
    sshKey: { text: keys.ed25519.privateKey, source: 'LAMBDA_LABS_SSH_PRIVATE_KEY' },
    fileSystem: 'team-fs',
    mount: '/mnt/shared',
    ...overrides,
  };
}

function answers(overrides: Partial<Exclude<LambdaAnswers, { refused: object }>> = {}): LambdaAnswers {
  return {
    instanceTypes: { ok: true, data: CATALOG },
    sshKeys: { ok: true, data: [{ name: 'team-key', public_key: keys.ed25519.publicKey }] },
    fileSystems: {
      ok: true,
      data: [{ id: 'fs-0001', name: 'team-fs', mount_point: '/mnt/shared', region: { name: 'us-west-1' } }],
    },
    ...overrides,
  };
}

const context = {
  pathOf: (secret: string) => `lambdaLabs.${secret}`,
  quotable: (text: string) => !text.includes('secret-fs-name'),
};

/** check → severity (or 'pass') for each outcome. */
const verdicts = (outcomes: ReturnType<typeof liveOutcomes>) =>
  Object.fromEntries(outcomes.map((o) => [o.check, o.finding?.severity ?? 'pass']));
const messageOf = (outcomes: ReturnType<typeof liveOutcomes>, check: string) =>
  outcomes.find((o) => o.check === check)?.finding?.message ?? '';

const ALL_PASS = {
  'lambda-auth': 'pass',
  'lambda-region': 'pass',
  'lambda-instance-type': 'pass',
  'lambda-capacity': 'pass',
  'lambda-ssh-key': 'pass',
  'lambda-file-system': 'pass',
};

describe('liveOutcomes', () => {
  test('all good: six checks, all passed, findings carry secret and path', () => {
    expect(verdicts(liveOutcomes(values(), answers(), context))).toEqual(ALL_PASS);
  });

  test.each<[string, () => [Partial<LiveValues>, Parameters<typeof answers>[0]], Record<string, string>, RegExp]>([
    [
      'a region not in the spec nor the catalog',
      () => [{ region: 'us-west-9' }, {}],
      { 'lambda-region': 'error', 'lambda-capacity': 'not run' },
      /not a region Lambda Cloud knows.*closest: us-west-2, us-west-1, us-west-3/,
    ],
    [
      'a region only the live catalog names',
      () => [{ region: 'us-planet-9', instanceType: 'gpu_8x_b200_sxm6' }, {}],
      { 'lambda-file-system': 'error' },
      /./,
    ],
    [
      'an instance type not in the catalog',
      () => [{ instanceType: 'gpu_2x_h200' }, {}],
      { 'lambda-instance-type': 'error', 'lambda-capacity': 'not run' },
      /not in Lambda Cloud's live catalog \(6 instance types\); closest: gpu_1x_h200, gpu_1x_gh200, gpu_1x_a10/,
    ],
    [
      'a type without capacity in the region',
      () => [{ instanceType: 'gpu_8x_h200_sxm5' }, {}],
      { 'lambda-capacity': 'warning' },
      /no capacity .* \(regions with capacity: none\)/,
    ],
    [
      'an SSH key name not registered',
      () => [{ sshKeyName: 'team-kee' }, {}],
      { 'lambda-ssh-key': 'error' },
      /No SSH key is registered .* closest: team-key/,
    ],
    [
      'a registered key of another pair',
      () => [{}, { sshKeys: { ok: true, data: [{ name: 'team-key', public_key: keys.other.publicKey }] } }],
      { 'lambda-ssh-key': 'error' },
      /\(ED25519 SHA256:\S+\) is not the public half of LAMBDA_LABS_SSH_PRIVATE_KEY \(ED25519 SHA256:\S+\)/,
    ],
    [
      'a passphrase-protected ed25519 key that matches',
      () => [
        { sshKey: { text: keys['ed25519-passphrase'].privateKey, source: 'LAMBDA_LABS_SSH_PRIVATE_KEY' } },
        { sshKeys: { ok: true, data: [{ name: 'team-key', public_key: keys['ed25519-passphrase'].publicKey }] } },
      ],
      {},
      /^$/,
    ],
    [
      'an RSA PEM key that matches',
      () => [
        { sshKey: { text: keys['rsa-pem'].privateKey, source: 'LAMBDA_LABS_SSH_PRIVATE_KEY' } },
        { sshKeys: { ok: true, data: [{ name: 'team-key', public_key: keys['rsa-pem'].publicKey }] } },
      ],
      {},
      /^$/,
    ],
    [
      'a passphrase-protected PEM key',
      () => [{ sshKey: { text: keys['rsa-pem-passphrase'].privateKey, source: 'LAMBDA_LABS_SSH_PRIVATE_KEY' } }, {}],
      { 'lambda-ssh-key': 'notice' },
      /passphrase-protected PEM key.* not compared/,
    ],
    [
      'a key that matches only after normalising CRLF',
      () => [
        { sshKey: { text: keys.ed25519.privateKey.replace(/\n/g, '\r\n'), source: 'LAMBDA_LABS_SSH_PRIVATE_KEY' } },
        {},
      ],
      { 'lambda-ssh-key': 'notice' },
      /matches .* only after normalising/,
    ],
    [
      'a registered key that is not a public key',
      () => [{}, { sshKeys: { ok: true, data: [{ name: 'team-key', public_key: 'garbage' }] } }],
      { 'lambda-ssh-key': 'error' },
      /not an OpenSSH public key this check can read/,
    ],
    [
      'no file system of that id or name',
      () => [{ fileSystem: 'team-fs2' }, {}],
      { 'lambda-file-system': 'error' },
      /No Lambda Cloud file system .* closest names: team-fs\)/,
    ],
    [
      'a file system found by id, in another region',
      () => [
        { fileSystem: 'fs-0001' },
        {
          fileSystems: {
            ok: true,
            data: [{ id: 'fs-0001', name: 'team-fs', mount_point: '/mnt/shared', region: { name: 'us-east-1' } }],
          },
        },
      ],
      { 'lambda-file-system': 'error' },
      /is in us-east-1, not in LAMBDA_LABS_REGION/,
    ],
    [
      'a mount point that differs, named after the file system (a value): not quoted',
      () => [
        { fileSystem: 'secret-fs-name' },
        {
          fileSystems: {
            ok: true,
            data: [
              {
                id: 'x',
                name: 'secret-fs-name',
                mount_point: '/lambda/nfs/secret-fs-name',
                region: { name: 'us-west-1' },
              },
            ],
          },
        },
      ],
      { 'lambda-file-system': 'notice' },
      /mounts the file system in LAMBDA_LABS_SHARED_FS_ID at a path that holds one of the values, not at LAMBDA_LABS_SHARED_FS_MOUNT/,
    ],
    [
      'a mount point that differs and holds no value: quoted',
      () => [
        {},
        {
          fileSystems: {
            ok: true,
            data: [{ id: 'x', name: 'team-fs', mount_point: '/home/ubuntu/data', region: { name: 'us-west-1' } }],
          },
        },
      ],
      { 'lambda-file-system': 'notice' },
      /at \/home\/ubuntu\/data, not at/,
    ],
  ])('%s', (_, make, changed, message) => {
    const [v, a] = make();
    const outcomes = liveOutcomes(values(v), answers(a), context);
    const expected = Object.entries({ ...ALL_PASS, ...changed }).filter(([, verdict]) => verdict !== 'not run');
    expect(verdicts(outcomes)).toEqual(Object.fromEntries(expected));
    const [check] = Object.keys(changed);
    if (check) expect(messageOf(outcomes, check)).toMatch(message);
    for (const o of outcomes)
      if (o.finding) expect(o.finding).toMatchObject({ secret: o.subject, path: `lambdaLabs.${o.subject}` });
  });

  test.each([
    [401, 'global/invalid-api-key', /refused LAMBDA_LABS_API_KEY \(401 global\/invalid-api-key\): the key is wrong/],
    [403, 'global/account-inactive', /\(403 global\/account-inactive\): the Lambda Cloud account is not active/],
    [401, undefined, /\(401, no error code\): check the key/],
  ])('a refused key (%i %s): lambda-auth fails, nothing else runs or counts', (status, code, message) => {
    const outcomes = liveOutcomes(values(), { refused: { status, ...(code ? { code } : {}) } }, context);
    expect(verdicts(outcomes)).toEqual({ 'lambda-auth': 'error' });
    expect(messageOf(outcomes, 'lambda-auth')).toMatch(message);
  });

  test('routes that failed: each check that needs one is an error saying it could not run', () => {
    const down = { ok: false as const, why: 'cloud.lambda.ai answered GET /x with 503 (gave up after 5 tries).' };
    const outcomes = liveOutcomes(values(), answers({ sshKeys: down, fileSystems: down }), context);
    expect(verdicts(outcomes)).toEqual({ ...ALL_PASS, 'lambda-ssh-key': 'error', 'lambda-file-system': 'error' });
    expect(messageOf(outcomes, 'lambda-ssh-key')).toMatch(
      /^Could not check the SSH key .*503.* did not run, so it counts as failed/,
    );

    const none = liveOutcomes(values(), answers({ instanceTypes: down, sshKeys: down, fileSystems: down }), context);
    expect(verdicts(none)).toEqual({
      'lambda-auth': 'error',
      'lambda-region': 'pass',
      'lambda-instance-type': 'error',
      'lambda-capacity': 'error',
      'lambda-ssh-key': 'error',
      'lambda-file-system': 'error',
    });
  });

  test('absent values are not checked and not counted', () => {
    expect(verdicts(liveOutcomes({}, answers(), context))).toEqual({ 'lambda-auth': 'pass' });
  });

  test('Lambda names that would run as workflow commands are neutralised; at most three are named', () => {
    const outcomes = liveOutcomes(
      values({ sshKeyName: 'absent' }),
      answers({
        sshKeys: {
          ok: true,
          data: ['a\n::error::x', 'b', 'c', 'd'].map((name) => ({ name, public_key: keys.other.publicKey })),
        },
      }),
      context,
    );
    const message = messageOf(outcomes, 'lambda-ssh-key');
    expect(message).not.toMatch(/\n|(^|\s)::error/);
    expect(message.match(/closest: (.*)\)/)?.[1].split(', ')).toHaveLength(3);
  });
});
