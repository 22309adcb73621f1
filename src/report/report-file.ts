import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, passed, scoreOf } from '../findings.js';
import { redact } from '../mask.js';
import { ACTION_VERSION } from '../version.js';
import { escUnknown, type RunReport } from './run-report.js';
import { stepFailure } from './verdict.js';

/** The report file's JSON: every finding and every planned or applied change, names and paths only, masked. */
export function reportJson(report: RunReport): string {
  const failure = stepFailure(report);
  const body = {
    tool: 'lambda-h200-sync',
    version: ACTION_VERSION,
    mode: report.mode,
    environment: report.environment ?? null,
    result: failure ? 'failure' : 'success',
    failure: failure ?? null,
    // null when ESC was not read (plan without a token): nobody knows whether a sync would change it.
    changed: escUnknown(report) ? null : report.changed,
    ...(report.escNotRead ? { escNotRead: report.escNotRead } : {}),
    revision: report.revision ?? null,
    score: scoreOf(report.outcomes),
    checks: { run: report.outcomes.length, passed: report.outcomes.filter(passed).length },
    findings: findingsOf(report.outcomes),
    changes: report.changes,
    notes: report.logLines,
  };
  // The runner masks the log, not this file: every string goes through the same masking (numbers stay numbers).
  return `${JSON.stringify(body, (_key, value: unknown) => (typeof value === 'string' ? redact(value) : value), 2)}\n`;
}

/** Most steps of one job that may write a report file, far more than any workflow has. */
const MAX_REPORTS_PER_JOB = 1000;

/**
 * Writes a report file no earlier step of the job wrote: `report.json`, then `report-2.json`, …
 * (created exclusively, so two steps never share one). Returns its path.
 */
export function writeReportFile(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= MAX_REPORTS_PER_JOB; n++) {
    const path = join(dir, n === 1 ? 'report.json' : `report-${n}.json`);
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${dir} already holds ${MAX_REPORTS_PER_JOB} report files; the report was not written.`);
}
