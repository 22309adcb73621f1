import sshpk from 'sshpk';

/** What can be learnt of a private key's public half without its passphrase. */
export type PublicHalf =
  | { kind: 'key'; key: sshpk.Key; encrypted: boolean; normalised: boolean }
  /** A passphrase-protected PEM key: its public half is encrypted with the rest. */
  | { kind: 'encrypted-pem'; normalised: boolean }
  | { kind: 'unreadable' };

const OPENSSH_ARMOUR = /^-----BEGIN OPENSSH PRIVATE KEY-----\n([\s\S]*?)\n-----END OPENSSH PRIVATE KEY-----\n$/;
/** PKCS#1 with a Proc-Type header, or PKCS#8's encrypted form. */
const ENCRYPTED_PEM = /^Proc-Type: 4,ENCRYPTED$|^-----BEGIN ENCRYPTED PRIVATE KEY-----$/m;
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/**
 * The public half of a private key as pasted into a secret. Pasting often loses the final newline
 * or adds CRLF, so the text is normalised first and `normalised` says whether it had to be.
 * OpenSSH keys keep their public half unencrypted in the openssh-key-v1 header, so a
 * passphrase-protected one is read from there (sshpk refuses an encrypted key without its
 * passphrase); everything else goes through sshpk. Never throws, and never says why a key could
 * not be read: a parser's message may quote the key.
 */
export function publicHalf(text: string): PublicHalf {
  const normal = `${text.replace(/\r\n?/g, '\n').trim()}\n`;
  const normalised = normal !== text;
  const openssh = OPENSSH_ARMOUR.exec(normal);
  try {
    if (openssh) {
      const header = opensshHeader(Buffer.from(openssh[1].replace(/\s+/g, ''), 'base64'));
      if (!header) return { kind: 'unreadable' };
      if (header.cipher === 'none') {
        return {
          kind: 'key',
          key: sshpk.parsePrivateKey(normal, 'ssh-private').toPublic(),
          encrypted: false,
          normalised,
        };
      }
      return { kind: 'key', key: sshpk.parseKey(header.publicKey, 'rfc4253'), encrypted: true, normalised };
    }
    if (ENCRYPTED_PEM.test(normal)) return { kind: 'encrypted-pem', normalised };
    return { kind: 'key', key: sshpk.parsePrivateKey(normal, 'pem').toPublic(), encrypted: false, normalised };
  } catch (error) {
    if (error instanceof Error && error.name === 'KeyEncryptedError') return { kind: 'encrypted-pem', normalised };
    return { kind: 'unreadable' };
  }
}

/**
 * The fields of openssh-key-v1 before the private section (OpenSSH's PROTOCOL.key): the magic,
 * then string ciphername, string kdfname, string kdfoptions, uint32 number of keys, and the first
 * public key as a string (an RFC 4253 blob). Undefined when the bytes do not hold them.
 */
function opensshHeader(bytes: Buffer): { cipher: string; publicKey: Buffer } | undefined {
  if (!bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) return undefined;
  let at = OPENSSH_MAGIC.length;
  const string = (): Buffer | undefined => {
    if (at + 4 > bytes.length) return undefined;
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.length) return undefined;
    at += 4 + length;
    return bytes.subarray(at - length, at);
  };
  const cipher = string();
  if (!cipher || !string() || !string() || at + 4 > bytes.length) return undefined;
  const keys = bytes.readUInt32BE(at);
  at += 4;
  const publicKey = keys >= 1 ? string() : undefined;
  return publicKey ? { cipher: cipher.toString('latin1'), publicKey } : undefined;
}

/** An OpenSSH public key line (`type base64 [comment]`), or undefined when it is not one. */
export function parsePublicKey(line: string): sshpk.Key | undefined {
  try {
    return sshpk.parseKey(line.trim(), 'ssh');
  } catch {
    return undefined;
  }
}

/** Same key type and blob, compared by SHA256 fingerprint: comments and whitespace do not matter. */
export const sameKey = (a: sshpk.Key, b: sshpk.Key): boolean => a.type === b.type && fingerprint(a) === fingerprint(b);

/** As `ssh-keygen -lf` prints it: SHA256:… */
export const fingerprint = (key: sshpk.Key): string => key.fingerprint('sha256').toString();
