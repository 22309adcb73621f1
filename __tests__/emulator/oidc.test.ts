import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call } from './helpers.js';

let emu: EscEmulator;
beforeAll(async () => {
  emu = await startEscEmulator();
  emu.seed('acme/app/prod', 'values:\n  a: 1\n');
  emu.seed('other/app/prod', 'values:\n  a: 1\n');
});
afterAll(() => emu.close());

const jwt = (claims: object) => ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');
const exchange = (overrides: Record<string, unknown> = {}) =>
  call(emu, 'POST', '/api/oauth/token', {
    token: null,
    body: JSON.stringify({
      audience: 'urn:pulumi:org:acme',
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      requested_token_type: 'urn:pulumi:token-type:access_token:organization',
      subject_token: jwt({ aud: 'urn:pulumi:org:acme', sub: 'repo:o/r:ref:refs/heads/main' }),
      ...overrides,
    }),
  });

describe('OIDC token exchange', () => {
  test('issues an organization token that works in that organization only', async () => {
    const answer = await exchange({ expiration: 600 });
    expect(answer.status).toBe(200);
    const body = answer.json();
    expect(body).toMatchObject({
      token_type: 'token',
      expires_in: 600,
      issued_token_type: 'urn:pulumi:token-type:access_token:organization',
    });
    expect((await call(emu, 'GET', 'acme/app/prod', { token: body.access_token })).status).toBe(200);
    expect((await call(emu, 'GET', 'other/app/prod', { token: body.access_token })).status).toBe(404);
    expect((await call(emu, 'GET', '/api/user', { token: body.access_token })).json()).toMatchObject({
      organizations: [{ githubLogin: 'acme' }],
    });
  });

  test.each([
    ['a wrong grant type', { grant_type: 'password' }, 'unsupported_grant_type'],
    ['a malformed audience', { audience: 'acme' }, 'invalid_request'],
    [
      'an unknown requested token type',
      { requested_token_type: 'urn:pulumi:token-type:access_token:admin' },
      'invalid_request',
    ],
    [
      'a team token without a team scope',
      { requested_token_type: 'urn:pulumi:token-type:access_token:team' },
      'invalid_request',
    ],
    ['a subject token that is not a JWT', { subject_token: 'abc' }, 'invalid_request'],
    ['an ID token for another audience', { subject_token: jwt({ aud: 'urn:pulumi:org:other' }) }, 'invalid_grant'],
  ])('refuses %s with an OAuth error', async (_label, overrides, error) => {
    const answer = await exchange(overrides);
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ error, error_description: expect.any(String) });
  });

  test('a personal token takes its login from the scope', async () => {
    const answer = await exchange({
      requested_token_type: 'urn:pulumi:token-type:access_token:personal',
      scope: 'user:octocat',
    });
    const user = await call(emu, 'GET', '/api/user', { token: answer.json().access_token });
    expect(user.json()).toMatchObject({ githubLogin: 'octocat' });
  });
});
