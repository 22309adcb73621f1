import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A key pair made by ssh-keygen for the test: the private key file's text and the public key line. */
export interface KeyPair {
  name: string;
  privateKey: string;
  publicKey: string;
  /** Where the private key file is, while the set lives. */
  file: string;
}

export const PASSPHRASE = 'correct-horse-battery';

/** How each kind of key is made: the formats users paste into LAMBDA_LABS_SSH_PRIVATE_KEY. */
const KINDS = {
  ed25519: ['-t', 'ed25519', '-N', ''],
  'ed25519-passphrase': ['-t', 'ed25519', '-N', PASSPHRASE],
  'rsa-pem': ['-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', ''],
  'rsa-pem-passphrase': ['-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', PASSPHRASE],
  'ecdsa-pkcs8': ['-t', 'ecdsa', '-m', 'PKCS8', '-N', ''],
  other: ['-t', 'ed25519', '-N', ''],
} as const;
export type KeyKind = keyof typeof KINDS;

/** Generates one key of each kind with ssh-keygen in a temporary directory; `remove()` deletes it. */
export function generateKeys(): Record<KeyKind, KeyPair> & { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-keys-'));
  const pairs = Object.fromEntries(
    Object.entries(KINDS).map(([name, args]) => {
      const file = join(dir, name);
      execFileSync('ssh-keygen', ['-q', ...args, '-C', `${name}@test`, '-f', file], { stdio: 'ignore' });
      return [
        name,
        { name, file, privateKey: readFileSync(file, 'utf8'), publicKey: readFileSync(`${file}.pub`, 'utf8').trim() },
      ];
    }),
  ) as Record<KeyKind, KeyPair>;
  return { ...pairs, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
