import * as core from '@actions/core';
import { resolveAccessToken } from '../esc/auth.js';
import { EscClient } from '../esc/client.js';
import type { EnvironmentRef } from '../esc/environment-ref.js';
import { syncEnvironment } from '../esc/sync.js';
import { ConfigurationError } from '../errors.js';
import { findingsOf } from '../findings.js';
import { readIntake } from '../intake.js';
import { builtinProfile } from '../profile/lambda-h200.js';
import type { RunReport } from '../report/run-report.js';
import { findingsBlock } from '../report/verdict.js';
import type { Settings } from '../settings.js';
import { checkRequired } from '../validate/required.js';
import { USER_AGENT } from '../version.js';

/** Modes sync and plan: take in and mask the values, validate, then write ESC once (or only compare). */
export async function syncOrPlan(settings: Settings, ref: EnvironmentRef, report: RunReport): Promise<void> {
  const profile = builtinProfile(settings.profile);
  if (!profile) throw new ConfigurationError(`Input \`profile\` must be lambda-h200 or none; got "${settings.profile}".`);
  const names = [...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)];
  const intake = readIntake(names, settings.secretsJson, process.env, core.setSecret);

  report.outcomes = checkRequired(profile.entries, intake);
  const findings = findingsOf(report.outcomes);
  if (findingsBlock(findings.map((f) => f.severity), settings.failOn)) return;

  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  const token = await resolveAccessToken(settings, ref, { getIdToken: core.getIDToken, mask: core.setSecret, deadline });
  const client = new EscClient({ cloudUrl: settings.cloudUrl, token: token.value, tokenSource: token.source, userAgent: USER_AGENT, deadline });
  const failedSecrets = new Set(findings.map((f) => f.secret));
  const managed = profile.entries
    .filter((entry) => !failedSecrets.has(entry.secret))
    .map((entry) => ({ secret: entry.secret, path: entry.path, env: entry.env, value: intake.values.get(entry.secret)! }));
  const result = await syncEnvironment({
    client,
    ref,
    managed,
    createEnvironment: settings.createEnvironment,
    write: settings.mode === 'sync',
    verify: settings.verify,
    logger: { info: core.info, debug: core.debug },
  });
  Object.assign(report, { changes: result.changes, changed: result.changed, revision: result.revision });
  if (result.created) report.notes.push(settings.mode === 'sync' ? `Created ESC environment ${report.environment}.` : `ESC environment ${report.environment} does not exist yet; a sync would create it.`);
  if (result.conflicts) report.notes.push(`Another writer changed the environment ${result.conflicts} time(s) during the run; re-read and re-applied each time.`);
  if (result.verified) report.notes.push('Verified: every synced value reads back byte-equal and marked secret.');
}
