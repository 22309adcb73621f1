import * as core from '@actions/core';
import { isMainThread, workerData } from 'node:worker_threads';
import { AUDIT_WORKER } from './audit/worker-role.js';
import { readConfigSource } from './config/read.js';
import { ConfigurationError } from './errors.js';
import { publish } from './report/publish.js';
import type { RunReport } from './report/run-report.js';
import { missingEnvironment, readSettings } from './settings.js';

/** The action: read the inputs, run the mode, report everything once at the end. */
export async function run(): Promise<void> {
  // The same bundle, started as a worker thread by mode audit, only audits its share of the files.
  if (!isMainThread && (workerData as { role?: string } | undefined)?.role === AUDIT_WORKER) {
    const { serveAuditShare } = await import('./audit/parallel.js');
    return serveAuditShare(workerData);
  }
  const report: RunReport = {
    mode: 'sync',
    failOn: 'error',
    outcomes: [],
    changes: [],
    changed: false,
    notes: [],
    notices: [],
  };
  try {
    const settings = readSettings(core.getInput, process.env);
    Object.assign(report, { mode: settings.mode, failOn: settings.failOn });
    const configSource = readConfigSource(settings);
    // Modes load only now: yaml, zod and the ESC code are not needed to reject bad inputs, and start-up is measured.
    if (settings.mode === 'audit') {
      const { audit } = await import('./modes/audit.js');
      await audit(settings, configSource, report, new URL(import.meta.url));
    } else {
      if (!settings.environment && !configSource) throw missingEnvironment();
      const { syncOrPlan } = await import('./modes/sync.js');
      await syncOrPlan(settings, configSource, report);
    }
  } catch (error) {
    report.failure = error instanceof Error ? error.message : String(error);
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) core.debug(error.stack);
  }
  try {
    await publish(report);
  } catch (error) {
    // Reporting itself failed (an unwritable summary or temp directory): still fail with a message.
    core.setFailed(`Could not report the result: ${error instanceof Error ? error.message : String(error)}`);
  }
}
