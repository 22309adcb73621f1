import * as core from '@actions/core';
import type { ConfigSource } from '../config/read.js';
import { loadProfile } from '../config/load.js';
import { resolveAccessToken } from '../esc/auth.js';
import { EscClient } from '../esc/client.js';
import type { ManagedSecret } from '../esc/document.js';
import { consoleUrl, type EnvironmentRef, formatRef, parseEnvironmentRef } from '../esc/environment-ref.js';
import { retryPolicy } from '../http/retry.js';
import { syncEnvironment } from '../esc/sync.js';
import { stepDeadline } from '../deadline.js';
import { failureOf } from '../errors.js';
import { blockingFindings, type CheckOutcome, type Finding, findingsOf, passed } from '../findings.js';
import { type Intake, readIntake } from '../intake.js';
import type { Profile } from '../profile/types.js';
import type { EscResult, ModeOutcome } from '../report/run-report.js';
import { RunnerEnv } from '../runner-env.js';
import { missingEnvironment, type Settings } from '../settings.js';
import { validate } from '../validate/checks.js';
import { checkLegacyInEsc } from '../validate/legacy.js';
import { USER_AGENT } from '../version.js';
import { plural } from '../util/plural.js';

/** What a sync or plan found and did (or would do) to ESC. */
export interface SyncOutcome extends ModeOutcome, EscResult {}

/** Modes sync and plan: take in and mask the values, validate, then write ESC once (or only compare). */
export async function syncOrPlan(settings: Settings, configSource: ConfigSource | undefined): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { outcomes: [], logLines: [], notices: [], changes: [], changed: false };
  // One budget for the whole step: the Lambda checks and ESC alike.
  const deadline = stepDeadline(settings.timeoutSeconds);
  const { profile, config, findings: configFindings } = loadProfile(settings.profile, configSource);
  const intake = readIntake(
    [...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)],
    settings.secretsJson,
    process.env,
    core.setSecret,
  );
  outcome.outcomes = [...configFindings.map(asOutcome), ...validate(profile, intake)];
  if (configFindings.length) {
    // A config file that does not say what to sync leaves nothing safe to write, whatever fail-on says.
    const message = `Config file ${configSource!.file} has ${plural(configFindings.length, 'error')}; nothing was written to ESC.`;
    return { ...outcome, failure: { kind: 'setup', message } };
  }
  if (settings.checkLambda) {
    try {
      const live = await proveAgainstLambda(settings, profile, intake, outcome.outcomes, deadline);
      outcome.outcomes.push(...live.outcomes);
      if (live.notice) outcome.notices.push(live.notice);
    } catch (error) {
      return { ...outcome, failure: failureOf(error) };
    }
  }
  const findings = findingsOf(outcome.outcomes);
  const blocking = blockingFindings(findings, settings.failOn);
  core.info(validationLine(outcome.outcomes, blocking.length, settings.failOn));
  try {
    const environment = settings.environment || config?.config?.environment;
    const named = environment ? parseEnvironmentRef(environment) : undefined;
    // Named before the verdict, so that a failing plan's pull-request comment is found again by its
    // environment, and the headline says where even when validation stops the run.
    if (named) {
      outcome.environment = formatRef(named);
      const url = consoleUrl(settings.cloudUrl, named);
      if (url) outcome.environmentUrl = url;
    }
    if (blocking.length) return outcome;
    if (!named) throw missingEnvironment();
    const ref = named;
    if (settings.mode === 'plan' && !settings.accessToken && !process.env[RunnerEnv.IdTokenRequestUrl]) {
      outcome.escNotRead =
        'there is no Pulumi access token and no OIDC (as on pull requests from forks and Dependabot)';
      outcome.notices.push(
        `ESC was not read: ${outcome.escNotRead}. The secrets were validated; the plan of ESC changes needs a token.`,
      );
      core.info(`Plan: ESC was not read (${outcome.escNotRead}); nothing is known of what a sync would change.`);
      return outcome;
    }
    return await writeEsc(settings, ref, managedSecrets(profile, intake, findings), profile, outcome, deadline);
  } catch (error) {
    // What was found so far stays in the report beside the failure.
    return { ...outcome, failure: failureOf(error) };
  }
}

/** Reads ESC, plans the edit and, in mode sync, writes it once; adds what happened to the outcome. */
async function writeEsc(
  settings: Settings,
  ref: EnvironmentRef,
  managed: ManagedSecret[],
  profile: Profile,
  outcome: SyncOutcome,
  deadline: number,
): Promise<SyncOutcome> {
  const retry = retryPolicy(settings.timeoutSeconds);
  const token = await resolveAccessToken(settings, ref, {
    getIdToken: core.getIDToken,
    mask: core.setSecret,
    deadline,
  });
  const client = new EscClient({
    cloudUrl: settings.cloudUrl,
    token: token.value,
    tokenSource: token.source,
    userAgent: USER_AGENT,
    deadline,
    retry,
    logger: { info: core.info },
  });
  const planOnly = settings.mode === 'plan';
  const result = await syncEnvironment({
    client,
    ref,
    managed,
    legacy: { names: Object.keys(profile.legacy), prune: settings.pruneLegacy },
    createEnvironment: settings.createEnvironment,
    apply: !planOnly,
    skipUnstorable: settings.failOn === 'never',
    verify: settings.verify,
    logger: { info: core.info },
    retry,
  });
  const environment = formatRef(ref);
  const logLines = [...outcome.logLines];
  const asCiphertext = result.asCiphertext;
  if (asCiphertext.length) {
    const one = asCiphertext.length === 1;
    logLines.push(
      `${asCiphertext.join(', ')} ${one ? 'holds' : 'hold'} \`\${\`, which ESC would read as a reference in a plaintext secret: ${planOnly ? `a sync stores ${one ? 'it' : 'them'}` : 'stored'} as ciphertext from ESC's encrypt-secrets, byte for byte as in GitHub.`,
    );
  }
  if (result.created)
    logLines.push(
      planOnly
        ? `ESC environment ${environment} does not exist yet; a sync would create it.`
        : `Created ESC environment ${environment}.`,
    );
  if (result.conflicts)
    logLines.push(
      `Another writer changed the environment ${result.conflicts} time(s) during the run; re-read and re-applied each time.`,
    );
  if (result.ambiguousWrites)
    logLines.push(
      `${result.ambiguousWrites} write(s) failed without saying whether they were applied; the environment was read again each time rather than written blindly.`,
    );
  if (result.verified) logLines.push('Verified: every synced value reads back byte-equal and marked secret.');
  // A notice, not a warning: under fail-on: warning a warning would block the very write that clears it.
  const notices = [
    ...outcome.notices,
    ...result.replacedExports.map(
      (name) =>
        `environmentVariables.${name} in ${environment} held a hand-written value; ${planOnly ? 'a sync replaces it' : 'it was replaced'} with the export of the synced secret (reported as an update).`,
    ),
  ];
  const verification = result.verificationFailure;
  return {
    ...outcome,
    changes: result.changes,
    changed: result.changed,
    revision: result.revision,
    escRead: true,
    logLines,
    notices,
    // The write happened and stays reported (changed, revision, counts); the failed check is beside it.
    ...(verification
      ? {
          failure: {
            ...verification,
            message: `ESC environment ${environment} was written (revision ${result.revision}), but verifying it failed: ${verification.message}`,
          },
        }
      : {}),
    outcomes: [
      ...outcome.outcomes,
      ...result.legacyFound.map((key) => checkLegacyInEsc(key, profile, { pruned: settings.pruneLegacy, planOnly })),
      ...result.findings.map(asOutcome),
    ],
  };
}

/** The log's line for the validation phase: how many checks passed, and whether ESC is touched next. */
function validationLine(outcomes: readonly CheckOutcome[], blocking: number, failOn: Settings['failOn']): string {
  const passedCount = outcomes.filter(passed).length;
  const verdict = blocking
    ? `${blocking === 1 ? '1 finding blocks' : `${blocking} findings block`} the sync under fail-on: ${failOn}, so ESC is not touched`
    : 'going on to ESC';
  return `Validated: ${passedCount} of ${outcomes.length} checks passed; ${verdict}.`;
}

/** `check-lambda: true`: the live checks, loaded only now (the Lambda client and sshpk are a chunk of their own). */
async function proveAgainstLambda(
  settings: Settings,
  profile: Profile,
  intake: Intake,
  validated: readonly CheckOutcome[],
  deadline: number,
): Promise<{ outcomes: CheckOutcome[]; notice?: string }> {
  const { proveValues } = await import('../lambda/prove.js');
  return proveValues({
    apiUrl: settings.lambdaApiUrl,
    profile,
    intake,
    validated,
    userAgent: USER_AGENT,
    deadline,
    retry: retryPolicy(settings.timeoutSeconds),
    logger: { info: core.info },
    mask: core.setSecret,
  });
}

const asOutcome = (finding: Finding): CheckOutcome => ({
  check: finding.check,
  ...(finding.secret ? { subject: finding.secret } : {}),
  finding,
});

/** The entries to write: those with a value and no error finding (with fail-on never, the valid rest is written). */
export function managedSecrets(profile: Profile, intake: Intake, findings: readonly Finding[]): ManagedSecret[] {
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
