import { afterEach, describe, expect, test } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import type { FaultSpec } from '../../emulator/faults.js';
import type { RouteName } from '../../emulator/routes.js';
import { call, patch, type Answer } from './helpers.js';

const ENV = 'acme/app/dev';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let emu: EscEmulator;
afterEach(() => emu?.close());

async function seeded(options: Parameters<typeof startEscEmulator>[0] = {}): Promise<EscEmulator> {
  emu = await startEscEmulator(options);
  emu.seed(ENV, 'values:\n  a: 1\n  pw:\n    fn::secret: hunter2\n');
  return emu;
}

/** One request per route, each one that succeeds on a freshly seeded emulator. */
const SEND: Record<RouteName, (e: EscEmulator) => Promise<Answer>> = {
  create: (e) => call(e, 'POST', 'acme', { body: JSON.stringify({ project: 'app', name: 'new' }) }),
  read: (e) => call(e, 'GET', ENV),
  decrypt: (e) => call(e, 'GET', `${ENV}/decrypt`),
  patch: (e) => patch(e, ENV, 'values:\n  a: 2\n'),
  open: (e) => call(e, 'POST', `${ENV}/open?duration=5m`),
  'read-open': async (e) => call(e, 'GET', `${ENV}/open/${(await call(e, 'POST', `${ENV}/open`)).json().id}`),
  delete: (e) => call(e, 'DELETE', ENV),
  'encrypt-secrets': (e) => call(e, 'POST', `${ENV}/encrypt-secrets`, { body: '{"plaintexts":["x"]}' }),
  user: (e) => call(e, 'GET', '/api/user'),
  oidc: (e) => call(e, 'POST', '/api/oauth/token', { token: null, body: '{}' }),
};

/** What a request can have changed. */
function state(e: EscEmulator) {
  return { dev: e.environment(ENV)?.revision, created: e.revisionCount('acme/app/new') };
}

function statuses(e: EscEmulator) {
  return e.requests.map((r) => r.status);
}

/** Polls, so that tests wait for the emulator rather than for a guessed number of milliseconds. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 2) {
    if (waited > 2000) throw new Error('condition not met within 2 s');
    await sleep(2);
  }
}

describe('status faults', () => {
  test.each([
    ['create', 503, 'acme/app/new', 204],
    ['read', 429, ENV, 200],
    ['decrypt', 500, ENV, 200],
    ['patch', 429, ENV, 200],
    ['patch', 502, ENV, 200],
    ['open', 502, ENV, 200],
    ['read-open', 500, ENV, 200],
    ['delete', 503, ENV, 204],
    ['user', 500, undefined, 200],
    ['oidc', 503, undefined, 400],
  ] as const)('%s answered %i: JSON error, request ID, nothing stored, once', async (route, status, env, normal) => {
    await seeded();
    const before = state(emu);
    emu.injectFault({ route, fault: { kind: 'status', status } });

    const answer = await SEND[route](emu);
    expect(answer.status).toBe(status);
    expect(answer.json()).toEqual({ code: status, message: expect.stringContaining('injected') });
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('x-pulumi-request-id')).toMatch(UUID);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(answer.headers.get('pulumi-esc-revision')).toBeNull();
    expect(state(emu)).toEqual(before);
    expect(emu.faultsTriggered).toEqual([{ route, env, kind: 'status', status }]);
    expect(emu.requests.at(-1)?.status).toBe(status);

    expect((await SEND[route](emu)).status).toBe(normal);
    expect(emu.faultsTriggered).toHaveLength(1);
  });

  test.each([
    [429, { seconds: 7, format: 'seconds' }],
    [429, { seconds: 0, format: 'seconds' }],
    [429, { seconds: 120, format: 'http-date' }],
    [503, { seconds: 3, format: 'seconds' }],
  ] as const)('%i with Retry-After %j', async (status, retryAfter) => {
    await seeded();
    emu.injectFault({ route: 'patch', fault: { kind: 'status', status, retryAfter } });
    const sentAt = Date.now();
    const answer = await SEND.patch(emu);
    expect(answer.status).toBe(status);
    const header = String(answer.headers.get('retry-after'));
    if (retryAfter.format === 'seconds') {
      expect(header).toBe(String(retryAfter.seconds));
    } else {
      expect(header).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      // toUTCString() drops the milliseconds.
      expect(Date.parse(header)).toBeGreaterThan(sentAt + retryAfter.seconds * 1000 - 1000);
      expect(Date.parse(header)).toBeLessThanOrEqual(Date.now() + retryAfter.seconds * 1000);
    }
    expect(answer.headers.get('x-pulumi-request-id')).toMatch(UUID);
    expect(emu.revisionCount(ENV)).toBe(2);
  });
});

describe('targeting', () => {
  test.each([
    ['defaults', {}, [503, 200, 200, 200, 200]],
    ['nth 2', { nth: 2 }, [200, 503, 200, 200, 200]],
    ['nth 2 times 2', { nth: 2, times: 2 }, [200, 503, 503, 200, 200]],
    ['nth 3 times Infinity', { nth: 3, times: Infinity }, [200, 200, 503, 503, 503]],
  ])('%s hits exactly these of five decrypts', async (_label, target, expected) => {
    await seeded();
    emu.injectFault({ route: 'decrypt', ...target, fault: { kind: 'status', status: 503 } });
    const got = [];
    for (let i = 0; i < 5; i += 1) got.push((await SEND.decrypt(emu)).status);
    expect(got).toEqual(expected);
    expect(emu.faultsTriggered).toHaveLength(expected.filter((s) => s === 503).length);
  });

  test('counts from injection, and only requests to its own route', async () => {
    await seeded();
    await SEND.decrypt(emu);
    await SEND.decrypt(emu);
    emu.injectFault({ route: 'decrypt', nth: 2, fault: { kind: 'status', status: 500 } });
    await SEND.read(emu);
    await SEND.decrypt(emu);
    await SEND.read(emu);
    await SEND.decrypt(emu);
    await SEND.decrypt(emu);
    expect(statuses(emu)).toEqual([200, 200, 200, 200, 200, 500, 200]);
  });

  test('an env filter hits and counts only that environment, two-part names meaning project default', async () => {
    await seeded();
    emu.seed('acme/default/b', 'values: {}\n');
    emu.injectFault({ route: 'read', env: 'acme/b', nth: 2, fault: { kind: 'status', status: 502 } });
    const got = [];
    for (const name of [ENV, 'acme/default/b', ENV, ENV, 'acme/default/b', 'acme/default/b'])
      got.push((await call(emu, 'GET', name)).status);
    expect(got).toEqual([200, 200, 200, 200, 502, 200]);
    expect(emu.faultsTriggered).toEqual([{ route: 'read', env: 'acme/default/b', kind: 'status', status: 502 }]);
  });

  test('create is targeted by the environment its body names', async () => {
    await seeded();
    emu.injectFault({ route: 'create', env: 'acme/app/two', fault: { kind: 'status', status: 503 } });
    const one = await call(emu, 'POST', 'acme', { body: '{"project":"app","name":"one"}' });
    const two = await call(emu, 'POST', 'acme', { body: '{"project":"app","name":"two"}' });
    expect([one.status, two.status]).toEqual([204, 503]);
    expect([emu.revisionCount('acme/app/one'), emu.revisionCount('acme/app/two')]).toEqual([1, 0]);
  });

  test('several faults on one route count every request; the first injected wins a tie', async () => {
    await seeded();
    emu.injectFault({ route: 'read', nth: 1, fault: { kind: 'status', status: 500 } });
    emu.injectFault({ route: 'read', nth: 2, fault: { kind: 'status', status: 502 } });
    emu.injectFault({ route: 'read', nth: 2, fault: { kind: 'status', status: 503 } });
    const got = [];
    for (let i = 0; i < 4; i += 1) got.push((await SEND.read(emu)).status);
    expect(got).toEqual([500, 502, 200, 200]);
  });

  test('the returned function disarms that fault only', async () => {
    await seeded();
    const remove = emu.injectFault({ route: 'read', times: Infinity, fault: { kind: 'status', status: 500 } });
    emu.injectFault({ route: 'decrypt', nth: 2, fault: { kind: 'status', status: 503 } });
    expect((await SEND.read(emu)).status).toBe(500);
    expect((await SEND.decrypt(emu)).status).toBe(200);
    remove();
    expect((await SEND.read(emu)).status).toBe(200);
    expect((await SEND.decrypt(emu)).status).toBe(503);
  });

  test('interceptors added later still see the requests faults let through, with the same counts', async () => {
    await seeded();
    const seen: [string | undefined, number][] = [];
    emu.intercept((_req, ctx) => {
      seen.push([ctx.route, ctx.count]);
      return false;
    });
    emu.injectFault({ route: 'read', fault: { kind: 'status', status: 503 } });
    await SEND.read(emu);
    await SEND.read(emu);
    expect(seen).toEqual([['read', 2]]);
  });

  test.each([
    ['an unknown route', { route: 'fetch', fault: { kind: 'reset' } }, /route must be one of/],
    ['nth 0', { route: 'read', nth: 0, fault: { kind: 'reset' } }, /nth must be an integer from 1/],
    ['times 1.5', { route: 'read', times: 1.5, fault: { kind: 'reset' } }, /times must be/],
    [
      'status 404',
      { route: 'read', fault: { kind: 'status', status: 404 } },
      /status must be one of 429, 500, 502, 503/,
    ],
    [
      'a Retry-After format',
      { route: 'read', fault: { kind: 'status', status: 429, retryAfter: { seconds: 1, format: 'rfc' } } },
      /retryAfter.format/,
    ],
    ['a negative delay', { route: 'read', fault: { kind: 'slow', delayMs: -1 } }, /delayMs/],
    [
      'a concurrent write on read',
      { route: 'read', fault: { kind: 'concurrent-write', edit: (y: string) => y } },
      /patch route only/,
    ],
    ['a concurrent write without edit', { route: 'patch', fault: { kind: 'concurrent-write' } }, /edit function/],
    ['an unknown kind', { route: 'read', fault: { kind: 'teapot' } }, /unknown fault kind "teapot"/],
  ])('injectFault refuses %s', async (_label, spec, message) => {
    await seeded();
    expect(() => emu.injectFault(spec as unknown as FaultSpec)).toThrow(message);
  });
});

describe('after-write faults', () => {
  test.each([429, 500, 502, 503] as const)('a PATCH answered %i was stored all the same', async (status) => {
    await seeded();
    const before = emu.environment(ENV);
    emu.injectFault({ route: 'patch', fault: { kind: 'after-write', status } });
    const answer = await patch(emu, ENV, 'values:\n  a: 2\n');
    expect(answer.status).toBe(status);
    expect(answer.json()).toEqual({ code: status, message: expect.any(String) });
    expect(answer.headers.get('x-pulumi-request-id')).toMatch(UUID);
    expect(answer.headers.get('etag')).toBeNull();
    const after = emu.environment(ENV);
    expect(after?.revision).toBe(3);
    expect(after?.etag).not.toBe(before?.etag);
    expect(after?.definition).toBe('values:\n  a: 2\n');
    expect(emu.faultsTriggered).toEqual([{ route: 'patch', env: ENV, kind: 'after-write', status }]);
    expect(statuses(emu)).toEqual([status]);
  });

  test('carries Retry-After when asked', async () => {
    await seeded();
    emu.injectFault({
      route: 'patch',
      fault: { kind: 'after-write', status: 429, retryAfter: { seconds: 2, format: 'seconds' } },
    });
    const answer = await SEND.patch(emu);
    expect([answer.status, answer.headers.get('retry-after'), emu.revisionCount(ENV)]).toEqual([429, '2', 3]);
  });

  test('a PATCH with a stale etag stores nothing, but the client still sees only the fault', async () => {
    await seeded();
    emu.injectFault({ route: 'patch', fault: { kind: 'after-write', status: 429 } });
    const answer = await call(emu, 'PATCH', ENV, { body: 'values:\n  a: 2\n', headers: { ETag: 'stale' } });
    expect(answer.status).toBe(429);
    expect(emu.revisionCount(ENV)).toBe(2);
  });

  test.each([
    ['create', () => emu.revisionCount('acme/app/new'), 1],
    ['delete', () => emu.revisionCount(ENV), 0],
  ] as const)('%s is applied too', async (route, measure, expected) => {
    await seeded();
    emu.injectFault({ route, fault: { kind: 'after-write', status: 503 } });
    expect((await SEND[route](emu)).status).toBe(503);
    expect(measure()).toBe(expected);
  });
});

describe('reset faults', () => {
  test.each([
    ['read', false, 2],
    ['patch', false, 2],
    ['patch', true, 3],
    ['decrypt', true, 2],
  ] as const)(
    '%s (afterWrite %s) fails in the client with ECONNRESET; revision then %i',
    async (route, afterWrite, revision) => {
      await seeded();
      emu.injectFault({ route, fault: { kind: 'reset', afterWrite } });
      const failed = SEND[route](emu);
      await expect(failed).rejects.toThrow('fetch failed');
      await expect(failed.catch((error) => error.cause?.code)).resolves.toBe('ECONNRESET');
      expect(emu.revisionCount(ENV)).toBe(revision);
      expect(emu.faultsTriggered).toEqual([{ route, env: ENV, kind: 'reset' }]);
      expect(statuses(emu)).toEqual([0]);
      expect((await SEND.read(emu)).status).toBe(200);
    },
  );

  test('times: 3 drops three PATCHes in a row, and the fourth goes through', async () => {
    await seeded();
    emu.injectFault({ route: 'patch', times: 3, fault: { kind: 'reset' } });
    for (let i = 0; i < 3; i += 1) await expect(SEND.patch(emu)).rejects.toThrow();
    expect((await SEND.patch(emu)).status).toBe(200);
    expect(statuses(emu)).toEqual([0, 0, 0, 200]);
    expect(emu.revisionCount(ENV)).toBe(3);
  });
});

describe('slow faults', () => {
  test.each([
    [0, 60],
    [30, 40],
  ])('latency %i ms + delay %i ms: the answer is normal, just late', async (latencyMs, delayMs) => {
    await seeded({ latencyMs });
    emu.injectFault({ route: 'decrypt', fault: { kind: 'slow', delayMs } });
    const started = performance.now();
    const answer = await SEND.decrypt(emu);
    // Timers may fire a millisecond early.
    expect(performance.now() - started).toBeGreaterThanOrEqual(latencyMs + delayMs - 2);
    expect(answer.status).toBe(200);
    expect(parse(answer.text).values.pw).toEqual({ 'fn::secret': 'hunter2' });
    expect(answer.headers.get('pulumi-esc-revision')).toBe('2');
    expect(emu.faultsTriggered).toEqual([{ route: 'decrypt', env: ENV, kind: 'slow' }]);
    expect(statuses(emu)).toEqual([200]);
  });

  test('a slow PATCH is stored at receipt, long before its answer is sent', async () => {
    await seeded();
    emu.injectFault({ route: 'patch', fault: { kind: 'slow', delayMs: 80 } });
    const pending = SEND.patch(emu);
    await until(() => emu.revisionCount(ENV) === 3);
    const storedAt = performance.now();
    expect(statuses(emu)).toEqual([0]);
    const answer = await pending;
    // Measured from the write rather than from the request, so a busy machine cannot fake it.
    expect(performance.now() - storedAt).toBeGreaterThanOrEqual(40);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('pulumi-esc-revision')).toBe('3');
    expect(statuses(emu)).toEqual([200]);
  });

  test('a client that gives up on a slow PATCH: stored once, unanswered, and a resend with the old etag conflicts', async () => {
    await seeded();
    const etag = String(emu.environment(ENV)?.etag);
    emu.injectFault({ route: 'patch', fault: { kind: 'slow', delayMs: 60 } });
    const timeout = new AbortController();
    const abandoned = fetch(`${emu.url}/api/esc/environments/${ENV}`, {
      method: 'PATCH',
      headers: { Authorization: `token ${emu.token}`, ETag: etag },
      body: 'values:\n  a: 2\n',
      signal: timeout.signal,
    });
    await until(() => emu.revisionCount(ENV) === 3);
    timeout.abort();
    await expect(abandoned.catch((error) => error.name)).resolves.toBe('AbortError');
    await sleep(80);
    expect(emu.revisionCount(ENV)).toBe(3);
    expect(emu.environment(ENV)?.definition).toBe('values:\n  a: 2\n');
    expect(statuses(emu)).toEqual([0]);
    const resent = await call(emu, 'PATCH', ENV, { body: 'values:\n  a: 2\n', headers: { ETag: etag } });
    expect(resent.status).toBe(409);
    expect(statuses(emu)).toEqual([0, 409]);
  });

  test('closing the emulator during a slow PATCH drops it without a crash or a second write', async () => {
    await seeded();
    emu.injectFault({ route: 'patch', fault: { kind: 'slow', delayMs: 60 } });
    const abandoned = SEND.patch(emu);
    await until(() => emu.revisionCount(ENV) === 3);
    await emu.close();
    await expect(abandoned).rejects.toThrow('fetch failed');
    await sleep(80);
    expect(emu.revisionCount(ENV)).toBe(3);
    expect(statuses(emu)).toEqual([0]);
  });
});

describe('concurrent-write faults', () => {
  test('another client writes just before the 2nd PATCH only, which then conflicts', async () => {
    await seeded({ conflictStatus: 412 });
    const seen: string[] = [];
    emu.injectFault({
      route: 'patch',
      nth: 2,
      fault: {
        kind: 'concurrent-write',
        edit: (decrypted) => {
          seen.push(decrypted);
          return decrypted.replace('a: 2', 'a: 2\n  theirs: 1');
        },
      },
    });
    const got = [];
    for (const value of [2, 3, 3])
      got.push((await patch(emu, ENV, `values:\n  a: ${value}\n  pw:\n    fn::secret: hunter2\n`)).status);
    expect(got).toEqual([200, 412, 200]);
    expect(seen).toHaveLength(1);
    expect(parse(seen[0]).values).toEqual({ a: 2, pw: { 'fn::secret': 'hunter2' } });
    // seed 2, first PATCH 3, theirs 4, retry 5
    expect(emu.revisionCount(ENV)).toBe(5);
    expect(emu.faultsTriggered).toEqual([{ route: 'patch', env: ENV, kind: 'concurrent-write' }]);
    expect(statuses(emu)).toEqual([200, 412, 200]);
  });

  test('times: 2 and an env filter: two conflicts in a row on that environment only', async () => {
    await seeded();
    emu.seed('acme/app/other', 'values: {}\n');
    emu.injectFault({ route: 'patch', env: ENV, times: 2, fault: { kind: 'concurrent-write', edit: (y) => y } });
    expect((await patch(emu, 'acme/app/other', 'values: {b: 1}\n')).status).toBe(200);
    const got = [];
    for (let i = 0; i < 3; i += 1) got.push((await patch(emu, ENV, 'values: {b: 1}\n')).status);
    expect(got).toEqual([409, 409, 200]);
    expect(emu.revisionCount(ENV)).toBe(5);
  });

  test('onNextWrite still works beside injected faults', async () => {
    await seeded();
    emu.injectFault({ route: 'read', fault: { kind: 'status', status: 503 } });
    emu.onNextWrite(ENV, (y) => y);
    expect((await SEND.patch(emu)).status).toBe(409);
    expect(emu.revisionCount(ENV)).toBe(3);
  });
});

test('faultsTriggered and the request log record a mixed run in order', async () => {
  await seeded();
  emu.injectFault({ route: 'decrypt', fault: { kind: 'status', status: 503 } });
  emu.injectFault({ route: 'patch', fault: { kind: 'reset' } });
  emu.injectFault({ route: 'patch', nth: 2, fault: { kind: 'after-write', status: 429 } });
  emu.injectFault({ route: 'read', nth: 2, fault: { kind: 'slow', delayMs: 10 } });
  await SEND.decrypt(emu);
  await SEND.decrypt(emu);
  await SEND.patch(emu).catch(() => undefined);
  await SEND.patch(emu);
  await SEND.read(emu);
  await SEND.read(emu);
  await SEND.user(emu);
  expect(emu.faultsTriggered).toEqual([
    { route: 'decrypt', env: ENV, kind: 'status', status: 503 },
    { route: 'patch', env: ENV, kind: 'reset' },
    { route: 'patch', env: ENV, kind: 'after-write', status: 429 },
    { route: 'read', env: ENV, kind: 'slow' },
  ]);
  expect(emu.requests.map((r) => [r.method, r.status])).toEqual([
    ['GET', 503],
    ['GET', 200],
    ['PATCH', 0],
    ['PATCH', 429],
    ['GET', 200],
    ['GET', 200],
    ['GET', 200],
  ]);
  expect(emu.revisionCount(ENV)).toBe(3);
});

describe('hostile-server faults', () => {
  const url = () => `${emu.url}/api/esc/environments/${ENV}`;
  const auth = () => ({ Authorization: `token ${emu.token}` });

  test('redirect: the status and Location, nothing stored', async () => {
    await seeded();
    const before = state(emu);
    emu.injectFault({
      route: 'patch',
      fault: { kind: 'redirect', status: 307, location: 'https://elsewhere.example/x' },
    });
    const response = await fetch(url(), { method: 'PATCH', headers: auth(), body: 'values: {}', redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('https://elsewhere.example/x');
    expect(state(emu)).toEqual(before);
  });

  test('gateway-json: 200 JSON without an ETag', async () => {
    await seeded();
    emu.injectFault({ route: 'decrypt', fault: { kind: 'gateway-json' } });
    const answer = await call(emu, 'GET', `${ENV}/decrypt`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBeNull();
    expect(answer.json()).toEqual({ status: 'ok', message: expect.any(String) });
  });

  test('not-json: 200 text listing the secret values', async () => {
    await seeded();
    emu.injectFault({ route: 'open', fault: { kind: 'not-json' } });
    const answer = await call(emu, 'POST', `${ENV}/open`);
    expect(answer).toMatchObject({ status: 200, text: 'hunter2\n' });
  });

  test.each(['cut-body', 'stall-body'] as const)('%s: the write is stored, the body never completes', async (kind) => {
    await seeded();
    emu.injectFault({ route: 'patch', fault: { kind } });
    const response = await fetch(url(), {
      method: 'PATCH',
      headers: { ...auth(), ETag: String(emu.environment(ENV)?.etag) },
      body: 'values:\n  a: 2\n',
      signal: AbortSignal.timeout(1000),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(kind === 'cut-body' ? /terminated/ : /aborted|timeout/i);
    // Seeding made revision 2; the write, 3.
    expect(state(emu).dev).toBe(3);
  });

  test('huge-body: streams until the client stops reading', async () => {
    await seeded();
    emu.injectFault({ route: 'decrypt', fault: { kind: 'huge-body', megabytes: 1024 } });
    const response = await fetch(`${url()}/decrypt`, { headers: auth() });
    const reader = response.body!.getReader();
    let size = 0;
    while (size < 3 * 1024 * 1024) size += (await reader.read()).value!.byteLength;
    await reader.cancel();
    expect(response.headers.get('content-length')).toBeNull();
    expect(size).toBeGreaterThanOrEqual(3 * 1024 * 1024);
  });

  test('echo-diagnostics: 400 quoting each secret value sent, nothing stored', async () => {
    await seeded();
    const before = state(emu);
    emu.injectFault({ route: 'patch', fault: { kind: 'echo-diagnostics' } });
    const answer = await patch(emu, ENV, 'values:\n  pw:\n    fn::secret: quoted-back-0001\n');
    expect(answer.status).toBe(400);
    expect(answer.json().diagnostics[0].summary).toContain('quoted-back-0001');
    expect(state(emu)).toEqual(before);
  });

  test('command-text: an error message holding workflow commands on lines of their own', async () => {
    await seeded();
    emu.injectFault({ route: 'decrypt', fault: { kind: 'command-text', status: 503 } });
    const answer = await call(emu, 'GET', `${ENV}/decrypt`);
    expect(answer.status).toBe(503);
    expect(answer.json().message).toMatch(/\n::warning::.*\n::set-output name=changed::true/);
  });

  test('weak-etag: the answer carries W/"etag"; the service then refuses it as stale', async () => {
    await seeded();
    emu.injectFault({ route: 'decrypt', fault: { kind: 'weak-etag' } });
    const read = await call(emu, 'GET', `${ENV}/decrypt`);
    expect(read.headers.get('etag')).toBe(`W/"${emu.environment(ENV)?.etag}"`);
    const write = await call(emu, 'PATCH', ENV, {
      body: 'values: {}',
      headers: { ETag: String(read.headers.get('etag')) },
    });
    expect(write.status).toBe(409);
  });
});
