import { annotationsFor } from '../../src/report/annotations.js';
import { finding } from '../fixtures/run-report.js';

const errors = (n: number) => Array.from({ length: n }, (_, i) => finding('error', `E${i}`));

describe('annotationsFor', () => {
  it.each([
    // errors found, room kept for the failure's reason → findings shown, and the count of the rest
    [10, 0, 10, undefined],
    [13, 0, 9, 4],
    [9, 1, 9, undefined],
    [10, 1, 8, 2],
    [30, 1, 8, 22],
  ])('%i errors, %i kept for the verdict: %i shown, the rest counted in one', (count, reserved, shown, rest) => {
    const annotations = annotationsFor(errors(count), { error: reserved });
    expect(annotations.length + reserved).toBeLessThanOrEqual(10);
    const counting = annotations.filter((a) => a.properties.title.endsWith(' more'));
    expect(annotations.length - counting.length).toBe(shown);
    expect(counting.map((a) => a.message)).toEqual(
      rest === undefined
        ? []
        : [
            `${rest} more errors not shown here (GitHub shows 10 per step); the job summary and the report file list them all.`,
          ],
    );
  });

  it('keeps room for the notices of the run among the notices, and budgets each kind apart', () => {
    const findings = [
      ...errors(3),
      ...Array.from({ length: 12 }, (_, i) => finding('notice', `N${i}`)),
      finding('warning'),
    ];
    const annotations = annotationsFor(findings, { notice: 2 });
    expect(annotations.filter((a) => a.severity === 'error')).toHaveLength(3);
    expect(annotations.filter((a) => a.severity === 'warning')).toHaveLength(1);
    const notices = annotations.filter((a) => a.severity === 'notice');
    expect(notices).toHaveLength(8);
    expect(notices.at(-1)!.message).toMatch(/^5 more notices not shown here/);
  });

  it('carries file and position when the finding has them', () => {
    const [a] = annotationsFor([
      { ...finding('error'), file: '.github/workflows/x.yml', line: 4, column: 9, endColumn: 30 },
    ]);
    expect(a.properties).toEqual({
      title: 'lambda-h200-sync: required (S)',
      file: '.github/workflows/x.yml',
      startLine: 4,
      startColumn: 9,
      endColumn: 30,
    });
  });
});
