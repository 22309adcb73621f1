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

  test('secrets outside values are not touched', async () => {
    emu.seed(ENV, 'values:\n  a: 1\nnotes:\n  fn::secret: left alone\n');
    expect(emu.environment(ENV)?.definition).toContain('fn::secret: left alone');
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
    ['"${x}"', '${x}'],
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
