import { homedir } from 'node:os';
import { join } from 'node:path';
import { retryPolicy } from '../http/index.js';
import { redact } from '../mask.js';
import { lambdaApiBase, DEFAULT_LAMBDA_API_URL } from '../settings.js';
import { USER_AGENT } from '../version.js';
import { checkDocker, checkGh, checkPulumi, checkSecrets, checkSshKeyFile } from './local-checks.js';
import { fail, pass, type Row } from './row.js';

export interface PreflightOptions {
  live: boolean;
  /** Default ~/.ssh/id_ed25519. */
  sshKey?: string;
  config?: string;
  /** Default env LAMBDA_API_URL, else Lambda's. */
  lambdaApiUrl?: string;
}

/** Seconds allowed for the live checks' requests, retries and waits. */
const LIVE_TIMEOUT_SECONDS = 60;

/** What a passed live check says in the table. */
const PASSED: Record<string, string> = {
  'lambda-auth': 'Lambda Cloud accepts LAMBDA_LABS_API_KEY',
  'lambda-region': 'LAMBDA_LABS_REGION is a Lambda region',
  'lambda-instance-type': "LAMBDA_LABS_INSTANCE_TYPE is in Lambda's live catalog",
  'lambda-capacity': 'the instance type has capacity in the region now',
  'lambda-ssh-key': 'the key registered under LAMBDA_LABS_SSH_KEY_NAME is the public half of the SSH key file',
  'lambda-file-system': 'the file system exists, in the region',
};

/**
 * The pre-deployment checklist: the local programs, the SSH key file, the LAMBDA_LABS_* variables
 * and, with `live`, the Lambda checks. Every check yields a row; nothing throws for a missing
 * program or file, and no row holds a value.
 */
export async function preflight(options: PreflightOptions, env: NodeJS.ProcessEnv): Promise<Row[]> {
  const keyFile = options.sshKey ?? join(homedir(), '.ssh', 'id_ed25519');
  const sshKey = checkSshKeyFile(keyFile);
  const secrets = checkSecrets(env, options.config);
  const rows = [await checkGh(), await checkPulumi(env), await checkDocker(), sshKey.row, secrets.row];
  if (options.live)
    rows.push(
      ...(await liveRows(options, env, secrets, sshKey.text ? { text: sshKey.text, source: keyFile } : undefined)),
    );
  return rows.map((row) => ({ ...row, message: redact(row.message) }));
}

async function liveRows(
  options: PreflightOptions,
  env: NodeJS.ProcessEnv,
  secrets: ReturnType<typeof checkSecrets>,
  sshKey: { text: string; source: string } | undefined,
): Promise<Row[]> {
  const fromOption = options.lambdaApiUrl !== undefined;
  const raw = options.lambdaApiUrl ?? (env.LAMBDA_API_URL?.trim() || DEFAULT_LAMBDA_API_URL);
  let apiUrl: string;
  try {
    apiUrl = lambdaApiBase(
      raw,
      fromOption ? '--lambda-api-url' : env.LAMBDA_API_URL?.trim() ? 'LAMBDA_API_URL' : 'the default',
    );
  } catch (error) {
    return [fail('lambda-auth', error instanceof Error ? error.message : String(error))];
  }
  if (!secrets.profile || !secrets.intake || !secrets.outcomes) {
    return [fail('lambda-auth', 'the live checks did not run: the config file has errors (see secrets)')];
  }
  const { proveValues } = await import('../lambda/prove.js');
  const { outcomes, notice } = await proveValues({
    apiUrl,
    profile: secrets.profile,
    intake: secrets.intake,
    validated: secrets.outcomes,
    userAgent: USER_AGENT,
    deadline: Date.now() + LIVE_TIMEOUT_SECONDS * 1000,
    retry: retryPolicy(LIVE_TIMEOUT_SECONDS),
    logger: { info: () => undefined },
    mask: () => undefined,
    ...(sshKey ? { sshKey } : {}),
  });
  if (notice) return [fail('lambda-auth', notice)];
  return outcomes.map((o) => {
    const severity = o.finding?.severity;
    if (severity === 'error') return fail(o.check, o.finding!.message);
    if (severity === 'warning') return { ...pass(o.check, o.finding!.message), warning: true };
    return pass(o.check, o.finding?.message ?? PASSED[o.check] ?? 'passed');
  });
}
