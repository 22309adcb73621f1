import * as core from '@actions/core';
import { parseConfig } from '../config/parse.js';
import type { ConfigSource } from '../config/read.js';
import { resolveAccessToken } from '../esc/auth.js';
import { EscClient } from '../esc/client.js';
import type { ManagedSecret } from '../esc/document.js';
import { formatRef, parseEnvironmentRef } from '../esc/environment-ref.js';
import { syncEnvironment } from '../esc/sync.js';
import { type Finding, findingsOf } from '../findings.js';
import { type Intake, readIntake } from '../intake.js';
import { resolveProfile } from '../profile/resolve.js';
import type { Profile } from '../profile/types.js';
import type { RunReport } from '../report/run-report.js';
import { findingsBlock } from '../report/verdict.js';
import { missingEnvironment, type Settings } from '../settings.js';
import { checkRequired } from '../validate/required.js';
import { USER_AGENT } from '../version.js';

/** Modes sync and plan: take in and mask the values, validate, then write ESC once (or only compare). */
export async function syncOrPlan(settings: Settings, configSource: ConfigSource | undefined, report: RunReport): Promise<void> {
  const parsed = configSource ? { ...parseConfig(configSource), file: configSource.file } : undefined;
  const { profile, findings: profileFindings } = resolveProfile(settings.profile, parsed);
  const intake = readIntake([...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)], settings.secretsJson, process.env, core.setSecret);

  const configFindings = [...(parsed?.findings ?? []), ...profileFindings];
  report.outcomes = [...configFindings.map((finding: Finding) => ({ check: finding.check, finding })), ...checkRequired(profile.entries, intake)];
  if (configFindings.length) {
    // A config file that does not say what to sync leaves nothing safe to write, whatever fail-on says.
    report.failure = `Config file ${configSource!.file} has ${configFindings.length} error${configFindings.length === 1 ? '' : 's'}; nothing was written to ESC.`;
    return;
  }
  const findings = findingsOf(report.outcomes);
  if (findingsBlock(findings.map((f) => f.severity), settings.failOn)) return;

  const environment = settings.environment || parsed?.config?.environment;
  if (!environment) throw missingEnvironment();
  const ref = parseEnvironmentRef(environment);
  report.environment = formatRef(ref);

  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  const token = await resolveAccessToken(settings, ref, { getIdToken: core.getIDToken, mask: core.setSecret, deadline });
  const result = await syncEnvironment({
    client: new EscClient({ cloudUrl: settings.cloudUrl, token: token.value, tokenSource: token.source, userAgent: USER_AGENT, deadline }),
    ref,
    managed: managedSecrets(profile, intake, findings),
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

/** The entries to write: those with a value and no error finding (with fail-on never, the valid rest is written). */
function managedSecrets(profile: Profile, intake: Intake, findings: readonly Finding[]): ManagedSecret[] {
  const failed = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.secret));
  return profile.entries
    .filter((entry) => !failed.has(entry.secret) && intake.values.get(entry.secret))
    .map((entry) => ({ secret: entry.secret, path: entry.path, env: entry.env, value: intake.values.get(entry.secret)! }));
}
