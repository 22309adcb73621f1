import { formatDiagnostics } from '../../src/esc/errors.js';
import { secretAtPath } from '../../src/esc/sync.js';

const MANAGED = [
  { secret: 'LAMBDA_LABS_ASG_NAME', path: 'lambdaLabs.asgName', env: 'LAMBDA_LABS_ASG_NAME', value: 'v' },
  { secret: 'LAMBDA_LABS_API_KEY', path: 'lambdaLabs.apiKey', env: 'LAMBDA_LABS_API_KEY', value: 'v' },
];

describe('a 400 diagnostic is mapped back to the secret its path belongs to', () => {
  it.each([
    ['values.lambdaLabs.asgName["fn::secret"]', 'LAMBDA_LABS_ASG_NAME'],
    ['values.lambdaLabs.asgName', 'LAMBDA_LABS_ASG_NAME'],
    ['values.lambdaLabs.apiKey["fn::secret"].ciphertext', 'LAMBDA_LABS_API_KEY'],
    ['values.environmentVariables.LAMBDA_LABS_API_KEY', 'LAMBDA_LABS_API_KEY'],
    ['values.lambdaLabs.apiKeyOld["fn::secret"]', undefined],
    ['values.lambdaLabs', undefined],
    ['imports[0]', undefined],
  ])('%s → %s', (path, secret) => {
    expect(secretAtPath(MANAGED)(path)).toBe(secret);
  });

  it('names the secret and adds the `${` hint to "secret values must be string literals" only', () => {
    const text = formatDiagnostics(
      [
        {
          summary: 'secret values must be string literals',
          path: 'values.lambdaLabs.asgName["fn::secret"]',
          range: { begin: { line: 4, column: 17 } },
        },
        { summary: 'unknown property "x"', path: 'values.other' },
      ],
      secretAtPath(MANAGED),
    );
    expect(text.split('\n')).toEqual([
      ':',
      '- secret values must be string literals at values.lambdaLabs.asgName["fn::secret"], line 4:17: LAMBDA_LABS_ASG_NAME; a secret written as plaintext may not hold `${` (ESC reads it as a reference, and escaping it would change the value); such a value must be stored as ciphertext',
      '- unknown property "x" at values.other',
    ]);
  });

  it('keeps the service text on one line and short', () => {
    const text = formatDiagnostics([{ summary: `bad\n::error::x${'y'.repeat(400)}` }]);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.length).toBeLessThan(320);
  });
});
