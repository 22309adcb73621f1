import { type ChangeAction, countChanges } from '../changes.js';
import { findingsOf, scoreOf } from '../findings.js';
import { escUnknown, type RunReport } from './run-report.js';

/** The step's outputs of PRODUCT.md, as strings; `report` is added by whoever writes the file. */
export function outputsFor(report: RunReport): Record<string, string> {
  const findings = findingsOf(report.outcomes);
  const secretsOf = (...checks: string[]): string =>
    [...new Set(findings.filter((f) => checks.includes(f.check) && f.secret).map((f) => f.secret))].join(',');
  // ESC not read (plan without a token): what a sync would change is unknown, so those outputs stay empty.
  const count = (action: ChangeAction): string =>
    escUnknown(report) ? '' : String(countChanges(report.changes, action));
  return {
    changed: escUnknown(report) ? '' : String(report.changed),
    revision: report.revision === undefined ? '' : String(report.revision),
    added: count('add'),
    updated: count('update'),
    unchanged: count('unchanged'),
    removed: count('remove'),
    missing: secretsOf('required'),
    legacy: secretsOf('legacy', 'legacy-secret'),
    mismatched: secretsOf('expected'),
    score: String(scoreOf(report.outcomes)),
    'comment-url': report.commentUrl ?? '',
  };
}
