import * as core from '@actions/core';
import { readConfigSource } from './config/read.js';
import { StepTimeout, stepDeadline, withinDeadline } from './deadline.js';
import { type Failure, failureOf } from './errors.js';
import { PullRequestRun } from './github/run.js';
import type { AuditOutcome } from './modes/audit.js';
import type { SyncOutcome } from './modes/sync.js';
import { publish } from './report/publish.js';
import type { RunReport } from './report/run-report.js';
import { readSettings, type Settings } from './settings.js';

/** The action: read the inputs, run the mode, build the report once, publish it. */
export async function run(): Promise<void> {
  let settings: Settings | undefined;
  let pullRequest: PullRequestRun | undefined;
  let outcome: SyncOutcome | AuditOutcome | undefined;
  let failure: Failure | undefined;
  let timedOut = false;
  try {
    settings = readSettings(core.getInput, process.env);
    const deadline = stepDeadline(settings.timeoutSeconds);
    pullRequest = new PullRequestRun(settings, deadline);
    outcome = await withinDeadline(runMode(settings, pullRequest), deadline, `mode ${settings.mode} was running`);
  } catch (error) {
    timedOut = error instanceof StepTimeout;
    failure = timedOut
      ? {
          kind: 'service',
          message: `${(error as Error).message} Nothing was written after that point; raise the timeout input (${settings!.timeoutSeconds} s) if the step needs longer.`,
        }
      : failureOf(error);
    // A fault of the action: the stack trace helps the report it asks for.
    if (failure.kind === 'internal' && error instanceof Error && error.stack) core.debug(error.stack);
  }
  const report: RunReport = {
    mode: settings?.mode ?? 'sync',
    failOn: settings?.failOn ?? 'error',
    ...(settings?.sarifFile ? { sarifFile: settings.sarifFile } : {}),
    changes: [],
    changed: false,
    outcomes: [],
    logLines: [],
    notices: [],
    ...outcome,
    ...(failure ? { failure } : {}),
  };
  try {
    // Mode sync never comments; the comment's code and Octokit load only on pull requests.
    if (settings?.prComment && report.mode !== 'sync' && pullRequest?.isPullRequest) {
      const { keepPullRequestComment } = await import('./report/pull-request-comment.js');
      await keepPullRequestComment(report, pullRequest);
    }
    await publish(report);
  } catch (error) {
    // Reporting itself failed (an unwritable summary or temp directory): still fail with a message.
    core.setFailed(`Could not report the result: ${error instanceof Error ? error.message : String(error)}`);
  }
  // What ran out of time may still hold the process open (a request of the toolkit, a worker): stop it.
  if (timedOut) process.exit();
}

/** Modes load only when run: yaml, zod and the ESC code are not needed to reject bad inputs. */
async function runMode(settings: Settings, pullRequest: PullRequestRun): Promise<SyncOutcome | AuditOutcome> {
  const configSource = readConfigSource(settings);
  if (settings.mode === 'audit') {
    const { audit } = await import('./modes/audit.js');
    return audit(settings, configSource, pullRequest);
  }
  const { syncOrPlan } = await import('./modes/sync.js');
  return syncOrPlan(settings, configSource);
}
