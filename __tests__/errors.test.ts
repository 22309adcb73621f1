import { ConfigurationError, failureOf, httpFailureKind, ServiceError } from '../src/errors.js';
import { EscApiError } from '../src/esc/errors.js';

describe('httpFailureKind', () => {
  it.each([
    [400, 'setup'],
    [401, 'setup'],
    [403, 'setup'],
    [404, 'setup'],
    [409, 'service'],
    [429, 'service'],
    [500, 'service'],
    [503, 'service'],
    [undefined, 'service'],
  ] as const)('%s is %s', (status, kind) => {
    expect(httpFailureKind(status)).toBe(kind);
  });
});

describe('failureOf', () => {
  it.each([
    ['a ConfigurationError', new ConfigurationError('Input `mode` …'), { kind: 'setup', message: 'Input `mode` …' }],
    [
      'a ServiceError with its request id',
      new ServiceError('down', 'r-1'),
      { kind: 'service', message: 'down', requestId: 'r-1' },
    ],
    [
      'a refused token (401)',
      new EscApiError('refused', 401, 'r-2'),
      { kind: 'setup', message: 'refused', requestId: 'r-2' },
    ],
    ['ESC failing (503)', new EscApiError('503', 503, 'r-3'), { kind: 'service', message: '503', requestId: 'r-3' }],
    [
      'no answer at all',
      new EscApiError('unreachable', undefined, undefined),
      { kind: 'service', message: 'unreachable' },
    ],
    ['any other error', new TypeError('x is undefined'), { kind: 'internal', message: 'x is undefined' }],
    ['a thrown string', 'odd', { kind: 'internal', message: 'odd' }],
  ])('%s', (_name, error, failure) => {
    expect(failureOf(error)).toEqual(failure);
  });
});
