import { afterEach, describe, expect, test } from '@jest/globals';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, create } from './helpers.js';

let emu: EscEmulator;
afterEach(() => emu?.close());

describe('create and names', () => {
  test('create makes revision 1 with an empty definition; creating again is 409', async () => {
    emu = await startEscEmulator();
    const created = await call(emu, 'POST', 'acme', { body: JSON.stringify({ project: 'app', name: 'dev' }) });
    expect(created.status).toBe(204);
    expect(created.text).toBe('');
    const read = await call(emu, 'GET', 'acme/app/dev');
    expect(read.status).toBe(200);
    expect(read.text).toBe('');
    expect(read.headers.get('pulumi-esc-revision')).toBe('1');
    expect(read.headers.get('etag')).toBeTruthy();
    expect(emu.revisionCount('acme/app/dev')).toBe(1);

    const again = await call(emu, 'POST', 'acme', { body: JSON.stringify({ project: 'app', name: 'dev' }) });
    expect(again.status).toBe(409);
    expect(again.json()).toEqual({ code: 409, message: expect.stringContaining('acme/app/dev') });
    expect(emu.revisionCount('acme/app/dev')).toBe(1);
  });

  test.each([
    ['.', 'env'],
    ['..', 'env'],
    ['open', 'env'],
    ['yaml', 'env'],
    ['x'.repeat(101), 'env'],
    ['has space', 'env'],
    ['ünï', 'env'],
    ['', 'env'],
    ['ok', 'open'],
    ['ok', 'a/b'],
  ])('create refuses env %j in project %j with 400', async (name, project) => {
    emu = await startEscEmulator();
    const answer = await call(emu, 'POST', 'acme', { body: JSON.stringify({ project, name }) });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ code: 400, message: expect.stringMatching(/name/) });
  });

  test.each(['a', 'A-z_0.9', 'x'.repeat(100), '.hidden', 'open-ish'])('create accepts %j', async (name) => {
    emu = await startEscEmulator();
    const answer = await call(emu, 'POST', 'acme', { body: JSON.stringify({ project: name, name }) });
    expect(answer.status).toBe(204);
    expect(emu.revisionCount(`acme/${name}/${name}`)).toBe(1);
  });

  test('an invalid name in a path is 400, and a body that is not JSON is 400', async () => {
    emu = await startEscEmulator();
    expect((await call(emu, 'GET', 'acme/app/bad%20name')).status).toBe(400);
    expect((await call(emu, 'GET', 'acme/app/yaml')).status).toBe(400);
    expect((await call(emu, 'POST', 'acme', { body: 'project: app' })).status).toBe(400);
  });

  test('delete answers 204 and the environment is gone', async () => {
    emu = await startEscEmulator();
    await create(emu, 'acme/app/dev');
    expect((await call(emu, 'DELETE', 'acme/app/dev')).status).toBe(204);
    expect((await call(emu, 'GET', 'acme/app/dev')).status).toBe(404);
    expect((await call(emu, 'DELETE', 'acme/app/dev')).status).toBe(404);
    expect(emu.environment('acme/app/dev')).toBeUndefined();
    expect(emu.revisionCount('acme/app/dev')).toBe(0);
  });
});

describe('revisions and etags', () => {
  test('every PATCH is a new revision with a new etag, identical content or not', async () => {
    emu = await startEscEmulator();
    let etag = await create(emu, 'acme/app/dev');
    const seen = new Set([etag]);
    for (const [i, body] of ['values:\n  a: 1\n', 'values:\n  a: 1\n', 'values:\n  a: 2\n'].entries()) {
      const answer = await call(emu, 'PATCH', 'acme/app/dev', { body, headers: { ETag: etag } });
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual({});
      expect(answer.headers.get('pulumi-esc-revision')).toBe(String(i + 2));
      etag = String(answer.headers.get('etag'));
      expect(seen.has(etag)).toBe(false);
      seen.add(etag);
      const read = await call(emu, 'GET', 'acme/app/dev');
      expect(read.headers.get('etag')).toBe(etag);
      expect(read.headers.get('pulumi-esc-revision')).toBe(String(i + 2));
    }
    expect(emu.revisionCount('acme/app/dev')).toBe(4);
    expect(emu.environment('acme/app/dev')).toMatchObject({ revision: 4, etag, definition: 'values:\n  a: 2\n' });
  });

  test('the etag from /decrypt is valid for the following PATCH', async () => {
    emu = await startEscEmulator();
    emu.seed('acme/app/dev', 'values:\n  s:\n    fn::secret: x\n');
    const decrypted = await call(emu, 'GET', 'acme/app/dev/decrypt');
    expect(decrypted.headers.get('pulumi-esc-revision')).toBe('2');
    const answer = await call(emu, 'PATCH', 'acme/app/dev', {
      body: decrypted.text,
      headers: { ETag: String(decrypted.headers.get('etag')) },
    });
    expect(answer.status).toBe(200);
  });

  test.each([409, 412])('a stale ETag is answered %i and stores nothing', async (conflictStatus) => {
    emu = await startEscEmulator({ conflictStatus });
    const stale = await create(emu, 'acme/app/dev');
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    const answer = await call(emu, 'PATCH', 'acme/app/dev', { body: 'values:\n  a: 2\n', headers: { ETag: stale } });
    expect(answer.status).toBe(conflictStatus);
    expect(answer.json()).toEqual({ code: conflictStatus, message: expect.stringContaining('revision 2') });
    expect(emu.environment('acme/app/dev')).toMatchObject({ revision: 2, definition: 'values:\n  a: 1\n' });
  });

  test('a PATCH without an etag is an unconditional write', async () => {
    emu = await startEscEmulator();
    await create(emu, 'acme/app/dev');
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    const answer = await call(emu, 'PATCH', 'acme/app/dev', { body: 'values:\n  a: 2\n' });
    expect(answer.status).toBe(200);
    expect(emu.environment('acme/app/dev')?.definition).toBe('values:\n  a: 2\n');
  });

  test('If-Match is ignored unless honoured; honoured, a stale one conflicts and a quoted current one passes', async () => {
    emu = await startEscEmulator();
    const stale = await create(emu, 'acme/app/dev');
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    const ignored = await call(emu, 'PATCH', 'acme/app/dev', {
      body: 'values:\n  a: 2\n',
      headers: { 'If-Match': stale },
    });
    expect(ignored.status).toBe(200);

    emu.honourIfMatch = true;
    const conflict = await call(emu, 'PATCH', 'acme/app/dev', {
      body: 'values:\n  a: 3\n',
      headers: { 'If-Match': stale },
    });
    expect(conflict.status).toBe(409);
    const current = String(emu.environment('acme/app/dev')?.etag);
    const passed = await call(emu, 'PATCH', 'acme/app/dev', {
      body: 'values:\n  a: 3\n',
      headers: { 'If-Match': `"${current}"` },
    });
    expect(passed.status).toBe(200);
    expect(emu.environment('acme/app/dev')).toMatchObject({ revision: 4, definition: 'values:\n  a: 3\n' });
  });

  test('the constructor refuses a conflict status other than 409 or 412', async () => {
    await expect(startEscEmulator({ conflictStatus: 400 })).rejects.toThrow(/409 or 412/);
  });
});

describe('transport', () => {
  test.each(['application/x-yaml', 'application/json', 'text/plain', 'application/octet-stream'])(
    'a PATCH labelled %s is read as YAML',
    async (contentType) => {
      emu = await startEscEmulator();
      await create(emu, 'acme/app/dev');
      const answer = await call(emu, 'PATCH', 'acme/app/dev', {
        body: 'values:\n  a: b\n',
        headers: { 'Content-Type': contentType },
      });
      expect(answer.status).toBe(200);
      expect(emu.environment('acme/app/dev')?.definition).toBe('values:\n  a: b\n');
    },
  );

  test('doubled slashes, a trailing slash and percent-encoded segments reach the same route', async () => {
    emu = await startEscEmulator();
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    for (const path of [
      '/api/esc/environments/acme/app/dev',
      '//api//esc/environments//acme/app//dev',
      '/api/esc/environments/acme/app/dev/',
      '/api/esc/environments/%61cme/app/d%65v',
    ]) {
      const answer = await call(emu, 'GET', path);
      expect([path, answer.status, answer.text]).toEqual([path, 200, 'values:\n  a: 1\n']);
    }
  });

  test('a path prefix is part of the URL and routes live only under it', async () => {
    emu = await startEscEmulator({ pathPrefix: '/pulumi/' });
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pulumi$/);
    emu.seed('acme/app/dev', 'values:\n  a: 1\n');
    expect((await call(emu, 'GET', 'acme/app/dev')).status).toBe(200);
    expect((await call(emu, 'GET', '/api/user')).status).toBe(200);
    const root = emu.url.replace(/\/pulumi$/, '');
    const outside = await fetch(`${root}/api/esc/environments/acme/app/dev`, {
      headers: { Authorization: `token ${emu.token}` },
    });
    expect(outside.status).toBe(404);
  });

  test('the server listens on 127.0.0.1 on an ephemeral port', async () => {
    emu = await startEscEmulator();
    const other = await startEscEmulator();
    try {
      expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(other.url).not.toBe(emu.url);
    } finally {
      await other.close();
    }
  });

  test('unknown paths are 404 and a known path with the wrong method is 405, both JSON', async () => {
    emu = await startEscEmulator();
    const unknown = await call(emu, 'GET', '/api/nothing');
    expect([unknown.status, unknown.json().code]).toEqual([404, 404]);
    const wrong = await call(emu, 'PUT', 'acme/app/dev');
    expect([wrong.status, wrong.json().code]).toEqual([405, 405]);
    expect(wrong.headers.get('allow')).toBe('GET, PATCH, DELETE');
  });

  test('latency is added before every response and can be changed while running', async () => {
    emu = await startEscEmulator({ latencyMs: 120 });
    let started = performance.now();
    await call(emu, 'GET', '/api/user');
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    emu.latencyMs = 0;
    started = performance.now();
    await call(emu, 'GET', '/api/user');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
