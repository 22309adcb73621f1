import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fingerprint, parsePublicKey, publicHalf, sameKey } from '../../src/lambda/ssh-key.js';
import { generateKeys, type KeyKind } from './keys.js';

let keys: ReturnType<typeof generateKeys>;
beforeAll(() => {
  keys = generateKeys();
});
afterAll(() => keys.remove());

const crlfWithoutFinalNewline = (text: string) => text.replace(/\n/g, '\r\n').trimEnd();

describe('publicHalf', () => {
  test.each<[KeyKind, boolean]>([
    ['ed25519', false],
    ['ed25519-passphrase', true],
    ['rsa-pem', false],
    ['ecdsa-pkcs8', false],
  ])('%s: the public half matches its .pub, as ssh-keygen -lf prints it', (kind, encrypted) => {
    const half = publicHalf(keys[kind].privateKey);
    expect(half).toMatchObject({ kind: 'key', encrypted, normalised: false });
    if (half.kind !== 'key') return;
    const registered = parsePublicKey(keys[kind].publicKey)!;
    expect(sameKey(half.key, registered)).toBe(true);
    const keygen = execFileSync('ssh-keygen', ['-lf', `${keys[kind].file}.pub`], { encoding: 'utf8' });
    expect(keygen).toContain(fingerprint(half.key));
  });

  test.each<KeyKind>(['ed25519', 'ed25519-passphrase', 'rsa-pem'])(
    '%s pasted with CRLF and no final newline: read after normalising, and says so',
    (kind) => {
      const half = publicHalf(crlfWithoutFinalNewline(keys[kind].privateKey));
      expect(half).toMatchObject({ kind: 'key', normalised: true });
      if (half.kind === 'key') expect(sameKey(half.key, parsePublicKey(keys[kind].publicKey)!)).toBe(true);
    },
  );

  test('a passphrase-protected PEM key cannot be compared without its passphrase', () => {
    expect(publicHalf(keys['rsa-pem-passphrase'].privateKey)).toEqual({ kind: 'encrypted-pem', normalised: false });
  });

  test('a key of another pair does not match', () => {
    const half = publicHalf(keys.ed25519.privateKey);
    expect(half.kind === 'key' && sameKey(half.key, parsePublicKey(keys.other.publicKey)!)).toBe(false);
  });

  test('keys of different types never match, even by accident of blob', () => {
    const half = publicHalf(keys['rsa-pem'].privateKey);
    expect(half.kind === 'key' && sameKey(half.key, parsePublicKey(keys.ed25519.publicKey)!)).toBe(false);
  });

  test.each([
    ['armour around nothing', '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n'],
    [
      'a header cut short',
      () => keys.ed25519.privateKey.split('\n').slice(0, 2).join('\n') + '\n-----END OPENSSH PRIVATE KEY-----\n',
    ],
    ['a PEM body that is not a key', '-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----\n'],
    ['a public key', () => keys.ed25519.publicKey],
    ['a path', '~/.ssh/id_ed25519'],
  ])('%s is unreadable, and no parser message escapes', (_, text) => {
    expect(publicHalf(typeof text === 'function' ? text() : text)).toEqual({ kind: 'unreadable' });
  });
});

describe('parsePublicKey', () => {
  test('a registered line with or without its comment and trailing whitespace is the same key', () => {
    const [type, blob] = keys.ed25519.publicKey.split(' ');
    expect(sameKey(parsePublicKey(`${type} ${blob}`)!, parsePublicKey(`${keys.ed25519.publicKey}  \n`)!)).toBe(true);
  });
  test.each(['', 'ssh-ed25519 not-base64', 'hello'])('%j is not a public key', (line) => {
    expect(parsePublicKey(line)).toBeUndefined();
  });
});
