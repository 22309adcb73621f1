import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAMBDA_ROUTES, startLambdaEmulator, type LambdaEmulator } from '../../emulator/lambda-server.js';
import { exited, firstLines } from './helpers.js';

let emu: LambdaEmulator;
afterEach(() => emu?.close());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

/** A request to `route` under the emulator's base URL; Bearer with the emulator's key unless told. */
async function get(route: string, options: { method?: string; authorization?: string | null } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const authorization = options.authorization === undefined ? `Bearer ${emu.apiKey}` : options.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const response = await fetch(`${emu.url}/${route}`, { method: options.method ?? 'GET', headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

const basic = (user: string, password = '') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('routes', () => {
  test('the four routes answer {data} in the shapes of the spec', async () => {
    emu = await startLambdaEmulator();
    emu.addSshKey('team-key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOv4 team@example');
    emu.addFileSystem('shared-fs', 'us-west-1');
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);

    const types = (await get('instance-types')).json().data;
    expect(types.gpu_1x_h100_sxm5).toEqual({
      instance_type: {
        name: 'gpu_1x_h100_sxm5',
        description: expect.any(String),
        gpu_description: expect.any(String),
        price_cents_per_hour: expect.any(Number),
        specs: { vcpus: expect.any(Number), memory_gib: expect.any(Number), storage_gib: expect.any(Number), gpus: 1 },
      },
      regions_with_capacity_available: expect.arrayContaining([{ name: 'us-west-1', description: 'California, USA' }]),
    });
    expect((await get('ssh-keys')).json()).toEqual({
      data: [
        {
          id: expect.stringMatching(/^[0-9a-f]{32}$/),
          name: 'team-key',
          public_key: expect.stringMatching(/^ssh-ed25519 /),
        },
      ],
    });
    expect((await get('file-systems')).json().data).toEqual([
      expect.objectContaining({
        name: 'shared-fs',
        mount_point: '/lambda/nfs/shared-fs',
        region: { name: 'us-west-1', description: 'California, USA' },
        is_in_use: false,
      }),
    ]);
    expect((await get('instances')).json()).toEqual({ data: [] });
  });

  test('an unknown path is 404 global/object-does-not-exist', async () => {
    emu = await startLambdaEmulator();
    const answer = await get('instance-types/gpu_1x_h100_sxm5');
    expect(answer.status).toBe(404);
    expect(answer.json().error.code).toBe('global/object-does-not-exist');
  });

  test('a path prefix of choice', async () => {
    emu = await startLambdaEmulator({ pathPrefix: '/lambda/api/v1/' });
    expect(emu.url).toMatch(/\/lambda\/api\/v1$/);
    expect((await get('ssh-keys')).status).toBe(200);
  });
});

describe('auth', () => {
  test.each([
    ['Bearer', () => `Bearer ${emu.apiKey}`, 200],
    ['bearer, lower case', () => `bearer ${emu.apiKey}`, 200],
    ['Basic with the key as user name, empty password', () => basic(emu.apiKey), 200],
    ['no Authorization header', () => null, 401],
    ['an unknown key', () => 'Bearer secret_not-a-key', 401],
    ['Basic with an unknown user', () => basic('someone-else'), 401],
    ['the key with Pulumi’s scheme', () => `token ${emu.apiKey}`, 401],
    ['an empty Bearer', () => 'Bearer ', 401],
  ])('%s → %i', async (_, authorization, status) => {
    emu = await startLambdaEmulator();
    const answer = await get('ssh-keys', { authorization: authorization() });
    expect(answer.status).toBe(status);
    if (status === 401) {
      expect(answer.json()).toEqual({
        error: { code: 'global/invalid-api-key', message: expect.any(String), suggestion: expect.any(String) },
      });
    }
  });

  test('a key of an inactive account is 403 global/account-inactive, on every route', async () => {
    emu = await startLambdaEmulator();
    emu.addApiKey('secret_inactive_0001', { active: false });
    for (const route of LAMBDA_ROUTES) {
      const answer = await get(route, { authorization: 'Bearer secret_inactive_0001' });
      expect([answer.status, answer.json().error.code]).toEqual([403, 'global/account-inactive']);
    }
  });
});

describe('writes are refused', () => {
  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s on every route and elsewhere is 405, changing nothing',
    async (method) => {
      emu = await startLambdaEmulator();
      emu.addSshKey('team-key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOv4');
      for (const route of [...LAMBDA_ROUTES, 'instance-operations/launch', 'ssh-keys/abc']) {
        const answer = await get(route, { method });
        expect(answer.status).toBe(405);
        expect(answer.headers.get('allow')).toBe('GET');
        expect(answer.json().error.code).toBe('global/method-not-allowed');
      }
      expect(emu.sshKeys).toHaveLength(1);
      expect(emu.requests.every((r) => r.method === method && r.status === 405)).toBe(true);
    },
  );
});

describe('request log', () => {
  test('method, path, route, headers (the Authorization too, for leak sweeps), body and status', async () => {
    emu = await startLambdaEmulator();
    await get('ssh-keys?page=1');
    await get('nowhere', { authorization: null });
    expect(emu.requests).toEqual([
      {
        method: 'GET',
        path: '/api/v1/ssh-keys?page=1',
        route: 'ssh-keys',
        headers: expect.objectContaining({ authorization: `Bearer ${emu.apiKey}` }),
        body: '',
        status: 200,
      },
      expect.objectContaining({ path: '/api/v1/nowhere', route: undefined, status: 401 }),
    ]);
    emu.clearRequests();
    expect(emu.requests).toEqual([]);
  });
});

describe('rate limit and faults', () => {
  test('beyond the rate limit: 429, Retry-After, a body that is not the envelope', async () => {
    emu = await startLambdaEmulator({ rateLimitPerSecond: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('ssh-keys')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await get('ssh-keys');
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(() => limited.json()).toThrow();
  });

  test.each([
    [429, 'text/plain', /Too Many Requests/],
    [500, 'application/json', /"code":"global\/unknown"/],
    [502, 'text/html', /502 Bad Gateway[\s\S]*\n::error::/],
    [503, 'text/html', /503 Service Temporarily Unavailable/],
  ] as const)('an injected %i looks like Lambda’s (%s), with Retry-After when asked', async (status, type, body) => {
    emu = await startLambdaEmulator();
    emu.injectFault({
      route: 'file-systems',
      fault: { kind: 'status', status, retryAfter: { seconds: 2, format: 'seconds' } },
    });
    const answer = await get('file-systems');
    expect([answer.status, answer.headers.get('content-type'), answer.headers.get('retry-after')]).toEqual([
      status,
      type,
      '2',
    ]);
    expect(answer.text).toMatch(body);
    expect((await get('file-systems')).status).toBe(200);
    expect(emu.faultsTriggered).toEqual([{ route: 'file-systems', env: undefined, kind: 'status', status }]);
  });

  test('nth and times count requests per route; a reset drops the connection', async () => {
    emu = await startLambdaEmulator();
    emu.injectFault({ route: 'ssh-keys', nth: 2, times: Infinity, fault: { kind: 'status', status: 503 } });
    emu.injectFault({ route: 'instances', fault: { kind: 'reset' } });
    expect((await get('instance-types')).status).toBe(200);
    expect([(await get('ssh-keys')).status, (await get('ssh-keys')).status, (await get('ssh-keys')).status]).toEqual([
      200, 503, 503,
    ]);
    await expect(get('instances')).rejects.toThrow();
  });

  test('a fault route must be one of Lambda’s', async () => {
    emu = await startLambdaEmulator();
    expect(() => emu.injectFault({ route: 'decrypt', fault: { kind: 'status', status: 503 } })).toThrow(
      /must be one of instance-types, ssh-keys, file-systems, instances/,
    );
  });
});

describe('npm run emulator -- --lambda', () => {
  const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
  let child: ChildProcessWithoutNullStreams | undefined;
  let dir = '';
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('starts both emulators, registers keys and file systems, injects faults, stops on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lambda-cli-'));
    writeFileSync(join(dir, 'team.pub'), 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOv4 team@example\n');
    child = spawn(process.execPath, [
      CLI,
      '--lambda',
      '--lambda-ssh-key',
      `team-key=${join(dir, 'team.pub')}`,
      '--lambda-file-system',
      'shared-fs=us-east-1',
      '--lambda-fault',
      'instance-types:503',
    ]);
    const lines = await firstLines(child, 4);
    const url = /^Lambda emulator listening at (http:\/\/127\.0\.0\.1:\d+\/api\/v1)$/.exec(lines[2])?.[1];
    const key = /^lambda api key: (\S+)$/.exec(lines[3])?.[1];
    const headers = { Authorization: `Bearer ${key}` };
    expect((await fetch(`${url}/instance-types`, { headers })).status).toBe(503);
    expect(await (await fetch(`${url}/ssh-keys`, { headers })).json()).toEqual({
      data: [
        expect.objectContaining({
          name: 'team-key',
          public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOv4 team@example',
        }),
      ],
    });
    const fileSystems = (await (await fetch(`${url}/file-systems`, { headers })).json()) as {
      data: { region: { name: string } }[];
    };
    expect(fileSystems.data[0].region.name).toBe('us-east-1');
    const code = exited(child);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });

  test.each([
    [['--lambda', '--lambda-fault', 'decrypt:503'], /--fault "decrypt:503": fault route must be one of instance-types/],
    [['--lambda', '--lambda-file-system', 'no-region'], /--lambda-file-system takes NAME=REGION/],
  ])('%j exits 2 without listening', async (args, message) => {
    child = spawn(process.execPath, [CLI, ...args]);
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    expect(await exited(child)).toBe(2);
    expect(err).toMatch(message);
  });
});
