import { type Finding, findingsOf } from '../findings.js';
import type { FailOn } from '../settings.js';
import type { RunReport } from './run-report.js';

/** Legacy names warn but never fail a sync or plan (PRODUCT.md): the build must not break on them. */
const NEVER_FATAL = new Set(['legacy']);

/** The findings that fail the step, and stop the write, under `fail-on`. */
export function blockingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter(
    (f) => !NEVER_FATAL.has(f.check) && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')),
  );
}

/** The one message the step fails with, or undefined when it succeeds. */
export function failureMessage(report: RunReport): string | undefined {
  if (report.failure) return report.failure;
  const blocking = blockingFindings(findingsOf(report.outcomes), report.failOn);
  if (!blocking.length) return undefined;
  const errors = blocking.filter((f) => f.severity === 'error').length;
  const warnings = blocking.length - errors;
  const counted = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')]
    .filter(Boolean)
    .join(' and ');
  return report.mode === 'audit'
    ? `${counted} in workflow files (fail-on: ${report.failOn}).`
    : `${counted} (fail-on: ${report.failOn}); nothing was written to ESC.`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
