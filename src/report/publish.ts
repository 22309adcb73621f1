import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from '../findings.js';
import { RunnerEnv } from '../runner-env.js';
import { annotationsFor } from './annotations.js';
import { outputsFor } from './outputs.js';
import { reportJson } from './report-file.js';
import type { RunReport } from './run-report.js';
import { renderSummary } from './summary.js';
import { failureMessage } from './verdict.js';

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/** Turns the run's report into everything the user sees: annotations, outputs, report file, summary, exit code. */
export async function publish(report: RunReport): Promise<void> {
  for (const note of report.notes) core.info(note);
  for (const notice of report.notices) core.notice(notice, { title: 'lambda-h200-sync' });
  for (const a of annotationsFor(findingsOf(report.outcomes))) ANNOTATE[a.severity](a.message, a.properties);

  const outputs = outputsFor(report);
  const reportPath = writeReportFile(report);
  for (const [name, value] of Object.entries({ ...outputs, report: reportPath })) core.setOutput(name, value);

  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report)).write();

  const failure = failureMessage(report);
  if (failure) core.setFailed(failure);
}

function writeReportFile(report: RunReport): string {
  const dir = join(
    process.env[RunnerEnv.RunnerTemp] || process.env[RunnerEnv.Workspace] || process.cwd(),
    'lambda-h200-sync',
  );
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'report.json');
  writeFileSync(path, reportJson(report));
  return path;
}
