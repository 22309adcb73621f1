import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { crc32 } from 'node:zlib';
import { parse } from 'yaml';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, open, patch } from './helpers.js';

let emu: EscEmulator;
beforeAll(async () => {
  emu = await startEscEmulator();
});
afterAll(() => emu.close());

const ciphertextsIn = (yaml: string) => [...yaml.matchAll(/ciphertext: (\S+)/g)].map((m) => m[1]);

/** Checks the envelope byte by byte, independently of the emulator's own code. */
function expectEnvelope(base64: string) {
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.toString('base64')).toBe(base64);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('escx');
  expect(bytes.readUInt32BE(4)).toBe(1);
  expect(bytes.length).toBeGreaterThan(12);
  expect(bytes.readUInt32BE(bytes.length - 4)).toBe(crc32(bytes.subarray(0, bytes.length - 4)));
}

/** A fresh envelope with one byte changed and, optionally, the checksum made right again. */
function tamper(base64: string, at: number, fixCrc: boolean) {
  const bytes = Buffer.from(base64, 'base64');
  bytes[at] ^= 0xff;
  if (fixCrc) bytes.writeUInt32BE(crc32(bytes.subarray(0, bytes.length - 4)), bytes.length - 4);
  return bytes.toString('base64');
}

describe('encryption at rest', () => {
  const ENV = 'acme/app/rest';
  const SECRET = 'h200-api-key-7f3a9c';

  test('plain GET shows only the envelope; /decrypt and the stored decrypted view show the plaintext', async () => {
    emu.seed(
      ENV,
      `values:\n  lambdaLabs:\n    apiKey:\n      fn::secret: ${SECRET}\n  list:\n    - fn::secret: second-${SECRET}\n`,
    );
    const plain = await call(emu, 'GET', ENV);
    expect(plain.text).not.toContain(SECRET);
    const ciphertexts = ciphertextsIn(plain.text);
    expect(ciphertexts).toHaveLength(2);
    ciphertexts.forEach(expectEnvelope);
    expect(parse(plain.text).values.lambdaLabs.apiKey).toEqual({ 'fn::secret': { ciphertext: ciphertexts[0] } });
    expect(emu.environment(ENV)?.definition).toBe(plain.text);

    const decrypted = await call(emu, 'GET', `${ENV}/decrypt`);
    expect(parse(decrypted.text).values).toEqual({
      lambdaLabs: { apiKey: { 'fn::secret': SECRET } },
      list: [{ 'fn::secret': `second-${SECRET}` }],
    });
    expect(emu.environment(ENV)?.decrypted).toBe(decrypted.text);
  });

  test('the same plaintext encrypts differently each time', async () => {
    emu.seed(ENV, 'values:\n  a:\n    fn::secret: same\n  b:\n    fn::secret: same\n');
    const [a, b] = ciphertextsIn(String(emu.environment(ENV)?.definition));
    expect(a).not.toBe(b);
  });

  test('a ciphertext block sent back is kept as is, beside a new plaintext secret', async () => {
    emu.seed(ENV, `values:\n  old:\n    fn::secret: ${SECRET}\n`);
    const [kept] = ciphertextsIn(String(emu.environment(ENV)?.definition));
    const answer = await patch(
      emu,
      ENV,
      `values:\n  old:\n    fn::secret:\n      ciphertext: ${kept}\n  new:\n    fn::secret: fresh\n`,
    );
    expect(answer.status).toBe(200);
    const stored = String(emu.environment(ENV)?.definition);
    expect(ciphertextsIn(stored)[0]).toBe(kept);
    expect(stored).not.toContain('fresh');
    expect(parse(String(emu.environment(ENV)?.decrypted)).values).toEqual({
      old: { 'fn::secret': SECRET },
      new: { 'fn::secret': 'fresh' },
    });
  });

  test('secrets outside values are encrypted at rest too, and /decrypt leaves them encrypted', async () => {
    const OUTSIDE = 'outside-values-secret';
    emu.seed(
      ENV,
      `values:\n  a: 1\nnotes:\n  token:\n    fn::secret: ${OUTSIDE}\n  list:\n    - fn::secret: second-${OUTSIDE}\n`,
    );
    const stored = String(emu.environment(ENV)?.definition);
    expect(stored).not.toContain(OUTSIDE);
    expect(ciphertextsIn(stored)).toHaveLength(2);
    ciphertextsIn(stored).forEach(expectEnvelope);
    const decrypted = await call(emu, 'GET', `${ENV}/decrypt`);
    expect(decrypted.text).toBe(stored);
  });

  test('outside values, a mapping with fn::secret beside another key is no call and stays as written', () => {
    emu.seed(ENV, 'values:\n  a: 1\nnotes:\n  fn::secret: visible\n  other: key\n');
    expect(emu.environment(ENV)?.definition).toContain('fn::secret: visible');
  });

  describe('a ciphertext block that does not decrypt is a 400 diagnostic', () => {
    let good = '';
    beforeAll(async () => {
      emu.seed(ENV, 'values:\n  a:\n    fn::secret: x\n');
      good = ciphertextsIn(String(emu.environment(ENV)?.definition))[0];
    });
    const others = startEscEmulator();
    afterAll(async () => (await others).close());

    test.each([
      ['bad checksum', () => tamper(good, 20, false), /checksum/],
      ['bad magic', () => tamper(good, 0, true), /escx/],
      ['bad version', () => tamper(good, 7, true), /version/],
      ['tampered ciphertext', () => tamper(good, 20, true), /not encrypted by this service/],
      ['not base64', () => 'not*base64', /base64/],
      ['too short', () => Buffer.from('escx\0\0\0\x01').toString('base64'), /too short/],
    ])('%s', async (_label, ciphertext, message) => {
      const before = emu.environment(ENV);
      const answer = await patch(emu, ENV, `values:\n  a:\n    fn::secret:\n      ciphertext: ${ciphertext()}\n`);
      expect(answer.status).toBe(400);
      const [first] = answer.json().diagnostics;
      expect(first.summary).toMatch(message);
      expect(first).toMatchObject({ path: 'values.a["fn::secret"]', range: { begin: { line: 4, column: 7 } } });
      expect(emu.environment(ENV)).toEqual(before);
    });

    test('another emulator’s ciphertext (another key)', async () => {
      const other = await others;
      other.seed(ENV, 'values:\n  a:\n    fn::secret: x\n');
      const foreign = ciphertextsIn(String(other.environment(ENV)?.definition))[0];
      expectEnvelope(foreign);
      const answer = await patch(emu, ENV, `values:\n  a:\n    fn::secret:\n      ciphertext: ${foreign}\n`);
      expect(answer.status).toBe(400);
      expect(answer.json().diagnostics[0].summary).toMatch(/not encrypted by this service/);
    });
  });
});

describe('plaintext secrets come back byte-identical', () => {
  const body = Array.from(
    { length: 5 },
    (_, i) => `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${i}`,
  );
  const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
  const big = Array.from({ length: 768 }, (_, i) => `${String(i).padStart(4, '0')}${'x'.repeat(59)}\n`).join('');
  const cases: [string, string][] = [
    ['an OpenSSH private key with its final newline', openssh],
    ['the same key without the final newline', openssh.slice(0, -1)],
    ['CRLF text', 'line one\r\nline two\r\n'],
    ['a lone CR', 'a\rb'],
    ['"true"', 'true'],
    ['"0123"', '0123'],
    ['"a: b"', 'a: b'],
    ['"#x"', '#x'],
    ['"pa$$word"', 'pa$$word'],
    ['"$${x}" (escaped, so a literal)', '$${x}'],
    ['leading and trailing spaces', '  padded value  '],
    ['a single space', ' '],
    ['only blanks and a newline', '  \n'],
    ['a tab line between newlines', '\n\t\n'],
    ['the empty string', ''],
    ['trailing blank lines', 'x\n\n\n'],
    ['a first line indented more than the rest', '  indented\nnot\n'],
    ['unicode', 'pässwörd — 密码 🔑 \u2028 end'],
    ['a tab and a NUL', 'a\tb\u0000c'],
    ['a 48 KB value', big],
  ];

  test('the 48 KB case really is 48 KB', () => {
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(48 * 1024);
  });

  test.each(cases)(
    '%s, written as a JSON-style quoted scalar, through /decrypt, a write-back and open',
    async (_label, value) => {
      const ENV = 'acme/app/roundtrip';
      emu.seed(ENV, '');
      const written = await patch(emu, ENV, `values:\n  key:\n    fn::secret: ${JSON.stringify(value)}\n`);
      expect(written.status).toBe(200);

      const decrypted = await call(emu, 'GET', `${ENV}/decrypt`);
      expect(parse(decrypted.text).values.key['fn::secret']).toBe(value);

      // A client that writes the decrypted document back unchanged must not alter the value.
      const rewritten = await call(emu, 'PATCH', ENV, {
        body: decrypted.text,
        headers: { ETag: String(decrypted.headers.get('etag')) },
      });
      expect(rewritten.status).toBe(200);
      expect(parse(String(emu.environment(ENV)?.decrypted)).values.key['fn::secret']).toBe(value);

      const opened = await open(emu, ENV);
      expect(opened.json()).toEqual({ properties: { key: { value, secret: true } } });
    },
  );

  test.each(cases)('%s, as a non-secret string, survives re-encoding', async (_label, value) => {
    const ENV = 'acme/app/plain-roundtrip';
    emu.seed(ENV, `values:\n  key: ${JSON.stringify(value)}\n`);
    expect(parse(String(emu.environment(ENV)?.definition)).values.key).toBe(value);
  });
});

describe('a plaintext secret holding `${` is not a string literal', () => {
  const ENV = 'acme/app/dollar';

  // [written, extra diagnostic besides the refusal]
  test.each([
    ['a${x}', undefined],
    ['${lambdaLabs.region}', undefined],
    ['${}', undefined],
    ['$$${x}', undefined],
    ['x$$${y}z', undefined],
    ['a${', "missing closing brace '}' in interpolation"],
    ['${a b}', "missing closing brace '}' in interpolation"],
  ])('%j is refused at PATCH and nothing is stored', async (value, extra) => {
    emu.seed(ENV, 'values:\n  kept: 1\n');
    const before = emu.environment(ENV);
    const answer = await patch(emu, ENV, `values:\n  key:\n    fn::secret: ${JSON.stringify(value)}\n`);
    expect(answer.status).toBe(400);
    const summaries = answer.json().diagnostics.map((d: { summary: string; path: string }) => [d.summary, d.path]);
    expect(summaries).toEqual([
      ...(extra ? [[extra, 'values.key["fn::secret"]']] : []),
      ['secret values must be string literals', 'values.key["fn::secret"]'],
    ]);
    expect(emu.environment(ENV)).toEqual(before);
  });

  test.each(['pa$$word', '$${x}', '$', 'a$b{c}', '$$$$'])(
    '%j holds no reference: stored and opened verbatim, nothing unescaped',
    async (value) => {
      emu.seed(ENV, '');
      expect((await patch(emu, ENV, `values:\n  key:\n    fn::secret: ${JSON.stringify(value)}\n`)).status).toBe(200);
      expect((await open(emu, ENV)).json()).toEqual({ properties: { key: { value, secret: true } } });
    },
  );

  test.each(['a${x}', '${lambdaLabs.region}', 'a${', 'x$$${y}z', 'pa$$word'])(
    '%j through encrypt-secrets is stored as ciphertext and opened verbatim',
    async (value) => {
      emu.seed(ENV, '');
      const encrypted = await call(emu, 'POST', `${ENV}/encrypt-secrets`, {
        body: JSON.stringify({ plaintexts: [value, 'second'] }),
      });
      expect(encrypted.status).toBe(200);
      const { ciphertexts } = encrypted.json();
      expect(ciphertexts).toHaveLength(2);
      ciphertexts.forEach(expectEnvelope);
      const yaml = `values:\n  key:\n    fn::secret:\n      ciphertext: ${ciphertexts[0]}\n  other:\n    fn::secret:\n      ciphertext: ${ciphertexts[1]}\n`;
      expect((await patch(emu, ENV, yaml)).status).toBe(200);
      expect(emu.environment(ENV)?.definition).toBe(yaml);
      expect((await open(emu, ENV)).json()).toEqual({
        properties: { key: { value, secret: true }, other: { value: 'second', secret: true } },
      });
      // The decrypted view shows it as plaintext, which could not be written back as it is.
      const decrypted = await call(emu, 'GET', `${ENV}/decrypt`);
      expect(parse(decrypted.text).values.key['fn::secret']).toBe(value);
    },
  );
});

describe('encrypt-secrets', () => {
  const ENV = 'acme/app/encrypt';
  beforeAll(() => {
    emu.seed(ENV, '');
  });

  test.each([
    ['no JSON', 'plaintexts'],
    ['no plaintexts', '{}'],
    ['a plaintext that is not a string', '{"plaintexts":["a",1]}'],
    ['plaintexts not a list', '{"plaintexts":"a"}'],
  ])('%s is a 400', async (_label, body) => {
    expect((await call(emu, 'POST', `${ENV}/encrypt-secrets`, { body })).status).toBe(400);
  });

  test('an empty list gives an empty list', async () => {
    const answer = await call(emu, 'POST', `${ENV}/encrypt-secrets`, { body: '{"plaintexts":[]}' });
    expect([answer.status, answer.json()]).toEqual([200, { ciphertexts: [] }]);
  });

  test('it needs write permission, and hides the environment from a token without access', async () => {
    emu.addToken('t-enc-open', { login: 'o', permissions: { [ENV]: 'open' } });
    emu.addToken('t-enc-none', { login: 'n', permissions: { [ENV]: 'none' } });
    const body = '{"plaintexts":["x"]}';
    expect((await call(emu, 'POST', `${ENV}/encrypt-secrets`, { body, token: 't-enc-open' })).status).toBe(403);
    expect((await call(emu, 'POST', `${ENV}/encrypt-secrets`, { body, token: 't-enc-none' })).status).toBe(404);
    expect((await call(emu, 'POST', `${ENV}/encrypt-secrets`, { body, token: null })).status).toBe(401);
    expect((await call(emu, 'POST', 'acme/app/absent/encrypt-secrets', { body })).status).toBe(404);
  });

  test('switched off, the route answers 404 as a service without it does, and the other routes still work', async () => {
    const without = await startEscEmulator({ encryptSecrets: false });
    try {
      without.seed(ENV, 'values:\n  a: 1\n');
      const answer = await call(without, 'POST', `${ENV}/encrypt-secrets`, { body: '{"plaintexts":["x"]}' });
      expect(answer.status).toBe(404);
      expect((await call(without, 'GET', ENV)).status).toBe(200);
      without.encryptSecrets = true;
      expect((await call(without, 'POST', `${ENV}/encrypt-secrets`, { body: '{"plaintexts":["x"]}' })).status).toBe(
        200,
      );
    } finally {
      await without.close();
    }
  });
});
