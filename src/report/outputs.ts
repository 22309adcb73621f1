import { countChanges } from '../changes.js';
import { findingsOf, scoreOf } from '../findings.js';
import type { RunReport } from './run-report.js';

/** The step's outputs of PRODUCT.md, as strings; `report` is added by whoever writes the file. */
export function outputsFor(report: RunReport): Record<string, string> {
  const findings = findingsOf(report.outcomes);
  const secretsOf = (...checks: string[]): string =>
    [...new Set(findings.filter((f) => checks.includes(f.check) && f.secret).map((f) => f.secret))].join(',');
  return {
    // Unknown, not false, when a plan could not read ESC.
    changed: report.mode === 'plan' && !report.escRead ? '' : String(report.changed),
    revision: report.revision === undefined ? '' : String(report.revision),
    added: String(countChanges(report.changes, 'add')),
    updated: String(countChanges(report.changes, 'update')),
    unchanged: String(countChanges(report.changes, 'unchanged')),
    removed: String(countChanges(report.changes, 'remove')),
    missing: secretsOf('required'),
    legacy: secretsOf('legacy', 'legacy-secret'),
    mismatched: secretsOf('expected'),
    score: String(scoreOf(report.outcomes)),
    'comment-url': report.commentUrl ?? '',
  };
}
