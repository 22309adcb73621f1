import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, create } from './helpers.js';

let emu: EscEmulator;
const ENV = 'acme/app/prod';

beforeAll(async () => {
  emu = await startEscEmulator();
  await create(emu, ENV);
  emu.seed(ENV, 'values:\n  a: 1\n');
  emu.addToken('t-read', { login: 'reader', permissions: { 'acme/*': 'read' } });
  emu.addToken('t-open', { login: 'opener', permissions: { 'acme/app/prod': 'open' } });
  emu.addToken('t-write', { login: 'writer', permissions: { 'acme/app/prod': 'write' } });
  emu.addToken('t-none', { login: 'stranger', permissions: { 'acme/app/prod': 'none', 'other/*': 'write' } });
  emu.addToken('t-mixed', { login: 'mixed', permissions: { '*': 'read', 'acme/*': 'open', 'acme/app/prod': 'write' } });
  emu.addToken('t-hidden', { login: 'hidden', permissions: { '*': 'write', 'acme/app/prod': 'none' } });
});
afterAll(() => emu.close());

describe('authentication', () => {
  test.each([
    ['no Authorization header', {}],
    ['an unknown token', { Authorization: 'token nope' }],
    ['the bearer scheme', { Authorization: `Bearer ${'x'}` }],
    ['a bare token', { Authorization: 'no-scheme' }],
  ])('%s → 401 with a JSON error', async (_label, headers) => {
    const answer = await call(emu, 'GET', ENV, { token: null, headers });
    expect(answer.status).toBe(401);
    expect(answer.json()).toEqual({ code: 401, message: expect.stringMatching(/credentials/i) });
  });

  test('the default token reads everything and /api/user names its login and organizations', async () => {
    const user = await call(emu, 'GET', '/api/user');
    expect(user.status).toBe(200);
    expect(user.json()).toMatchObject({ githubLogin: 'emulator-user', organizations: [{ githubLogin: 'acme' }] });
  });

  test('/api/user lists the organizations a token reaches, not those it is denied', async () => {
    const user = await call(emu, 'GET', '/api/user', { token: 't-none' });
    expect(user.json()).toMatchObject({ githubLogin: 'stranger', organizations: [{ githubLogin: 'other' }] });
  });
});

describe('permissions per environment', () => {
  // [token, route, method, path suffix, expected status, permission named in a 403]
  const cases: [string, string, string, string, number, string][] = [
    ['t-read', 'read', 'GET', '', 200, ''],
    ['t-read', 'decrypt', 'GET', '/decrypt', 403, 'open'],
    ['t-read', 'open', 'POST', '/open?duration=1m', 403, 'open'],
    ['t-read', 'patch', 'PATCH', '', 403, 'write'],
    ['t-read', 'delete', 'DELETE', '', 403, 'write'],
    ['t-open', 'read', 'GET', '', 200, ''],
    ['t-open', 'decrypt', 'GET', '/decrypt', 200, ''],
    ['t-open', 'open', 'POST', '/open?duration=1m', 200, ''],
    ['t-open', 'patch', 'PATCH', '', 403, 'write'],
    ['t-open', 'delete', 'DELETE', '', 403, 'write'],
    ['t-write', 'patch', 'PATCH', '', 200, ''],
    ['t-mixed', 'patch (most specific key wins)', 'PATCH', '', 200, ''],
  ];
  test.each(cases)('%s on %s: %s %s → %i', async (token, _route, method, suffix, status, needed) => {
    const body = method === 'PATCH' ? 'values:\n  a: 1\n' : undefined;
    const answer = await call(emu, method, `${ENV}${suffix}`, { token, body });
    expect(answer.status).toBe(status);
    if (status === 403) {
      expect(answer.json()).toEqual({ code: 403, message: expect.stringContaining(`'${needed}' permission`) });
    }
  });

  test.each([
    ['GET', ''],
    ['GET', '/decrypt'],
    ['POST', '/open'],
    ['PATCH', ''],
    ['DELETE', ''],
  ])('no access hides the environment: %s%s answers as if it did not exist', async (method, suffix) => {
    for (const token of ['t-none', 't-hidden']) {
      const hidden = await call(emu, method, `${ENV}${suffix}`, { token, body: method === 'PATCH' ? '' : undefined });
      const absent = await call(emu, method, `acme/app/absent${suffix}`, {
        token: 't-write',
        body: method === 'PATCH' ? '' : undefined,
      });
      expect(hidden.status).toBe(404);
      expect(absent.status).toBe(404);
      expect(hidden.json().message).toBe(absent.json().message.replace('absent', 'prod'));
    }
    expect(emu.environment(ENV)).toBeDefined();
  });

  test('create needs write in the organization', async () => {
    const body = JSON.stringify({ project: 'app', name: 'new-one' });
    expect((await call(emu, 'POST', 'acme', { token: 't-read', body })).status).toBe(403);
    expect((await call(emu, 'POST', 'acme', { token: 't-none', body })).status).toBe(404);
    expect(emu.environment('acme/app/new-one')).toBeUndefined();
    expect((await call(emu, 'POST', 'other', { token: 't-none', body })).status).toBe(204);
    expect(emu.revisionCount('other/app/new-one')).toBe(1);
  });

  test('addToken rejects an unknown permission level', () => {
    expect(() => emu.addToken('t-bad', { login: 'x', permissions: { '*': 'admin' as 'write' } })).toThrow(/admin/);
  });
});
