import { ruleProblem } from '../../src/validate/rules.js';
import { secretNameProblem } from '../../src/validate/secret-name.js';
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

describe('ruleProblem', () => {
  it.each([
    ['api-key', 'secret_abc.123', undefined],
    ['api-key', 'secret abc', /contains whitespace/],
    ['api-key', 'secret\n', /contains whitespace/],
    ['ssh-key-name', 'k'.repeat(64), undefined],
    ['ssh-key-name', 'k'.repeat(65), /longer than 64/],
    ['ssh-private-key', OPENSSH_PRIVATE_KEY, undefined],
    ['ssh-private-key', 'ssh-ed25519 AAAAC3Nza x', /looks like a public key/],
    ['region', 'us-west-1', undefined],
    ['region', 'europe-central-1', undefined],
    ['region', 'us west 1', /does not look like a Lambda region/],
    ['region', 'US-WEST-1', /does not look like a Lambda region/],
    ['instance-type', 'gpu_1x_h200', undefined],
    ['instance-type', 'gpu_8x_h100_sxm5', undefined],
    ['instance-type', 'h100', /does not look like a Lambda instance type/],
    ['positive-integer', '16', undefined],
    ['positive-integer', '0', /positive whole number/],
    ['positive-integer', '016', /positive whole number/],
    ['positive-integer', '3 ', /positive whole number/],
    ['positive-integer', '1.5', /positive whole number/],
    ['non-empty', ' x ', undefined],
    ['non-empty', ' \t\n', /empty or only whitespace/],
    ['absolute-path', '/mnt/shared', undefined],
    ['absolute-path', 'mnt/shared', /absolute path/],
    ['absolute-path', '/mnt/my share', /absolute path/],
    ['any', '', undefined],
  ] as const)('%s: %j', (rule, value, problem) => {
    const found = ruleProblem(rule, value);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('secretNameProblem', () => {
  it.each([
    ['LAMBDA_LABS_API_KEY', undefined],
    ['lambda_labs_api_key', undefined],
    ['_PRIVATE', undefined],
    ['LAMBDA-API-KEY', /only letters, digits and underscores/],
    ['1PASSWORD_TOKEN', /may not start with a digit/],
    ['GITHUB_TOKEN', /GITHUB_/],
    ['github_app_key', /GITHUB_/],
    ['', /is empty/],
  ])('%j', (name, problem) => {
    const found = secretNameProblem(name);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
