import { annotationsFor } from '../../src/report/annotations.js';
import { finding } from '../fixtures/run-report.js';

describe('annotationsFor', () => {
  it('shows 10 per severity and counts the rest in one more', () => {
    const findings = [...Array.from({ length: 13 }, (_, i) => finding('error', `E${i}`)), finding('warning')];
    const annotations = annotationsFor(findings);
    const errors = annotations.filter((a) => a.severity === 'error');
    expect(errors).toHaveLength(11);
    expect(errors[10].message).toBe('3 more errors not shown here; the job summary and the report file list them all.');
    expect(annotations.filter((a) => a.severity === 'warning')).toHaveLength(1);
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
