import * as core from '@actions/core';
import type { ConfigSource } from '../config/read.js';
import { resolveAccessToken } from '../esc/auth.js';
import { EscClient } from '../esc/client.js';
import { backoffMs, retryPolicy } from '../http/retry.js';
import type { LegacyKey, ManagedSecret } from '../esc/document.js';
import { formatRef, parseEnvironmentRef } from '../esc/environment-ref.js';
import { syncEnvironment } from '../esc/sync.js';
import { type CheckOutcome, type Finding, findingsOf } from '../findings.js';
import { type Intake, readIntake } from '../intake.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import type { RunReport } from '../report/run-report.js';
import { blockingFindings } from '../report/verdict.js';
import { missingEnvironment, type Settings } from '../settings.js';
import { validate } from '../validate/checks.js';
import { USER_AGENT } from '../version.js';

/** Modes sync and plan: take in and mask the values, validate, then write ESC once (or only compare). */
export async function syncOrPlan(
  settings: Settings,
  configSource: ConfigSource | undefined,
  report: RunReport,
): Promise<void> {
  if (settings.checkLambda) {
    report.notices.push(
      'check-lambda: true is not supported by this version yet: the values were validated and synced, but not proven against the Lambda Cloud API.',
    );
  }
  const { profile, config, findings: configFindings } = loadProfile(settings.profile, configSource);
  const intake = readIntake(
    [...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)],
    settings.secretsJson,
    process.env,
    core.setSecret,
  );

  report.outcomes = [...configFindings.map(asOutcome), ...validate(profile, intake)];
  if (configFindings.length) {
    // A config file that does not say what to sync leaves nothing safe to write, whatever fail-on says.
    report.failure = `Config file ${configSource!.file} has ${configFindings.length} error${configFindings.length === 1 ? '' : 's'}; nothing was written to ESC.`;
    return;
  }
  const findings = findingsOf(report.outcomes);
  if (blockingFindings(findings, settings.failOn).length) return;

  const environment = settings.environment || config?.config?.environment;
  if (!environment) throw missingEnvironment();
  const ref = parseEnvironmentRef(environment);
  report.environment = formatRef(ref);

  if (settings.mode === 'plan' && !settings.accessToken && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    report.notices.push(
      'ESC was not read: there is no Pulumi access token and no OIDC (as on pull requests from forks and Dependabot). The secrets were validated; the plan of ESC changes needs a token.',
    );
    return;
  }
  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  const retry = retryPolicy(settings.timeoutSeconds);
  const token = await resolveAccessToken(settings, ref, {
    getIdToken: core.getIDToken,
    mask: core.setSecret,
    deadline,
  });
  const result = await syncEnvironment({
    client: new EscClient({
      cloudUrl: settings.cloudUrl,
      token: token.value,
      tokenSource: token.source,
      userAgent: USER_AGENT,
      deadline,
      retry,
    }),
    ref,
    managed: managedSecrets(profile, intake, findings),
    legacy: { names: Object.keys(profile.legacy), prune: settings.pruneLegacy },
    createEnvironment: settings.createEnvironment,
    write: settings.mode === 'sync',
    verify: settings.verify,
    logger: { info: core.info },
    failureDelayMs: (n) => backoffMs(retry, n),
  });
  Object.assign(report, { changes: result.changes, changed: result.changed, revision: result.revision });
  report.outcomes.push(...result.legacyFound.map((key) => legacyInEsc(key, profile, settings)));
  if (result.created)
    report.notes.push(
      settings.mode === 'sync'
        ? `Created ESC environment ${report.environment}.`
        : `ESC environment ${report.environment} does not exist yet; a sync would create it.`,
    );
  if (result.conflicts)
    report.notes.push(
      `Another writer changed the environment ${result.conflicts} time(s) during the run; re-read and re-applied each time.`,
    );
  if (result.ambiguous)
    report.notes.push(
      `${result.ambiguous} write(s) failed without saying whether they were applied; the environment was read again each time rather than written blindly.`,
    );
  if (result.verified) report.notes.push('Verified: every synced value reads back byte-equal and marked secret.');
}

const asOutcome = (finding: Finding): CheckOutcome => ({
  check: finding.check,
  ...(finding.secret ? { subject: finding.secret } : {}),
  finding,
});

/** The entries to write: those with a value and no error finding (with fail-on never, the valid rest is written). */
function managedSecrets(profile: Profile, intake: Intake, findings: readonly Finding[]): ManagedSecret[] {
  const failed = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.secret));
  return profile.entries
    .filter((entry) => !failed.has(entry.secret) && intake.values.get(entry.secret))
    .map((entry) => ({
      secret: entry.secret,
      path: entry.path,
      env: entry.env,
      value: intake.values.get(entry.secret)!,
    }));
}

/** A legacy key found in ESC: a warning, or a notice when prune-legacy removes it in this write. */
function legacyInEsc(key: LegacyKey, profile: Profile, settings: Settings): CheckOutcome {
  const replacement = profile.legacy[key.secret];
  const instead = replacement ? `replaced by ${replacement}` : 'removed';
  const pruned = settings.pruneLegacy;
  const message = pruned
    ? `ESC path ${key.path} held the legacy ${key.secret} (${instead}); ${settings.mode === 'plan' ? 'a sync would remove it' : 'removed it'} in the same write.`
    : `ESC path ${key.path} still holds the legacy ${key.secret} (${instead}). Set prune-legacy: true to remove it in the same write.`;
  return {
    check: 'legacy',
    subject: key.secret,
    finding: { check: 'legacy', severity: pruned ? 'notice' : 'warning', secret: key.secret, path: key.path, message },
  };
}
