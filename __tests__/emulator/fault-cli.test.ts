import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaultSpec } from '../../emulator/fault-spec.js';
import { exited, firstLines } from './helpers.js';

const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;
let dir = '';

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('the --fault grammar', () => {
  test.each([
    ['patch:429-after-write', { route: 'patch', nth: 1, times: 1, fault: { kind: 'after-write', status: 429 } }],
    ['decrypt@2:503', { route: 'decrypt', nth: 2, times: 1, fault: { kind: 'status', status: 503 } }],
    ['decrypt:500', { route: 'decrypt', nth: 1, times: 1, fault: { kind: 'status', status: 500 } }],
    ['decrypt:slow=3000', { route: 'decrypt', nth: 1, times: 1, fault: { kind: 'slow', delayMs: 3000 } }],
    [
      'patch:429:retry-after=1',
      {
        route: 'patch',
        nth: 1,
        times: 1,
        fault: { kind: 'status', status: 429, retryAfter: { seconds: 1, format: 'seconds' } },
      },
    ],
    [
      'patch:429:retry-after-date=1',
      {
        route: 'patch',
        nth: 1,
        times: 1,
        fault: { kind: 'status', status: 429, retryAfter: { seconds: 1, format: 'http-date' } },
      },
    ],
    [
      'patch:503-after-write:retry-after=4',
      {
        route: 'patch',
        nth: 1,
        times: 1,
        fault: { kind: 'after-write', status: 503, retryAfter: { seconds: 4, format: 'seconds' } },
      },
    ],
    ['patch@1x3:reset', { route: 'patch', nth: 1, times: 3, fault: { kind: 'reset' } }],
    ['patchx2:502', { route: 'patch', nth: 1, times: 2, fault: { kind: 'status', status: 502 } }],
    [
      'read-open@2x*:reset-after-write',
      { route: 'read-open', nth: 2, times: Infinity, fault: { kind: 'reset', afterWrite: true } },
    ],
    ['oidc:503', { route: 'oidc', nth: 1, times: 1, fault: { kind: 'status', status: 503 } }],
    [
      'patch:redirect:to=https://elsewhere.example/x',
      {
        route: 'patch',
        nth: 1,
        times: 1,
        fault: { kind: 'redirect', status: 307, location: 'https://elsewhere.example/x' },
      },
    ],
    [
      'decrypt:redirect=308:to=https://127.0.0.1:8443',
      {
        route: 'decrypt',
        nth: 1,
        times: 1,
        fault: { kind: 'redirect', status: 308, location: 'https://127.0.0.1:8443' },
      },
    ],
    ['decryptx*:gateway-json', { route: 'decrypt', nth: 1, times: Infinity, fault: { kind: 'gateway-json' } }],
    ['open:not-json', { route: 'open', nth: 1, times: 1, fault: { kind: 'not-json' } }],
    ['decrypt:cut-body', { route: 'decrypt', nth: 1, times: 1, fault: { kind: 'cut-body' } }],
    ['decrypt:stall-body', { route: 'decrypt', nth: 1, times: 1, fault: { kind: 'stall-body' } }],
    ['decrypt:huge-body=1024', { route: 'decrypt', nth: 1, times: 1, fault: { kind: 'huge-body', megabytes: 1024 } }],
    ['patch:echo-diagnostics', { route: 'patch', nth: 1, times: 1, fault: { kind: 'echo-diagnostics' } }],
    ['patch:command-text', { route: 'patch', nth: 1, times: 1, fault: { kind: 'command-text', status: 500 } }],
    ['patch:command-text=400', { route: 'patch', nth: 1, times: 1, fault: { kind: 'command-text', status: 400 } }],
    ['decryptx*:weak-etag', { route: 'decrypt', nth: 1, times: Infinity, fault: { kind: 'weak-etag' } }],
  ])('%s', (text, expected) => {
    expect(parseFaultSpec(text)).toEqual(expected);
  });

  test('patch:concurrent-write stores the document again, unchanged', async () => {
    const spec = parseFaultSpec('patch@2:concurrent-write');
    expect(spec).toEqual({
      route: 'patch',
      nth: 2,
      times: 1,
      fault: { kind: 'concurrent-write', edit: expect.any(Function) },
    });
    if (spec.fault.kind !== 'concurrent-write') throw new Error('unreachable');
    expect(await spec.fault.edit('values:\n  a: 1\n')).toBe('values:\n  a: 1\n');
  });

  test.each([
    ['patch', /expected route\[@nth\]\[xTIMES\]:kind\[:arg\]/],
    ['patch:', /expected route/],
    ['PATCH:503', /expected route/],
    ['patch@:503', /expected route/],
    ['nope:503', /route must be one of/],
    ['patch:418', /status must be one of/],
    ['patch@0:503', /nth must be an integer from 1/],
    ['patchx0:503', /times must be/],
    ['read:concurrent-write', /patch route only/],
    ['patch:slow=fast', /unknown kind "slow=fast"/],
    ['patch:slow', /unknown kind "slow"/],
    ['patch:503:retry-after=soon', /retry-after=SECONDS/],
    ['patch:reset:now', /takes no argument/],
    ['patch:redirect', /needs the argument to=URL/],
    ['patch:redirect=200:to=https://x.example', /redirect status must be one of/],
    ['patch:redirect:to=nowhere', /absolute URL/],
    ['decrypt:echo-diagnostics', /patch route only/],
    ['patch:huge-body=0', /megabytes must be an integer from 1/],
    ['patch:command-text=404', /command-text status must be one of/],
  ])('refuses %s, naming it', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(`--fault "${text}": `);
    expect(() => parseFaultSpec(text)).toThrow(message);
  });
});

describe('npm run emulator -- --fault', () => {
  test('serves the faults it was given, per route and per request number', async () => {
    dir = mkdtempSync(join(tmpdir(), 'esc-fault-cli-'));
    const seed = join(dir, 'dev.yaml');
    writeFileSync(seed, 'values:\n  a: 1\n');
    child = spawn(process.execPath, [
      CLI,
      '--seed',
      `acme/app/dev=${seed}`,
      '--fault',
      'read:reset',
      '--fault',
      'decrypt@2:503',
      '--fault',
      'decrypt@3:slow=50',
      '--fault',
      'patch:429-after-write',
      '--fault',
      'patch@2:429:retry-after-date=1',
    ]);
    const [urlLine, tokenLine] = await firstLines(child, 2);
    const env = `${urlLine.replace(/^ESC emulator listening at /, '')}/api/esc/environments/acme/app/dev`;
    const headers = { Authorization: `token ${tokenLine.replace(/^token: /, '')}` };
    const revision = async () => (await fetch(env, { headers })).headers.get('pulumi-esc-revision');

    await expect(fetch(env, { headers })).rejects.toThrow('fetch failed');
    expect(await revision()).toBe('2');

    const first = await fetch(`${env}/decrypt`, { headers });
    expect(first.status).toBe(200);
    const failed = await fetch(`${env}/decrypt`, { headers });
    expect([failed.status, ((await failed.json()) as { code: number }).code]).toEqual([503, 503]);
    expect(failed.headers.get('x-pulumi-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const started = performance.now();
    const slow = await fetch(`${env}/decrypt`, { headers });
    expect(slow.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(48);

    const applied = await fetch(env, {
      method: 'PATCH',
      headers: { ...headers, ETag: String(first.headers.get('etag')) },
      body: 'values:\n  a: 2\n',
    });
    expect([applied.status, applied.headers.get('retry-after')]).toEqual([429, null]);
    expect(await revision()).toBe('3');
    const current = String((await fetch(env, { headers })).headers.get('etag'));
    const limited = await fetch(env, {
      method: 'PATCH',
      headers: { ...headers, ETag: current },
      body: 'values:\n  a: 3\n',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/ GMT$/);
    expect(await revision()).toBe('3');
  });

  test('--help documents the grammar', async () => {
    child = spawn(process.execPath, [CLI, '--help']);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    expect(await exited(child)).toBe(0);
    expect(out).toContain('--fault SPEC');
    expect(out).toContain('route[@nth][xTIMES]:kind[:arg]');
    expect(out).toContain('retry-after-date=S');
  });

  test.each(['patch:418', 'nope:503', 'decrypt@0:slow=5'])(
    'a bad spec %s exits 2 before listening, naming the spec',
    async (spec) => {
      child = spawn(process.execPath, [CLI, '--fault', 'decrypt:500', '--fault', spec]);
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      expect(await exited(child)).toBe(2);
      expect(err).toContain(`--fault "${spec}"`);
      expect(out).not.toContain('listening');
    },
  );
});
