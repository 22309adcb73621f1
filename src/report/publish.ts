import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findingsOf } from '../findings.js';
import { RunnerEnv } from '../runner-env.js';
import { annotationsFor } from './annotations.js';
import { outputsFor } from './outputs.js';
import { reportJson, writeReportFile } from './report-file.js';
import type { RunReport } from './run-report.js';
import { renderSummary } from './summary.js';
import { failureHeadline, stepFailure } from './verdict.js';

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/**
 * The one writer of what the user sees, from the run's report: log lines, annotations, the SARIF
 * file, outputs, the report file, the job summary and the exit code.
 */
export async function publish(report: RunReport): Promise<void> {
  for (const line of report.logLines) core.info(line);
  for (const notice of report.notices) core.notice(notice, { title: 'lambda-h200-sync' });
  for (const warning of report.warnings ?? []) core.warning(warning, { title: 'lambda-h200-sync' });
  const findings = findingsOf(report.outcomes);
  const failure = stepFailure(report);
  // The failure's reason is an error annotation too (the last one): findings never crowd it out.
  const reserved = { error: failure ? 1 : 0, notice: report.notices.length };
  for (const a of annotationsFor(findings, reserved)) ANNOTATE[a.severity](a.message, a.properties);

  if (report.sarifFile) {
    // Loaded only when asked for: it brings the audit rules, which a sync never needs.
    const { sarifLog } = await import('./sarif.js');
    // Every file's results, those a pull request does not change too: code scanning would take missing alerts for fixed.
    const all = [...findings, ...(report.untouched ?? [])];
    writeFile(report.sarifFile, `${JSON.stringify(sarifLog(all), null, 2)}\n`);
    core.info(`SARIF written to ${report.sarifFile}.`);
  }
  // Off a runner (@github/local-action) there is no RUNNER_TEMP: the system's temp, never the user's checkout.
  const reportPath = writeReportFile(
    join(process.env[RunnerEnv.RunnerTemp] || tmpdir(), 'lambda-h200-sync'),
    reportJson(report),
  );
  for (const [name, value] of Object.entries({ ...outputsFor(report), report: reportPath }))
    core.setOutput(name, value);

  if (process.env[RunnerEnv.StepSummary]) await core.summary.addRaw(renderSummary(report)).write();

  if (failure) {
    // core.setFailed, with a title, so the annotation says whose it is.
    core.error(failureHeadline(failure), { title: 'lambda-h200-sync failed' });
    // core.ExitCode.Failure, which @github/local-action's stand-in for @actions/core does not export.
    process.exitCode = 1;
  }
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
