import { keyShape } from '../../src/validate/ssh-key-shape.js';
import { OPENSSH_PRIVATE_KEY } from '../fixtures/values.js';

const PEM_RSA = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\n-----END RSA PRIVATE KEY-----\n';
const PKCS8 = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

describe('keyShape', () => {
  it.each([
    ['an OpenSSH key', OPENSSH_PRIVATE_KEY, 'private-key'],
    ['an OpenSSH key without final newline', OPENSSH_PRIVATE_KEY.trimEnd(), 'private-key'],
    ['an OpenSSH key with CRLF', OPENSSH_PRIVATE_KEY.replace(/\n/g, '\r\n'), 'private-key'],
    ['a PEM RSA key', PEM_RSA, 'private-key'],
    ['a PKCS#8 key', PKCS8, 'private-key'],
    ['an ed25519 public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG user@host', 'public-key'],
    ['an RSA public key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@host', 'public-key'],
    ['a PEM public key', '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----', 'public-key'],
    ['a home path', '~/.ssh/id_ed25519', 'file-path'],
    ['an absolute path', '/home/runner/.ssh/lambda.pem', 'file-path'],
    ['a bare key file name', 'id_rsa', 'file-path'],
    ['a key body without armour', OPENSSH_PRIVATE_KEY.split('\n').slice(1, -2).join('\n'), 'unarmoured'],
    ['mismatched armour', '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----', 'other'],
    ['anything else', 'hunter2', 'other'],
  ])('%s → %s', (_name, value, shape) => {
    expect(keyShape(value)).toBe(shape);
  });
});
