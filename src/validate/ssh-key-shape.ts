/** What a value pasted as an SSH private key looks like, so a wrong paste gets a message that says which. */
export type KeyShape = 'private-key' | 'public-key' | 'file-path' | 'unarmoured' | 'other';

const PRIVATE_ARMOUR =
  /^-----BEGIN ((?:OPENSSH|RSA|EC|DSA|ENCRYPTED) )?PRIVATE KEY-----\r?\n[\s\S]+\r?\n-----END \1?PRIVATE KEY-----\s*$/;
const PUBLIC_LINE =
  /^(ssh-(rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA/;
const PUBLIC_ARMOUR = /^-----BEGIN (SSH2 |RSA )?PUBLIC KEY-----/;
const BASE64_BODY = /^[A-Za-z0-9+/=\s]{64,}$/;

export function keyShape(value: string): KeyShape {
  const text = value.trim();
  if (PRIVATE_ARMOUR.test(text)) return 'private-key';
  if (PUBLIC_LINE.test(text) || PUBLIC_ARMOUR.test(text)) return 'public-key';
  if (/^(~|\.{0,2}\/|[A-Za-z]:\\)\S*$/.test(text) || /^\S*id_(rsa|ed25519|ecdsa|dsa)(\.pem)?$/.test(text))
    return 'file-path';
  if (BASE64_BODY.test(text)) return 'unarmoured';
  return 'other';
}

export const KEY_SHAPE_PROBLEM: Record<Exclude<KeyShape, 'private-key'>, string> = {
  'public-key':
    'looks like a public key (ssh-… AAAA… or BEGIN PUBLIC KEY); paste the private key, the file without .pub',
  'file-path': 'looks like a file path; the secret must hold the key itself (the file’s contents), not where it lives',
  unarmoured:
    'looks like a key without its armour: the -----BEGIN … PRIVATE KEY----- and -----END … PRIVATE KEY----- lines are missing',
  other:
    'is not an SSH private key: expected an OpenSSH (BEGIN OPENSSH PRIVATE KEY) or PEM (BEGIN RSA/EC PRIVATE KEY, BEGIN PRIVATE KEY) key',
};
