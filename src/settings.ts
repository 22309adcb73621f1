import { ConfigurationError } from './errors.js';
import { isAbsolute, relative, resolve } from 'node:path';
import type { FailOn } from './findings.js';
import { acceptCredential } from './http/credential.js';
import { maskValue } from './mask.js';
import { PROFILE_NAMES, type ProfileName } from './profile/lambda-h200.js';
import { RunnerEnv } from './runner-env.js';
import { closest } from './util/closest.js';

export type Mode = 'sync' | 'plan' | 'audit';
const OIDC_TOKEN_TYPES = ['organization', 'team', 'personal'] as const;
export type OidcTokenType = (typeof OIDC_TOKEN_TYPES)[number];
export type AuditScopeInput = 'auto' | 'all' | 'changed';
/** pulumi/auth-actions takes the token type as this URN; the short name is what the URN ends in. */
const OIDC_TOKEN_TYPE_URN = 'urn:pulumi:token-type:access_token:';

/** Every input of action.yml, parsed once, typed, with PRODUCT.md's defaults applied. */
export interface Settings {
  mode: Mode;
  /** `org/project/env` or `org/env` as given (parsed by parseEnvironmentRef); empty means: from the config file. */
  environment: string;
  /** The token and where it came from, for error messages; undefined means: try OIDC. */
  accessToken?: { value: string; source: 'input' | 'env' };
  /** Pulumi Cloud origin with any port and path prefix, without a trailing slash. */
  cloudUrl: string;
  oidc: { requestedTokenType: OidcTokenType; scope?: string; expirationSeconds?: number };
  configPath: string;
  /** True when the config path is the default one, which may be absent. */
  configPathIsDefault: boolean;
  profile: ProfileName;
  /** Raw `secrets` input, untrimmed; undefined when not given (values then come from the step's env). */
  secretsJson?: string;
  createEnvironment: boolean;
  pruneLegacy: boolean;
  verify: boolean;
  failOn: FailOn;
  /** Globs of workflow files to audit, relative to the workspace. */
  workflows: string[];
  /** Where audit writes SARIF, relative to the workspace; none when not asked for. */
  sarifFile?: string;
  /** Asked to prove the values against the Lambda Cloud API. */
  checkLambda: boolean;
  /** Lambda Cloud API base with any port and path (`/api/v1`), without a trailing slash. */
  lambdaApiUrl: string;
  timeoutSeconds: number;
  /** Token for the GitHub API (the pull-request comment, the changed files); empty when none was given. */
  githubToken: string;
  /** On pull_request events, keep one comment on the pull request with this mode's result. */
  prComment: boolean;
  auditScope: AuditScopeInput;
}

/** Reads one input the way core.getInput does; injected so settings parse without a runner. */
export type InputReader = (name: string, options?: { trimWhitespace?: boolean }) => string;

export const DEFAULT_CONFIG_PATH = '.github/lambda-h200-sync.yml';
export const DEFAULT_WORKFLOW_GLOBS = ['.github/workflows/*.yml', '.github/workflows/*.yaml'];
const DEFAULT_CLOUD_URL = 'https://api.pulumi.com';
export const DEFAULT_LAMBDA_API_URL = 'https://cloud.lambda.ai/api/v1';

export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  const configInput = input('config');
  const environment = input('environment');
  const oidcExpiration = input('oidc-token-expiration');
  const secretsJson = input('secrets', { trimWhitespace: false });
  return {
    mode: oneOf(input, 'mode', ['sync', 'plan', 'audit'], 'sync'),
    environment,
    accessToken: readAccessToken(input, env),
    cloudUrl: readCloudUrl(input, env),
    oidc: {
      requestedTokenType: readTokenType(input),
      ...(input('oidc-scope') ? { scope: input('oidc-scope') } : {}),
      ...(oidcExpiration ? { expirationSeconds: positiveInteger('oidc-token-expiration', oidcExpiration) } : {}),
    },
    configPath: configInput || DEFAULT_CONFIG_PATH,
    configPathIsDefault: !configInput || configInput === DEFAULT_CONFIG_PATH,
    profile: oneOf(input, 'profile', PROFILE_NAMES, 'lambda-h200'),
    ...(secretsJson.trim() ? { secretsJson } : {}),
    createEnvironment: boolean(input, 'create-environment', true),
    pruneLegacy: boolean(input, 'prune-legacy', false),
    verify: boolean(input, 'verify', true),
    failOn: oneOf(input, 'fail-on', ['error', 'warning', 'never'], 'error'),
    workflows: insideWorkspace(lines(input('workflows')) ?? DEFAULT_WORKFLOW_GLOBS),
    ...(input('sarif-file') ? { sarifFile: sarifPath(input('sarif-file'), env) } : {}),
    checkLambda: boolean(input, 'check-lambda', false),
    lambdaApiUrl: lambdaApiBase(input('lambda-api-url') || DEFAULT_LAMBDA_API_URL, 'input `lambda-api-url`'),
    timeoutSeconds: positiveInteger('timeout', input('timeout') || '120'),
    githubToken: input('github-token'),
    prComment: boolean(input, 'pr-comment', true),
    auditScope: oneOf(input, 'audit-scope', ['auto', 'all', 'changed'], 'auto'),
  };
}

/** Neither the input nor the config file names the environment. */
export const missingEnvironment = (): ConfigurationError =>
  new ConfigurationError(
    'No ESC environment to sync into: set the `environment` input (org/project/env, or org/env for project default), or `environment:` in the config file.',
  );

function readAccessToken(input: InputReader, env: NodeJS.ProcessEnv): Settings['accessToken'] {
  // Masked and checked at once: a token with a line break would otherwise be echoed by fetch ("invalid header value").
  const fromInput = input('pulumi-access-token');
  if (fromInput) return { value: acceptCredential(fromInput, 'the pulumi-access-token input'), source: 'input' };
  const fromEnv = env[RunnerEnv.PulumiAccessToken]?.trim();
  if (!fromEnv) return undefined;
  return { value: acceptCredential(fromEnv, `the ${RunnerEnv.PulumiAccessToken} environment variable`), source: 'env' };
}

export function readCloudUrl(input: InputReader, env: NodeJS.ProcessEnv): string {
  const fromInput = input('cloud-url');
  const [raw, origin] = fromInput
    ? [fromInput, 'input `cloud-url`']
    : env[RunnerEnv.PulumiBackendUrl]?.trim()
      ? [env[RunnerEnv.PulumiBackendUrl]!.trim(), RunnerEnv.PulumiBackendUrl]
      : [DEFAULT_CLOUD_URL, 'the default'];
  return apiBase(raw, origin, {
    expected: `the Pulumi Cloud API origin, e.g. ${DEFAULT_CLOUD_URL}`,
    notHttp: `ESC lives in Pulumi Cloud: give an http(s) origin such as ${DEFAULT_CLOUD_URL}`,
    credentials:
      'Pulumi Cloud does not take them there. Remove them and give the access token as pulumi-access-token (or PULUMI_ACCESS_TOKEN).',
  });
}

const LAMBDA_API = {
  expected: `the Lambda Cloud API base, e.g. ${DEFAULT_LAMBDA_API_URL}`,
  notHttp: `the Lambda Cloud API speaks HTTP: give an http(s) base such as ${DEFAULT_LAMBDA_API_URL}`,
  credentials: 'Lambda Cloud does not take them there. Remove them: the API key comes from LAMBDA_LABS_API_KEY.',
};

/**
 * An API's address as given (`origin` says where it came from): scheme, host, port and path prefix
 * kept; only a trailing slash, query and fragment dropped. Credentials in it are refused.
 */
function apiBase(
  raw: string,
  origin: string,
  service: { expected: string; notHttp: string; credentials: string },
): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`${origin} is not a URL; expected ${service.expected}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${origin} uses ${url.protocol.slice(0, -1)}://, but ${service.notHttp}.`);
  }
  if (url.username || url.password) {
    // Whatever it holds is masked, and the URL is not repeated: the part before @ may be a password.
    for (const part of [url.password, url.username]) if (part) maskValue(decodeURIComponent(part));
    throw new ConfigurationError(
      `${origin} holds a user name or password before the host (user:pass@…); ${service.credentials}`,
    );
  }
  // Keep scheme, host, port and path prefix; drop only a trailing slash, query and fragment.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `--lambda-api-url` of preflight, or its default, checked as the input is. */
export const lambdaApiBase = (raw: string, origin: string): string => apiBase(raw, origin, LAMBDA_API);

// Either the short name or pulumi/auth-actions' URN, so a step can be moved between the two unchanged.
function readTokenType(input: InputReader): OidcTokenType {
  const name = 'oidc-requested-token-type';
  const value = input(name);
  const short = value.startsWith(OIDC_TOKEN_TYPE_URN) ? value.slice(OIDC_TOKEN_TYPE_URN.length) : value;
  if (!short) return 'organization';
  if ((OIDC_TOKEN_TYPES as readonly string[]).includes(short)) return short as OidcTokenType;
  throw new ConfigurationError(
    `Input \`${name}\` must be one of ${OIDC_TOKEN_TYPES.join(', ')}, or the same as a URN (${OIDC_TOKEN_TYPE_URN}${OIDC_TOKEN_TYPES[0]}); got "${value}".`,
  );
}

/** Workflow globs stay inside the workspace: an absolute pattern or a `..` segment is refused. */
function insideWorkspace(patterns: string[]): string[] {
  for (const pattern of patterns) {
    const path = pattern.replace(/^!/, '');
    if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..')) {
      throw new ConfigurationError(
        `Input \`workflows\`: "${pattern}" reaches outside the workspace; patterns are relative to the repository checkout, such as .github/workflows/*.yml.`,
      );
    }
  }
  return patterns;
}

/** sarif-file inside the workspace, or in the runner's temp directory (as `${{ runner.temp }}/audit.sarif`). */
function sarifPath(value: string, env: NodeJS.ProcessEnv): string {
  const workspace = env[RunnerEnv.Workspace] || process.cwd();
  const target = resolve(workspace, value);
  const within = (dir: string | undefined): boolean => {
    if (!dir) return false;
    const rel = relative(resolve(dir), target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!within(workspace) && !within(env[RunnerEnv.RunnerTemp])) {
    throw new ConfigurationError(
      `Input \`sarif-file\`: "${value}" is outside the workspace; give a path inside the repository checkout (such as audit.sarif) or under \${{ runner.temp }}.`,
    );
  }
  return value;
}

function lines(value: string): string[] | undefined {
  const items = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function oneOf<T extends string>(input: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name);
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new ConfigurationError(
    `Input \`${name}\` must be one of ${allowed.join(', ')}; got "${value}"${guess ? `: did you mean "${guess}"?` : '.'}`,
  );
}

// Accepts the same spellings as core.getBooleanInput, but an empty input means the default instead of an error.
function boolean(input: InputReader, name: string, fallback: boolean): boolean {
  const value = input(name);
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`Input \`${name}\` must be true or false; got "${value}".`);
}

function positiveInteger(name: string, value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) {
    throw new ConfigurationError(`Input \`${name}\` must be a whole number of seconds greater than 0; got "${value}".`);
  }
  return Number(value);
}
