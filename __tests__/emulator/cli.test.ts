import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exited, firstLines } from './helpers.js';

const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;
let dir = '';

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run emulator', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'prints its URL and token, serves seeded environments, and stops on %s',
    async (signal) => {
      dir = mkdtempSync(join(tmpdir(), 'esc-cli-'));
      const seed = join(dir, 'prod.yaml');
      writeFileSync(seed, 'values:\n  region: us-east-1\n  key:\n    fn::secret: k\n');
      child = spawn(process.execPath, [
        CLI,
        '--seed',
        `acme/app/prod=${seed}`,
        '--conflict-status',
        '412',
        '--latency',
        '1',
        '--path-prefix',
        '/pulumi',
      ]);
      const [urlLine, tokenLine] = await firstLines(child, 2);
      const url = /^ESC emulator listening at (http:\/\/127\.0\.0\.1:\d+\/pulumi)$/.exec(urlLine)?.[1];
      const token = /^token: (\S+)$/.exec(tokenLine)?.[1];
      expect(url).toBeDefined();
      expect(token).toBeDefined();

      const headers = { Authorization: `token ${token}` };
      const read = await fetch(`${url}/api/esc/environments/acme/app/prod`, { headers });
      expect(read.status).toBe(200);
      const text = await read.text();
      expect(text).toContain('region: us-east-1');
      expect(text).toContain('ciphertext: ZXNjeA');
      expect(read.headers.get('pulumi-esc-revision')).toBe('2');
      const stale = await fetch(`${url}/api/esc/environments/acme/app/prod`, {
        method: 'PATCH',
        headers: { ...headers, ETag: 'old' },
        body: '',
      });
      expect(stale.status).toBe(412);

      const code = exited(child);
      child.kill(signal);
      expect(await code).toBe(0);
    },
  );

  test.each([
    [[], 200],
    [['--no-encrypt-secrets'], 404],
  ])('with %j, encrypt-secrets answers %d', async (args, status) => {
    dir = mkdtempSync(join(tmpdir(), 'esc-cli-'));
    const seed = join(dir, 'prod.yaml');
    writeFileSync(seed, 'values:\n  a: 1\n');
    child = spawn(process.execPath, [CLI, '--seed', `acme/app/prod=${seed}`, ...args]);
    const [urlLine, tokenLine] = await firstLines(child, 2);
    const url = urlLine.replace(/^ESC emulator listening at /, '');
    const answer = await fetch(`${url}/api/esc/environments/acme/app/prod/encrypt-secrets`, {
      method: 'POST',
      headers: { Authorization: `token ${tokenLine.replace(/^token: /, '')}` },
      body: '{"plaintexts":["x"]}',
    });
    expect(answer.status).toBe(status);
  });

  test.each([
    [['--seed', 'no-equals-sign'], /--seed takes/],
    [['--latency', 'soon'], /--latency takes/],
    [['--conflict-status', '400'], /409 or 412/],
    [['--bogus'], /bogus/],
  ])('refuses %j with a message and exit code 2', async (args, message) => {
    child = spawn(process.execPath, [CLI, ...args]);
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    expect(await exited(child)).toBe(2);
    expect(err).toMatch(message);
  });
});
