import { ruleProblem } from '../../src/validate/rules.js';
import { OPENSSH_PRIVATE_KEY } from '../fixtures/values.js';

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
