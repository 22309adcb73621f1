import { ConfigurationError } from '../../src/errors.js';
import { acceptCredential, untrustedText } from '../../src/http/index.js';
import { maskValue, redact } from '../../src/mask.js';

describe('untrustedText', () => {
  it.each([
    [
      'a workflow command on its own line',
      'bad\n::warning::pwned\n::set-output name=changed::true',
      'bad : :warning::pwned : :set-output name=changed::true',
    ],
    ['a command at the very start', '  ::error::x', ': :error::x'],
    ['an ESC path, left readable', 'at values.a["fn::secret"]', 'at values.a["fn::secret"]'],
    ['a legacy ##[ command', 'x ##[error]boom', 'x # #[error]boom'],
    ['CR, tabs, NUL, C1 and U+2028', 'a\r\tb\u0000c\u0085d\u2028e', 'a b c d e'],
    ['plain text', 'environment not found', 'environment not found'],
  ])('neutralises %s', (_name, text, expected) => {
    expect(untrustedText(text)).toBe(expected);
  });

  it('caps the length, counting characters not UTF-16 units', () => {
    expect(untrustedText('é'.repeat(500), 10)).toBe(`${'é'.repeat(10)}…`);
    expect(untrustedText('🙂'.repeat(5), 3)).toBe('🙂🙂🙂…');
  });

  it('masks every value (and line of one) masked so far', () => {
    maskValue('first-line-value\nsecond-line-value', () => undefined);
    expect(untrustedText('quoted: first-line-value and second-line-value')).toBe('quoted: *** and ***');
    expect(redact('{"x":"second-line-value"}')).toBe('{"x":"***"}');
  });

  it('leaves values under four characters in text: they would mangle every number and id', () => {
    maskValue('16', () => undefined);
    expect(untrustedText('request id 16a-b16')).toBe('request id 16a-b16');
  });
});

describe('acceptCredential', () => {
  it.each([
    ['a line break', 'pul-abc\npul-def'],
    ['a carriage return', 'pul-abcdef\r'],
    ['a NUL', 'pul-abc\u0000def'],
  ])('refuses a token with %s, quoting nothing, after masking every line', (_name, token) => {
    const masked: string[] = [];
    let error: unknown;
    try {
      acceptCredential(token, 'the pulumi-access-token input', (v) => masked.push(v));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /from the pulumi-access-token input holds a line break or a control character/,
    );
    expect((error as Error).message).not.toMatch(/pul-/);
    for (const line of token.split(/\r?\n|\r/).filter(Boolean)) expect(masked).toContain(line.trim());
  });

  it('accepts and masks a clean token', () => {
    const masked: string[] = [];
    expect(acceptCredential('pul-0123456789', 'x', (v) => masked.push(v))).toBe('pul-0123456789');
    expect(masked).toEqual(['pul-0123456789']);
  });
});
