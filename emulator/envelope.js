// Secret encryption at rest, in the envelope the real service uses:
// base64("escx" ‖ uint32be(version 1) ‖ inner ciphertext ‖ uint32be(crc32 of all preceding bytes)).
// The inner ciphertext is the emulator's own choice: AES-256-GCM, iv ‖ ciphertext ‖ tag.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from('escx', 'ascii');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 4;
const MIN_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES + 4;

export class EnvelopeError extends Error {}

/**
 * @typedef {object} SecretCipher
 * @property {(plaintext: string) => string} seal  plaintext → base64 envelope
 * @property {(envelope: string) => string} open   base64 envelope → plaintext; throws EnvelopeError
 */

/**
 * @param {Buffer} [key] 32 bytes; a fresh random key when omitted, so each emulator has its own.
 * @returns {SecretCipher}
 */
export function createSecretCipher(key = randomBytes(32)) {
  return {
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const head = Buffer.alloc(HEADER_BYTES);
      MAGIC.copy(head);
      head.writeUInt32BE(VERSION, MAGIC.length);
      const unsummed = Buffer.concat([head, iv, body, cipher.getAuthTag()]);
      const sum = Buffer.alloc(4);
      sum.writeUInt32BE(crc32(unsummed));
      return Buffer.concat([unsummed, sum]).toString('base64');
    },
    open(envelope) {
      const bytes = decodeBase64(envelope);
      if (bytes.length < MIN_BYTES) throw new EnvelopeError('ciphertext is too short');
      if (!bytes.subarray(0, MAGIC.length).equals(MAGIC))
        throw new EnvelopeError('ciphertext does not start with "escx"');
      const version = bytes.readUInt32BE(MAGIC.length);
      if (version !== VERSION) throw new EnvelopeError(`unsupported ciphertext version ${version}`);
      const end = bytes.length - 4;
      if (crc32(bytes.subarray(0, end)) !== bytes.readUInt32BE(end))
        throw new EnvelopeError('ciphertext checksum mismatch');
      const iv = bytes.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
      const body = bytes.subarray(HEADER_BYTES + IV_BYTES, end - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(bytes.subarray(end - TAG_BYTES, end));
      try {
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new EnvelopeError('ciphertext was not encrypted by this service');
      }
    },
  };
}

/**
 * Buffer.from silently skips invalid characters; a corrupted envelope must fail instead.
 * @param {string} text
 */
function decodeBase64(text) {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new EnvelopeError('ciphertext is not valid base64');
  }
  return Buffer.from(compact, 'base64');
}
