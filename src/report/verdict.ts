import { findingsOf } from '../findings.js';
import type { FailOn } from '../settings.js';
import type { RunReport } from './run-report.js';

/** Do these findings stop the write and fail the step under `fail-on`? */
export function findingsBlock(severities: readonly string[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return severities.some((s) => s === 'error' || (failOn === 'warning' && s === 'warning'));
}

/** The one message the step fails with, or undefined when it succeeds. */
export function failureMessage(report: RunReport): string | undefined {
  if (report.failure) return report.failure;
  const findings = findingsOf(report.outcomes);
  if (!findingsBlock(findings.map((f) => f.severity), report.failOn)) return undefined;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${report.failOn}); nothing was written to ESC.`;
}
