import type { Failure } from '../errors.js';
import { blockingFindings, findingsOf } from '../findings.js';
import { ACTION_HOME } from '../version.js';
import type { RunReport } from './run-report.js';
import { plural } from '../util/plural.js';

/** Why the step fails: the failure the run stopped with, else the findings that block under fail-on; undefined when it succeeds. */
export function stepFailure(report: RunReport): Failure | undefined {
  if (report.failure) return report.failure;
  const blocking = blockingFindings(findingsOf(report.outcomes), report.failOn);
  if (!blocking.length) return undefined;
  const errors = blocking.filter((f) => f.severity === 'error').length;
  const warnings = blocking.length - errors;
  const counted = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')]
    .filter(Boolean)
    .join(' and ');
  // Blocked only by checks that could not run (Lambda unreachable): not the user's setup, and a re-run may pass.
  const unrun = report.outcomes.filter((o) => o.couldNotRun && o.finding && blocking.includes(o.finding)).length;
  return {
    kind: unrun === blocking.length ? 'service' : 'setup',
    message:
      report.mode === 'audit'
        ? `${counted} in workflow files (fail-on: ${report.failOn}).`
        : `${counted} (fail-on: ${report.failOn}); nothing was written to ESC.`,
  };
}

/**
 * The one sentence the step fails with: the failure's message, then what its kind means for the
 * user. A setup failure's message already says what to fix.
 */
export function failureHeadline(failure: Failure): string {
  switch (failure.kind) {
    case 'setup':
      return failure.message;
    case 'service':
      return `${failure.message} This was not caused by your setup${failure.requestId && !failure.message.includes(failure.requestId) ? ` (request id ${failure.requestId})` : ''}: a service or the network failed, and a re-run may pass.`;
    case 'internal':
      return `lambda-h200-sync itself failed: ${failure.message} This is a bug in the action, not in your setup; please report it at ${ACTION_HOME}/issues with this log (a re-run with debug logging adds the stack trace).`;
  }
}
