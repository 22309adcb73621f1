import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/lambda-server.js';
import { retryPolicy } from '../../src/http/index.js';
import { LambdaClient, LambdaKeyRefused, LambdaUnavailable } from '../../src/lambda/client.js';

let emu: LambdaEmulator;
let other: Server | undefined;
afterEach(async () => {
  await emu?.close();
  if (other) await new Promise((resolve) => other!.close(resolve));
  other = undefined;
});

function client(options: { apiKey?: string; apiUrl?: string; timeoutSeconds?: number } = {}) {
  const log: string[] = [];
  const timeoutSeconds = options.timeoutSeconds ?? 20;
  const lambda = new LambdaClient({
    apiUrl: options.apiUrl ?? emu.url,
    apiKey: options.apiKey ?? emu.apiKey,
    userAgent: 'lambda-h200-sync/test',
    deadline: Date.now() + timeoutSeconds * 1000,
    retry: retryPolicy(timeoutSeconds),
    logger: { info: (line) => log.push(line) },
  });
  return { lambda, log };
}

describe('LambdaClient', () => {
  test('GET with Bearer auth, Accept and User-Agent; returns the envelope’s data', async () => {
    emu = await startLambdaEmulator();
    emu.addSshKey('team-key', 'ssh-ed25519 AAAA');
    const { lambda } = client();
    expect(await lambda.get('ssh-keys')).toEqual([expect.objectContaining({ name: 'team-key' })]);
    expect(emu.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/v1/ssh-keys',
        body: '',
        headers: expect.objectContaining({
          authorization: `Bearer ${emu.apiKey}`,
          accept: 'application/json',
          'user-agent': 'lambda-h200-sync/test',
        }),
      }),
    ]);
  });

  test.each([
    [401, 'global/invalid-api-key', () => 'secret_wrong'],
    [403, 'global/account-inactive', () => 'secret_inactive'],
  ])('%i: refused with the API’s code, not retried', async (status, code, key) => {
    emu = await startLambdaEmulator();
    emu.addApiKey('secret_inactive', { active: false });
    const error = await client({ apiKey: key() })
      .lambda.get('instance-types')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaKeyRefused);
    expect(error).toMatchObject({ status, code });
    expect(emu.requests).toHaveLength(1);
  });

  test('a 429 is waited out as Retry-After asks, and the wait is logged', async () => {
    emu = await startLambdaEmulator();
    emu.injectFault({
      route: 'instance-types',
      times: 2,
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 1, format: 'seconds' } },
    });
    const { lambda, log } = client();
    const started = Date.now();
    expect(await lambda.get('instance-types')).toHaveProperty('gpu_1x_a10');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(emu.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(log).toEqual([
      expect.stringMatching(/answered GET \/instance-types with 429; trying again in 1\.0 s\.$/),
      expect.stringMatching(/with 429; trying again in 1\.0 s\.$/),
    ]);
  });

  test('the emulator’s rate limit (about one request a second) is waited out too', async () => {
    emu = await startLambdaEmulator({ rateLimitPerSecond: 1 });
    const { lambda } = client();
    await lambda.get('instance-types');
    await lambda.get('ssh-keys');
    expect(emu.requests.map((r) => r.status)).toEqual([200, 429, 200]);
  });

  test('a 429 asking for longer than the timeout leaves: unavailable, said so, without waiting', async () => {
    emu = await startLambdaEmulator();
    emu.injectFault({
      route: 'ssh-keys',
      fault: { kind: 'status', status: 429, retryAfter: { seconds: 60, format: 'seconds' } },
    });
    const error = await client({ timeoutSeconds: 5 })
      .lambda.get('ssh-keys')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaUnavailable);
    expect((error as Error).message).toMatch(/with 429, and waiting 60\.0 s more would pass the step's timeout/);
  });

  test('5xx, HTML pages and resets are retried; a success ends it', async () => {
    emu = await startLambdaEmulator();
    emu.injectFault({ route: 'file-systems', fault: { kind: 'status', status: 503 } });
    emu.injectFault({ route: 'file-systems', nth: 2, fault: { kind: 'reset' } });
    emu.injectFault({ route: 'file-systems', nth: 3, fault: { kind: 'status', status: 500 } });
    expect(await client().lambda.get('file-systems')).toEqual([]);
    expect(emu.requests).toHaveLength(4);
  });

  test('a 503 on every request: unavailable after the policy’s tries, naming status, never the page', async () => {
    emu = await startLambdaEmulator();
    emu.injectFault({ route: 'instance-types', times: Infinity, fault: { kind: 'status', status: 502 } });
    const { lambda, log } = client({ timeoutSeconds: 4 });
    const error = await lambda.get('instance-types').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaUnavailable);
    expect((error as Error).message).toMatch(
      /^127\.0\.0\.1:\d+ answered GET \/instance-types with 502 \(gave up after 5 tries\)\.$/,
    );
    expect(emu.requests).toHaveLength(5);
    expect([...log, (error as Error).message].join('\n')).not.toMatch(/html|::error|Bad Gateway/);
  });

  test('a 200 that is not the {data} envelope is a failure, retried, never quoted', async () => {
    other = createServer((_, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": ["::warning::x"]}'),
    );
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
    emu = await startLambdaEmulator();
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/api/v1`;
    const error = await client({ apiUrl: url, timeoutSeconds: 2 })
      .lambda.get('ssh-keys')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaUnavailable);
    expect((error as Error).message).toMatch(/not Lambda's \{data\} envelope/);
    expect((error as Error).message).not.toContain('::warning');
  });

  test('a redirect is never followed with the key: the other origin sees nothing', async () => {
    emu = await startLambdaEmulator();
    other = createServer((_, res) => res.writeHead(307, { Location: `${emu.url}/ssh-keys` }).end());
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/api/v1`;
    const error = await client({ apiUrl: url })
      .lambda.get('ssh-keys')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaUnavailable);
    expect((error as Error).message).toMatch(/redirect \(307\).*never follows a redirect/);
    expect(emu.requests).toEqual([]);
  });

  test('a 404 is not a failure that passes: not retried', async () => {
    emu = await startLambdaEmulator({ pathPrefix: '/elsewhere' });
    const error = await client({ apiUrl: `${emu.url.replace('/elsewhere', '')}/api/v1` })
      .lambda.get('ssh-keys')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LambdaUnavailable);
    expect((error as Error).message).toMatch(/with 404 \(global\/object-does-not-exist\); not a failure that passes/);
    expect(emu.requests).toHaveLength(1);
  });
});
