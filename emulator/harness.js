// @ts-check
// Runs a JavaScript action the way the GitHub Actions runner does (shared/specs/runner-protocol.md):
// INPUT_ variables with action.yml's defaults filled in, the runner's files, a workspace as the
// working directory; then reads back what the step produced.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ command: string, properties: Record<string, string>, message: string }} WorkflowCommand
 * @typedef {{
 *   exitCode: number | null,
 *   outputs: Record<string, string>,
 *   githubEnv: Record<string, string>,
 *   summary: string,
 *   stdout: string,
 *   stderr: string,
 *   commands: WorkflowCommand[],
 *   log: string,
 *   masks: string[],
 *   reportFile: string | undefined,
 *   idTokenAudiences: string[],
 *   durationMs: number,
 * }} ActionRun
 */

/**
 * @param {{
 *   inputs?: Record<string, string>,
 *   env?: Record<string, string>,
 *   workspace?: string,
 *   files?: Record<string, string | Buffer>,
 *   links?: Record<string, string>,
 *   eventName?: string,
 *   eventPayload?: Record<string, unknown>,
 *   githubApiUrl?: string,
 *   githubServerUrl?: string,
 *   githubToken?: string,
 *   entry?: string,
 *   actionYml?: string,
 *   node?: string[],
 *   nodeBinary?: string,
 *   idToken?: boolean,
 *   timeoutMs?: number,
 *   runnerDir?: string,
 * }} [options] runnerDir: the runner's directory of a job whose steps share the workspace and
 *   RUNNER_TEMP (each step still gets its own command files); kept afterwards, the caller removes it

 * @returns {Promise<ActionRun>}
 */
export async function runAction(options = {}) {
  const entry = options.entry ?? join(ROOT, 'dist/index.js');
  const declared = readDeclaredInputs(options.actionYml ?? join(ROOT, 'action.yml'));
  const runnerDir = options.runnerDir ?? mkdtempSync(join(tmpdir(), 'runner-'));
  const stepDir = options.runnerDir ? mkdtempSync(join(runnerDir, 'step-')) : runnerDir;
  const workspace = options.workspace ?? join(runnerDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  // Symlinks in the workspace: path → target (relative to the link, or absolute), as a checkout can hold.
  for (const [path, target] of Object.entries(options.links ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    symlinkSync(target, join(workspace, path));
  }
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_STATE: 'state',
    GITHUB_PATH: 'path',
  };
  /** @type {Record<string, string>} */
  const fileEnv = {};
  for (const [name, file] of Object.entries(files)) {
    fileEnv[name] = join(stepDir, file);
    writeFileSync(fileEnv[name], '');
  }
  const temp = join(runnerDir, 'temp');
  mkdirSync(temp, { recursive: true });
  const eventName = options.eventName ?? 'push';
  const eventPath = join(stepDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.eventPayload ?? eventPayload(eventName, options.githubServerUrl)));

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: HARNESS_REPOSITORY,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_REF: eventName.startsWith('pull_request') ? `refs/pull/${HARNESS_PULL_REQUEST}/merge` : 'refs/heads/main',
    GITHUB_RUN_ID: HARNESS_RUN_ID,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: options.githubApiUrl ?? 'https://api.github.com',
    GITHUB_SERVER_URL: options.githubServerUrl ?? 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    RUNNER_DEBUG: '0',
    ...fileEnv,
  };
  for (const [name, input] of Object.entries(declared)) {
    if (input.default !== undefined)
      env[inputVariable(name)] = evaluateDefault(String(input.default), options.githubToken);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in declared))
      throw new Error(`input "${name}" is not declared in action.yml (the runner would warn and ignore it)`);
    env[inputVariable(name)] = value;
  }
  const issuer = options.idToken ? await startIdTokenIssuer() : undefined;
  if (issuer) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = `${issuer.url}/token?api-version=2.0`;
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-request-token';
  }
  Object.assign(env, options.env);

  const started = performance.now();
  const child = spawn(options.nodeBinary ?? process.execPath, [...(options.node ?? []), entry], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {Buffer[]} */ const out = [];
  /** @type {Buffer[]} */ const err = [];
  child.stdout.on('data', (chunk) => out.push(chunk));
  child.stderr.on('data', (chunk) => err.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  /** @type {number | null} */
  const exitCode = await new Promise((resolveExit) => child.on('close', (code) => resolveExit(code)));
  clearTimeout(timer);
  const durationMs = performance.now() - started;
  await issuer?.close();

  const stdout = Buffer.concat(out).toString('utf8');
  const commands = parseCommands(stdout);
  const outputs = parseFileCommands(readFileSync(fileEnv.GITHUB_OUTPUT, 'utf8'));
  const run = {
    exitCode,
    outputs,
    githubEnv: parseFileCommands(readFileSync(fileEnv.GITHUB_ENV, 'utf8')),
    summary: readFileSync(fileEnv.GITHUB_STEP_SUMMARY, 'utf8'),
    stdout,
    stderr: Buffer.concat(err).toString('utf8'),
    commands,
    log: stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    idTokenAudiences: issuer?.audiences ?? [],
    reportFile: outputs.report && existsSync(outputs.report) ? readFileSync(outputs.report, 'utf8') : undefined,
    durationMs,
  };
  if (!options.runnerDir) rmSync(runnerDir, { recursive: true, force: true });
  return run;
}

export const HARNESS_REPOSITORY = 'lynn-sophia/infra';
/** The pull request every `pull_request` run of the harness is about, unless `eventPayload` says otherwise. */
export const HARNESS_PULL_REQUEST = 7;
export const HARNESS_RUN_ID = '4242';
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

/**
 * The part of the webhook payload the runner writes to GITHUB_EVENT_PATH that actions read.
 * @param {string} eventName
 * @param {string} [serverUrl]
 */
export function eventPayload(eventName, serverUrl = 'https://github.com') {
  const [owner, name] = HARNESS_REPOSITORY.split('/');
  const repository = { full_name: HARNESS_REPOSITORY, name, owner: { login: owner }, private: true };
  if (!eventName.startsWith('pull_request')) return { ref: 'refs/heads/main', after: HEAD_SHA, repository };
  return {
    action: 'synchronize',
    number: HARNESS_PULL_REQUEST,
    pull_request: {
      number: HARNESS_PULL_REQUEST,
      html_url: `${serverUrl}/${HARNESS_REPOSITORY}/pull/${HARNESS_PULL_REQUEST}`,
      head: { sha: HEAD_SHA, ref: 'change-workflows', repo: { full_name: HARNESS_REPOSITORY } },
      base: { ref: 'main', repo: { full_name: HARNESS_REPOSITORY } },
    },
    repository,
  };
}

/**
 * An action.yml default as the runner evaluates it: `${{ github.token }}` is the job's token (the
 * harness's `githubToken`, none when not given); no other expression is used by this action.
 * @param {string} text
 * @param {string | undefined} githubToken
 */
function evaluateDefault(text, githubToken) {
  const evaluated = text.replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken ?? '');
  if (evaluated.includes('${{')) throw new Error(`the harness cannot evaluate the default "${text}"`);
  return evaluated;
}

/** `pulumi-access-token` → `INPUT_PULUMI-ACCESS-TOKEN`: upper case, spaces (only spaces) to underscores. */
export const inputVariable = (/** @type {string} */ name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** @param {string} path @returns {Record<string, { default?: unknown }>} */
function readDeclaredInputs(path) {
  const action = parse(readFileSync(path, 'utf8'));
  return action.inputs ?? {};
}

/** `::name k=v,k=v::message` lines, unescaped as the toolkit escapes them. @param {string} stdout */
export function parseCommands(stdout) {
  /** @type {WorkflowCommand[]} */
  const commands = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    /** @type {Record<string, string>} */
    const properties = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) });
  }
  return commands;
}

const unescapeData = (/** @type {string} */ s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (/** @type {string} */ s) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** GITHUB_OUTPUT / GITHUB_ENV: `name<<delimiter` blocks (what core writes) and `name=value` lines. @param {string} text */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const values = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`unterminated ${name}<<${delimiter} in a file command`);
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return values;
}

/**
 * The runner's OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), as core.getIDToken calls it: GET with
 * `&audience=`, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, answering {"value": "<jwt>"}. The JWT is
 * unsigned; the ESC emulator checks only its audience, as its own tests say.
 */
async function startIdTokenIssuer() {
  /** @type {string[]} */
  const audiences = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization !== 'Bearer runner-request-token') {
      res.writeHead(401).end();
      return;
    }
    const audience = url.searchParams.get('audience') ?? '';
    audiences.push(audience);
    const part = (/** @type {object} */ o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = {
      aud: audience,
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:lynn-sophia/infra:ref:refs/heads/main',
      exp: Math.floor(Date.now() / 1000) + 300,
    };
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ value: `${part({ alg: 'none' })}.${part(claims)}.` }));
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', () => resolveListen(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    audiences,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}
