import { readFileSync, statSync } from 'node:fs';
import { readConfigSource } from '../config/read.js';
import { type Finding, findingsOf } from '../findings.js';
import { acceptCredential, request, replyJson, retryPolicy, untrustedText } from '../http/index.js';
import { type Intake, readIntake } from '../intake.js';
import { loadProfile } from '../config/load.js';
import type { Profile } from '../profile/types.js';
import { RunnerEnv } from '../runner-env.js';
import { readCloudUrl } from '../settings.js';
import type { CheckOutcome } from '../findings.js';
import { validate } from '../validate/checks.js';
import { KEY_SHAPE_PROBLEM, keyShape } from '../validate/ssh-key-shape.js';
import { USER_AGENT } from '../version.js';
import { runProgram } from './programs.js';
import { fail, pass, type Row } from './row.js';

/** `gh auth status`: the GitHub CLI is installed and logged in. */
export async function checkGh(): Promise<Row> {
  const result = await runProgram('gh', ['auth', 'status']);
  if (result.status === 'missing')
    return fail('gh', 'the GitHub CLI is not installed: get it from https://cli.github.com, then run gh auth login');
  return result.status === 'ok'
    ? pass('gh', 'the GitHub CLI is logged in')
    : fail('gh', 'the GitHub CLI is not logged in (gh auth status failed): run gh auth login');
}

/** `docker info`: the Docker daemon answers. */
export async function checkDocker(): Promise<Row> {
  const result = await runProgram('docker', ['info']);
  if (result.status === 'missing')
    return fail('docker', 'Docker is not installed: get it from https://docs.docker.com/get-docker/');
  return result.status === 'ok'
    ? pass('docker', 'Docker answers')
    : fail(
        'docker',
        'Docker is installed but does not answer (docker info failed): start Docker Desktop or the Docker daemon',
      );
}

/**
 * Pulumi login: PULUMI_ACCESS_TOKEN accepted by `GET /api/user` of Pulumi Cloud (PULUMI_BACKEND_URL,
 * as the action reads it), or else `pulumi whoami`.
 */
export async function checkPulumi(env: NodeJS.ProcessEnv): Promise<Row> {
  const token = env[RunnerEnv.PulumiAccessToken]?.trim();
  if (token)
    return checkPulumiToken(
      acceptCredential(token, RunnerEnv.PulumiAccessToken, () => undefined),
      env,
    );
  const result = await runProgram('pulumi', ['whoami']);
  if (result.status === 'missing') {
    return fail(
      'pulumi',
      `neither ${RunnerEnv.PulumiAccessToken} is set nor the Pulumi CLI installed: get it from https://www.pulumi.com/docs/install/, then run pulumi login`,
    );
  }
  return result.status === 'ok'
    ? pass(
        'pulumi',
        `the Pulumi CLI is logged in${result.firstLine ? ` as ${untrustedText(result.firstLine, 80)}` : ''}`,
      )
    : fail(
        'pulumi',
        'the Pulumi CLI is not logged in (pulumi whoami failed): run pulumi login, or set PULUMI_ACCESS_TOKEN',
      );
}

async function checkPulumiToken(token: string, env: NodeJS.ProcessEnv): Promise<Row> {
  const cloudUrl = readCloudUrl(() => '', env);
  try {
    const reply = await request({
      method: 'GET',
      url: `${cloudUrl}/api/user`,
      headers: { Authorization: `token ${token}`, Accept: 'application/vnd.pulumi+8', 'User-Agent': USER_AGENT },
      what: 'GET /api/user',
      deadline: Date.now() + 30_000,
      timeoutMs: retryPolicy(30).requestTimeoutMs,
      urlInput: RunnerEnv.PulumiBackendUrl,
    });
    if (reply.status === 401 || reply.status === 403) {
      return fail(
        'pulumi',
        `${reply.host} refused ${RunnerEnv.PulumiAccessToken} (${reply.status}): create a new token at app.pulumi.com (Personal access tokens)`,
      );
    }
    if (!reply.ok) return fail('pulumi', `${reply.host} answered GET /api/user with ${reply.status}; try again later`);
    const login = replyJson<{ githubLogin?: unknown }>(reply).githubLogin;
    return pass(
      'pulumi',
      `${RunnerEnv.PulumiAccessToken} is accepted by ${reply.host}${typeof login === 'string' ? ` (as ${untrustedText(login, 80)})` : ''}`,
    );
  } catch (error) {
    return fail(
      'pulumi',
      `could not check ${RunnerEnv.PulumiAccessToken}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Larger than any SSH private key (an RSA 16384-bit one is about 12 KB). */
const MAX_KEY_BYTES = 64 * 1024;

/** The SSH private key file: a regular file of sane size that holds a private key. Its text, when it does. */
export function checkSshKeyFile(file: string): { row: Row; text?: string } {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      return { row: fail('ssh-key', `${file} is not a regular file: give the private key file with --ssh-key`) };
    if (stat.size > MAX_KEY_BYTES)
      return {
        row: fail(
          'ssh-key',
          `${file} is ${Math.round(stat.size / 1024)} KB, too large for an SSH key: is --ssh-key the right file?`,
        ),
      };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      row: fail(
        'ssh-key',
        code === 'ENOENT'
          ? `no key at ${file}: create one (ssh-keygen -t ed25519) or name yours with --ssh-key`
          : `${file} cannot be read (${code ?? 'error'})`,
      ),
    };
  }
  const shape = keyShape(text);
  if (shape !== 'private-key') return { row: fail('ssh-key', `${file} ${KEY_SHAPE_PROBLEM[shape]}`) };
  return { row: pass('ssh-key', `${file} holds a private key`), text };
}

/** The LAMBDA_LABS_* variables of the shell, through the action's own validation (profile and config file). */
export function checkSecrets(
  env: NodeJS.ProcessEnv,
  configPath: string | undefined,
): { row: Row; profile?: Profile; intake?: Intake; outcomes?: CheckOutcome[] } {
  let loaded: ReturnType<typeof loadProfile>;
  try {
    const source = readConfigSource({
      configPath: configPath ?? '.github/lambda-h200-sync.yml',
      configPathIsDefault: configPath === undefined,
    });
    loaded = loadProfile('lambda-h200', source);
  } catch (error) {
    return { row: fail('secrets', error instanceof Error ? error.message : String(error)) };
  }
  if (loaded.findings.length) {
    const at = (f: Finding) => (f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}: ` : '');
    return { row: fail('secrets', countedFirst(loaded.findings.map((f) => `${at(f)}${f.message}`))) };
  }
  const { profile } = loaded;
  // Values are remembered for redaction (nothing is printed from them), never sent to a runner.
  const intake = readIntake(
    [...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)],
    undefined,
    env,
    () => undefined,
  );
  const outcomes = validate(profile, intake);
  const findings = findingsOf(outcomes);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const unset = errors.filter((f) => f.check === 'required').map((f) => f.secret);
  const row = unset.length
    ? fail('secrets', `not set (or empty) in this shell: ${unset.join(', ')}; export them, then run preflight again`)
    : errors.length
      ? fail('secrets', countedFirst(errors.map((f) => f.message)))
      : warnings.length
        ? { ...pass('secrets', countedFirst(warnings.map((f) => f.message))), warning: true }
        : pass('secrets', `the ${profile.entries.length} variables of profile ${profile.name} pass validation`);
  return { row, profile, intake, outcomes };
}

/** One line: the first message, and how many more there are. */
const countedFirst = (messages: string[]): string =>
  messages.length === 1 ? messages[0] : `${messages[0]} (and ${messages.length - 1} more)`;
