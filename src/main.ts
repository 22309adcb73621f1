import * as core from '@actions/core';
import { readConfigSource } from './config/read.js';
import { ConfigurationError } from './errors.js';
import { publish } from './report/publish.js';
import type { RunReport } from './report/run-report.js';
import { missingEnvironment, readSettings } from './settings.js';

/** The action: read the inputs, run the mode, report everything once at the end. */
export async function run(): Promise<void> {
  const report: RunReport = { mode: 'sync', failOn: 'error', outcomes: [], changes: [], changed: false, notes: [], notices: [] };
  try {
    const settings = readSettings(core.getInput, process.env);
    Object.assign(report, { mode: settings.mode, failOn: settings.failOn });
    const configSource = readConfigSource(settings);
    // Modes load only now: yaml, zod and the ESC code are not needed to reject bad inputs, and start-up is measured.
    if (settings.mode === 'audit') {
      const { audit } = await import('./modes/audit.js');
      audit(settings, configSource, report);
    } else {
      if (!settings.environment && !configSource) throw missingEnvironment();
      const { syncOrPlan } = await import('./modes/sync.js');
      await syncOrPlan(settings, configSource, report);
    }
  } catch (error) {
    report.failure = error instanceof Error ? error.message : String(error);
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) core.debug(error.stack);
  }
  await publish(report);
}
