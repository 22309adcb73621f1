import { afterEach, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, create } from './helpers.js';

let emu: EscEmulator;
afterEach(() => emu?.close());

describe('request log', () => {
  test('records every request in order, failed ones too, with the body as received', async () => {
    emu = await startEscEmulator();
    await call(emu, 'POST', 'acme', {
      body: '{"project":"app","name":"dev"}',
      headers: { 'Content-Type': 'application/json' },
    });
    await call(emu, 'PATCH', 'acme/app/dev?x=1', {
      body: 'values:\n    a:   1\n',
      headers: { ETag: 'stale', 'User-Agent': 'sync-test/1.0' },
    });
    await call(emu, 'GET', '/api/user', { token: null });
    expect(emu.requests).toEqual([
      {
        method: 'POST',
        path: '/api/esc/environments/acme',
        headers: expect.objectContaining({ authorization: `token ${emu.token}`, 'content-type': 'application/json' }),
        body: '{"project":"app","name":"dev"}',
        status: 204,
      },
      {
        method: 'PATCH',
        path: '/api/esc/environments/acme/app/dev?x=1',
        headers: expect.objectContaining({ etag: 'stale', 'user-agent': 'sync-test/1.0' }),
        body: 'values:\n    a:   1\n',
        status: 409,
      },
      {
        method: 'GET',
        path: '/api/user',
        headers: expect.not.objectContaining({ authorization: expect.anything() }),
        body: '',
        status: 401,
      },
    ]);
    emu.clearRequests();
    expect(emu.requests).toEqual([]);
    await call(emu, 'GET', 'acme/app/dev');
    expect(emu.requests.map((r) => [r.method, r.status])).toEqual([['GET', 200]]);
  });

  test('the logged path keeps the prefix and the doubled slashes the client sent', async () => {
    emu = await startEscEmulator({ pathPrefix: '/pulumi' });
    await call(emu, 'GET', '//api/user');
    expect(emu.requests[0].path).toBe('/pulumi//api/user');
    expect(emu.requests[0].status).toBe(200);
  });
});

describe('onNextWrite: a concurrent writer', () => {
  test('bumps the revision just before the next PATCH, which then conflicts; only once', async () => {
    emu = await startEscEmulator();
    await create(emu, 'acme/app/dev');
    emu.seed('acme/app/dev', 'values:\n  mine: 1\n  pw:\n    fn::secret: p\n');
    const read = await call(emu, 'GET', 'acme/app/dev/decrypt');
    const etag = String(read.headers.get('etag'));

    const seen: string[] = [];
    emu.onNextWrite('acme/app/dev', (decrypted) => {
      seen.push(decrypted);
      return decrypted.replace('mine: 1', 'mine: 1\n  theirs: 2');
    });
    expect(emu.revisionCount('acme/app/dev')).toBe(2);

    const first = await call(emu, 'PATCH', 'acme/app/dev', { body: 'values:\n  mine: 9\n', headers: { ETag: etag } });
    expect(first.status).toBe(409);
    expect(seen).toHaveLength(1);
    expect(parse(seen[0]).values.pw).toEqual({ 'fn::secret': 'p' });
    expect(emu.revisionCount('acme/app/dev')).toBe(3);
    const theirs = emu.environment('acme/app/dev');
    expect(theirs?.etag).not.toBe(etag);
    expect(parse(String(theirs?.decrypted)).values).toEqual({ mine: 1, theirs: 2, pw: { 'fn::secret': 'p' } });
    expect(theirs?.definition).not.toContain('fn::secret: p');

    const retry = await call(emu, 'PATCH', 'acme/app/dev', {
      body: 'values:\n  mine: 9\n',
      headers: { ETag: String(theirs?.etag) },
    });
    expect(retry.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(emu.revisionCount('acme/app/dev')).toBe(4);
  });

  test('answers 412 under that switch, and fires only for its own environment', async () => {
    emu = await startEscEmulator({ conflictStatus: 412 });
    emu.seed('acme/app/a', 'values: {}\n');
    emu.seed('acme/app/b', 'values: {}\n');
    emu.onNextWrite('acme/app/b', () => 'values:\n  other: 1\n');
    const etagA = String(emu.environment('acme/app/a')?.etag);
    expect(
      (await call(emu, 'PATCH', 'acme/app/a', { body: 'values: {x: 1}\n', headers: { ETag: etagA } })).status,
    ).toBe(200);
    expect(emu.revisionCount('acme/app/b')).toBe(2);
    const etagB = String(emu.environment('acme/app/b')?.etag);
    expect(
      (await call(emu, 'PATCH', 'acme/app/b', { body: 'values: {x: 1}\n', headers: { ETag: etagB } })).status,
    ).toBe(412);
    expect(emu.revisionCount('acme/app/b')).toBe(3);
  });
});

describe('intercept', () => {
  test('sees route, environment and a per-route count, and can answer itself', async () => {
    emu = await startEscEmulator();
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    const seen: [string | undefined, string | undefined, number][] = [];
    const remove = emu.intercept((_req, ctx) => {
      seen.push([ctx.route, ctx.env, ctx.count]);
      if (ctx.route === 'read' && ctx.count === 2) {
        ctx.res.writeHead(503, { 'Content-Type': 'application/json' });
        ctx.res.end(JSON.stringify({ code: 503, message: 'try later' }));
        return true;
      }
      return false;
    });
    expect((await call(emu, 'GET', 'acme/app/dev')).status).toBe(200);
    const failed = await call(emu, 'GET', 'acme/app/dev');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('x-pulumi-request-id')).toMatch(/\S/);
    expect((await call(emu, 'GET', 'acme/app/dev/decrypt')).status).toBe(200);
    await call(emu, 'GET', '/api/user');
    await call(emu, 'POST', 'acme/app/dev/open');
    await call(emu, 'GET', '/api/unknown');
    remove();
    expect((await call(emu, 'GET', 'acme/app/dev')).status).toBe(200);
    expect(seen).toEqual([
      ['read', 'acme/app/dev', 1],
      ['read', 'acme/app/dev', 2],
      ['decrypt', 'acme/app/dev', 1],
      ['user', undefined, 1],
      ['open', 'acme/app/dev', 1],
      [undefined, undefined, 1],
    ]);
    expect(emu.requests.map((r) => r.status)).toEqual([200, 503, 200, 200, 200, 404, 200]);
  });

  test('ctx.handle() applies a request normally so that an interceptor can fail it afterwards', async () => {
    emu = await startEscEmulator();
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    emu.intercept(async (_req, ctx) => {
      if (ctx.route !== 'patch') return false;
      const applied = await ctx.handle();
      expect(applied.status).toBe(200);
      ctx.res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' });
      ctx.res.end(JSON.stringify({ code: 429, message: 'rate limited' }));
      return true;
    });
    const answer = await call(emu, 'PATCH', 'acme/app/dev', { body: 'values:\n  a: 2\n' });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(emu.environment('acme/app/dev')).toMatchObject({ revision: 3, definition: 'values:\n  a: 2\n' });
  });

  test('an interceptor that throws becomes a 500 carrying X-Pulumi-Request-ID', async () => {
    emu = await startEscEmulator();
    emu.intercept(() => {
      throw new Error('boom');
    });
    const answer = await call(emu, 'GET', '/api/user');
    expect(answer.status).toBe(500);
    expect(answer.json()).toEqual({ code: 500, message: expect.stringContaining('boom') });
    expect(answer.headers.get('x-pulumi-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a concurrent writer that returns an invalid document is a 500, not a silent success', async () => {
    emu = await startEscEmulator();
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    emu.onNextWrite('acme/app/dev', () => 'values: [broken\n');
    const answer = await call(emu, 'PATCH', 'acme/app/dev', { body: 'values:\n  a: 2\n' });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-pulumi-request-id')).toBeTruthy();
    expect(emu.revisionCount('acme/app/dev')).toBe(2);
  });
});
