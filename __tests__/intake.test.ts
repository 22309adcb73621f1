import { readIntake } from '../src/intake.js';
import { maskValue } from '../src/mask.js';
import { OPENSSH_PRIVATE_KEY } from './fixtures/values.js';

const names = ['LAMBDA_LABS_API_KEY', 'LAMBDA_LABS_REGION'];

describe('readIntake', () => {
  it('reads values untrimmed from the step env', () => {
    const intake = readIntake(names, undefined, { LAMBDA_LABS_API_KEY: '  key \n', OTHER: 'x' }, () => {});
    expect(intake.source).toBe('env');
    expect([...intake.values]).toEqual([['LAMBDA_LABS_API_KEY', '  key \n']]);
  });

  it('reads the secrets JSON, matching names case-insensitively', () => {
    const intake = readIntake(
      names,
      '{"lambda_labs_region": "us-west-1", "github_token": "ghs_x"}',
      { LAMBDA_LABS_API_KEY: 'ignored' },
      () => {},
    );
    expect(intake.source).toBe('secrets');
    expect([...intake.values]).toEqual([['LAMBDA_LABS_REGION', 'us-west-1']]);
  });

  it('takes a surrogate pair, and ignores names it does not take', () => {
    const intake = readIntake(
      names,
      '{"LAMBDA_LABS_REGION": "\\ud83d\\ude00", "OTHER": "\\ud800", "other": "x"}',
      {},
      () => {},
    );
    expect([...intake.values]).toEqual([['LAMBDA_LABS_REGION', '😀']]);
  });

  it('masks every value it takes before returning', () => {
    const masked: string[] = [];
    readIntake(names, undefined, { LAMBDA_LABS_API_KEY: 'k1', LAMBDA_LABS_REGION: 'r1' }, (v) => masked.push(v));
    expect(masked).toEqual(['k1', 'r1']);
  });

  it.each([
    ['invalid JSON', '{"LAMBDA_LABS_API_KEY": "sk_live_secret"', /not valid JSON/],
    ['an array', '["sk_live_secret"]', /must be a JSON object .* it is an array/],
    ['a string', '"sk_live_secret"', /it is a string/],
    ['a number value', '{"LAMBDA_LABS_API_KEY": 12345}', /the value of LAMBDA_LABS_API_KEY is a number/],
    [
      'a lone high surrogate',
      '{"LAMBDA_LABS_API_KEY": "sk_live_secret\\ud800"}',
      /the value of LAMBDA_LABS_API_KEY holds a lone UTF-16 surrogate/,
    ],
    [
      'a lone low surrogate',
      '{"LAMBDA_LABS_REGION": "\\udc00sk_live_secret"}',
      /the value of LAMBDA_LABS_REGION holds a lone UTF-16 surrogate/,
    ],
    [
      'two names differing only in case',
      '{"LAMBDA_LABS_API_KEY": "sk_live_secret", "lambda_labs_api_key": "12345"}',
      /LAMBDA_LABS_API_KEY and lambda_labs_api_key differ only in case/,
    ],
  ])('refuses %s without echoing it', (_name, json, message) => {
    let error: Error | undefined;
    try {
      readIntake(names, json, {}, () => {});
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toMatch(/sk_live_secret|12345/);
  });
});

describe('maskValue', () => {
  it.each([
    ['a one-line value once', 'abc', ['abc']],
    ['the whole value and each trimmed line', 'a1\r\n  b2 \nc3\n', ['a1\r\n  b2 \nc3\n', 'a1', 'b2', 'c3']],
    ['nothing for an empty or blank value', ' \n ', []],
  ])('masks %s', (_name, value, expected) => {
    const masked: string[] = [];
    maskValue(value, (v) => masked.push(v));
    expect(masked).toEqual(expected);
  });

  it('masks every line of a private key', () => {
    const masked: string[] = [];
    maskValue(OPENSSH_PRIVATE_KEY, (v) => masked.push(v));
    for (const line of OPENSSH_PRIVATE_KEY.split('\n').filter(Boolean)) expect(masked).toContain(line);
  });
});
