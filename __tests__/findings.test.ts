import { scoreOf } from '../src/findings.js';
import type { CheckOutcome } from '../src/findings.js';
import { finding } from './fixtures/run-report.js';

describe('scoreOf', () => {
  const outcomes = (passedCount: number, failed: number): CheckOutcome[] => [
    ...Array.from({ length: passedCount }, () => ({ check: 'c' })),
    ...Array.from({ length: failed }, () => ({ check: 'c', finding: finding('error') })),
  ];
  it.each([
    [10, 0, 100],
    [27, 6, 82],
    [199, 1, 99],
    [0, 3, 0],
    [0, 0, 100],
  ])('%i passed, %i failed → %i %', (p, f, score) => {
    expect(scoreOf(outcomes(p, f))).toBe(score);
  });
});
