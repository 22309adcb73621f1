import { backoffMs, isRetryableStatus, retryAfterMs, retryPolicy } from '../../src/http/retry.js';

describe('retryPolicy', () => {
  it.each([
    [120, { attempts: 5, baseDelayMs: 1000, conflictBaseDelayMs: 100, maxDelayMs: 30_000, requestTimeoutMs: 30_000 }],
    [4, { attempts: 5, baseDelayMs: 4000 / 120, conflictBaseDelayMs: 100, maxDelayMs: 30_000, requestTimeoutMs: 1000 }],
    [1, { attempts: 5, baseDelayMs: 10, conflictBaseDelayMs: 100, maxDelayMs: 30_000, requestTimeoutMs: 250 }],
  ])('a %i s timeout', (timeout, policy) => {
    expect(retryPolicy(timeout)).toEqual(policy);
  });
});

describe('backoffMs', () => {
  const policy = retryPolicy(120);
  it.each([
    [0, 0, 500],
    [0, 0.999999, 1500],
    [3, 0.5, 8000],
    [10, 0.5, 30_000],
  ])('retry %i with random %d waits %i ms', (retry, random, ms) => {
    expect(backoffMs(policy, retry, () => random)).toBe(ms);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  it.each([
    ['2', 2000],
    [' 0 ', 0],
    ['Mon, 30 Nov 2026 12:00:03 GMT', 3000],
    ['Mon, 30 Nov 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});

it.each([
  [429, true],
  [500, true],
  [503, true],
  [400, false],
  [401, false],
  [409, false],
])('status %i is worth trying again: %s', (status, retryable) => {
  expect(isRetryableStatus(status)).toBe(retryable);
});
