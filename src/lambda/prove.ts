import type { CheckOutcome } from '../findings.js';
import { acceptCredential, type RetryPolicy } from '../http/index.js';
import type { Intake } from '../intake.js';
import type { Logger } from '../logger.js';
import { redact } from '../mask.js';
import type { Profile } from '../profile/types.js';
import { LIVE_SECRETS, type LiveValues } from './checks.js';
import { runLiveChecks } from './live.js';

export interface ProveOptions {
  apiUrl: string;
  profile: Profile;
  intake: Intake;
  /** The validation so far: a value with an error finding is not sent to Lambda nor checked again. */
  validated: readonly CheckOutcome[];
  userAgent: string;
  deadline: number;
  retry: RetryPolicy;
  logger: Logger;
  /** How a credential is masked: the runner's add-mask in the action; nothing to mask in a local shell. */
  mask: (value: string) => void;
  /** The private key to compare instead of the intake's (preflight: the --ssh-key file). */
  sshKey?: { text: string; source: string };
}

/**
 * Proves the values against Lambda Cloud with their own API key (`check-lambda: true`, `preflight
 * --live`). With the modules it imports, the only code that loads the Lambda client and sshpk:
 * imported when asked for, so a plain sync never pays for it.
 */
export async function proveValues(options: ProveOptions): Promise<{ outcomes: CheckOutcome[]; notice?: string }> {
  const failed = new Set(options.validated.filter((o) => o.finding?.severity === 'error').map((o) => o.subject));
  const value = (secret: string): string | undefined =>
    failed.has(secret) ? undefined : options.intake.values.get(secret) || undefined;
  const apiKey = value(LIVE_SECRETS.apiKey);
  if (!apiKey) {
    return {
      outcomes: [],
      notice: `The Lambda Cloud checks did not run: ${LIVE_SECRETS.apiKey} is missing or invalid (see its finding).`,
    };
  }
  const pasted = value(LIVE_SECRETS.sshPrivateKey);
  const sshKey = options.sshKey ?? (pasted ? { text: pasted, source: LIVE_SECRETS.sshPrivateKey } : undefined);
  const values: LiveValues = {
    region: value(LIVE_SECRETS.region),
    instanceType: value(LIVE_SECRETS.instanceType),
    sshKeyName: value(LIVE_SECRETS.sshKeyName),
    ...(sshKey ? { sshKey } : {}),
    fileSystem: value(LIVE_SECRETS.fileSystem),
    mount: value(LIVE_SECRETS.mount),
  };
  options.logger.info(`Lambda Cloud: proving the values against ${options.apiUrl} (read-only).`);
  const outcomes = await runLiveChecks(
    {
      apiUrl: options.apiUrl,
      apiKey: acceptCredential(apiKey, LIVE_SECRETS.apiKey, options.mask),
      userAgent: options.userAgent,
      deadline: options.deadline,
      retry: options.retry,
      logger: options.logger,
    },
    values,
    {
      pathOf: (secret) => options.profile.entries.find((e) => e.secret === secret)?.path,
      quotable: (text) => redact(text) === text,
    },
  );
  return { outcomes };
}
