import type { OpenedValue } from '../../src/esc/client.js';
import { verifyOpened } from '../../src/esc/verify.js';

const ref = { org: 'acme', project: 'lambda', env: 'h200' };
const item = { secret: 'LAMBDA_LABS_API_KEY', path: 'lambdaLabs.apiKey', env: 'LAMBDA_LABS_API_KEY', value: 'sk-1\n' };
const opened = (value: OpenedValue, exported: OpenedValue = value): Record<string, OpenedValue> => ({
  lambdaLabs: { value: { apiKey: value } },
  environmentVariables: { value: { LAMBDA_LABS_API_KEY: exported } },
});

describe('verifyOpened', () => {
  it('passes when value and export are byte-equal and secret', () => {
    expect(() => verifyOpened(opened({ value: 'sk-1\n', secret: true }), [item], ref)).not.toThrow();
  });

  it.each([
    [
      'a trimmed value',
      opened({ value: 'sk-1', secret: true }),
      /LAMBDA_LABS_API_KEY at lambdaLabs.apiKey: differs from the GitHub secret/,
    ],
    ['a value not marked secret', opened({ value: 'sk-1\n' }), /at lambdaLabs.apiKey: not marked secret/],
    [
      'a missing export',
      { lambdaLabs: { value: { apiKey: { value: 'sk-1\n', secret: true } } } },
      /exported as environmentVariables.LAMBDA_LABS_API_KEY: missing/,
    ],
    ['an empty environment', {}, /at lambdaLabs.apiKey: missing/],
  ])('fails on %s, naming the path and never the value', (_name, properties, message) => {
    expect(() => verifyOpened(properties, [item], ref)).toThrow(message);
    expect(() => verifyOpened(properties, [item], ref)).not.toThrow(/sk-1/);
  });
});
