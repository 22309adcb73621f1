import { findingsOf, passed, scoreOf } from '../findings.js';
import { ACTION_VERSION } from '../version.js';
import type { RunReport } from './run-report.js';
import { failureOf } from './verdict.js';

/** The report file's JSON: every finding and every planned or applied change, names and paths only. */
export function reportJson(report: RunReport): string {
  const failure = failureOf(report);
  const body = {
    tool: 'lambda-h200-sync',
    version: ACTION_VERSION,
    mode: report.mode,
    environment: report.environment ?? null,
    result: failure ? 'failure' : 'success',
    failure: failure ?? null,
    changed: report.changed,
    revision: report.revision ?? null,
    score: scoreOf(report.outcomes),
    checks: { run: report.outcomes.length, passed: report.outcomes.filter(passed).length },
    findings: findingsOf(report.outcomes),
    changes: report.changes,
    notes: report.logLines,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
