// An HTTP emulator of the read-only part of the Lambda Cloud API that the live checks use
// (docs: lambda-cloud-api.md of the design specs), listening on 127.0.0.1 for tests, the demo and
// preflight. It refuses every write: the action must never launch, add or delete anything.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultPlan, retryAfterHeader } from './faults.js';
import { json, receive, send } from './http-reply.js';
import { closeServer, listenOnLoopback } from './loopback.js';
import { defaultCatalog, region } from './lambda-catalog.js';

/** The routes of the spec, all GET; a fault names one of them. */
export const LAMBDA_ROUTES = /** @type {const} */ (['instance-types', 'ssh-keys', 'file-systems', 'instances']);

/**
 * @typedef {typeof LAMBDA_ROUTES[number]} LambdaRoute
 * @typedef {import('./http-reply.js').Reply} Reply
 * @typedef {import('./lambda-catalog.js').InstanceTypeEntry} InstanceTypeEntry
 * @typedef {import('./lambda-catalog.js').Region} Region
 * @typedef {{ id: string, name: string, public_key: string }} SshKey
 * @typedef {{
 *   id: string, name: string, mount_point: string, created: string,
 *   created_by: { id: string, email: string, status: string }, is_in_use: boolean, region: Region,
 *   bytes_used?: number,
 * }} FileSystem
 * @typedef {import('./http-reply.js').LoggedRequest & { route?: LambdaRoute }} LoggedRequest
 *
 * @typedef {object} LambdaEmulatorOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {number} [latencyMs] delay added before every response
 * @property {string} [pathPrefix] '/api/v1' by default, as Lambda's base URL has it
 * @property {number} [rateLimitPerSecond] answer 429 beyond this many requests in any second; 0 (default) is off
 */

/**
 * @param {LambdaEmulatorOptions} [options]
 * @returns {Promise<LambdaEmulator>}
 */
export async function startLambdaEmulator(options = {}) {
  const emulator = new LambdaEmulator(options);
  await emulator.listen(options.port ?? 0);
  return emulator;
}

const SUGGEST_KEY = 'Check the API key, or generate a new one in the Lambda Cloud dashboard.';

export class LambdaEmulator {
  /** Read on every request, so they can be changed while running. */
  latencyMs;
  rateLimitPerSecond;
  pathPrefix;
  /** Base URL to give a client, path prefix included. */
  url = '';
  /** An active key, accepted as Bearer or as Basic user name. */
  apiKey = `secret_emulator_${randomBytes(12).toString('hex')}.${randomBytes(16).toString('hex')}`;
  /** @type {LoggedRequest[]} */
  requests = [];
  /** What GET /instance-types answers: type name → entry. */
  instanceTypes = defaultCatalog();
  /** @type {SshKey[]} */
  sshKeys = [];
  /** @type {FileSystem[]} */
  fileSystems = [];
  /** @type {unknown[]} */
  instances = [];

  /** @type {Map<string, { active: boolean }>} */
  #keys = new Map();
  /** @type {number[]} when recent requests arrived, for the rate limit */
  #arrivals = [];
  #faults = new FaultPlan(
    { environment: () => undefined, seed: () => undefined },
    { routes: LAMBDA_ROUTES, reply: faultReply },
  );
  #server = createServer((req, res) => {
    this.#onRequest(req, res).catch((error) => {
      if (!res.headersSent) send(res, lambdaError(500, 'global/unknown', `emulator failure: ${String(error)}`));
      else res.destroy();
    });
  });

  /** @param {LambdaEmulatorOptions} options */
  constructor({ latencyMs = 0, pathPrefix = '/api/v1', rateLimitPerSecond = 0 } = {}) {
    this.latencyMs = latencyMs;
    this.rateLimitPerSecond = rateLimitPerSecond;
    this.pathPrefix = pathPrefix.replace(/\/+$/, '');
    this.#keys.set(this.apiKey, { active: true });
  }

  /** @param {number} port */
  async listen(port) {
    this.url = `${await listenOnLoopback(this.#server, port)}${this.pathPrefix}`;
  }

  async close() {
    await closeServer(this.#server);
  }

  /**
   * Another API key; an inactive one belongs to an account that is not active (403).
   * @param {string} key
   * @param {{ active?: boolean }} [options]
   */
  addApiKey(key, { active = true } = {}) {
    if (!key || /\s/.test(key)) throw new Error('an API key must be non-empty and contain no whitespace');
    this.#keys.set(key, { active });
  }

  /**
   * Registers an SSH key as `POST /ssh-keys` would (which the emulator itself refuses).
   * @param {string} name
   * @param {string} publicKey an OpenSSH public key line
   * @returns {SshKey}
   */
  addSshKey(name, publicKey) {
    const key = { id: randomBytes(16).toString('hex'), name, public_key: publicKey };
    this.sshKeys.push(key);
    return key;
  }

  /**
   * @param {string} name
   * @param {string} regionName
   * @param {{ mountPoint?: string, inUse?: boolean }} [options] mount point `/lambda/nfs/<name>` by default
   * @returns {FileSystem}
   */
  addFileSystem(name, regionName, { mountPoint = `/lambda/nfs/${name}`, inUse = false } = {}) {
    const fileSystem = {
      id: randomBytes(16).toString('hex'),
      name,
      mount_point: mountPoint,
      created: new Date().toISOString(),
      created_by: { id: randomBytes(16).toString('hex'), email: 'owner@example.com', status: 'active' },
      is_in_use: inUse,
      region: region(regionName),
      bytes_used: 0,
    };
    this.fileSystems.push(fileSystem);
    return fileSystem;
  }

  clearRequests() {
    this.requests.length = 0;
  }

  /**
   * Makes requests fail in a scripted way; see FaultSpec in faults.js (routes: LAMBDA_ROUTES).
   * @param {import('./faults.js').FaultSpec} spec
   * @returns {() => void} disarms the fault
   */
  injectFault(spec) {
    return this.#faults.add(spec);
  }

  /** @returns {import('./faults.js').TriggeredFault[]} every fault that fired, in order */
  get faultsTriggered() {
    return this.#faults.triggered;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #onRequest(req, res) {
    const path = req.url ?? '/';
    const route = this.#routeOf(path);
    const entry = Object.assign(await receive(req, res, this.requests), { route });
    const method = entry.method;
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    // Nothing that writes is emulated: whatever the path, a write is refused before anything else.
    if (method !== 'GET' && method !== 'HEAD') {
      send(
        res,
        lambdaError(405, 'global/method-not-allowed', `Method ${method} is not allowed here.`, { Allow: 'GET' }),
      );
      return;
    }
    const handle = async () => this.#answer(route, req.headers.authorization);
    const context = { route, env: undefined, count: 0, res, body: entry.body, requestId: '', handle };
    if (await this.#faults.intercept(req, /** @type {any} */ (context))) return;
    send(res, await handle());
  }

  /**
   * @param {string} path
   * @returns {LambdaRoute | undefined}
   */
  #routeOf(path) {
    const pathname = path.split('?')[0];
    if (!pathname.startsWith(`${this.pathPrefix}/`)) return undefined;
    const name = pathname.slice(this.pathPrefix.length + 1);
    return LAMBDA_ROUTES.find((r) => r === name);
  }

  /**
   * @param {LambdaRoute | undefined} route
   * @param {string | undefined} authorization
   * @returns {Reply}
   */
  #answer(route, authorization) {
    if (this.#rateLimited()) return tooManyRequests(1);
    const key = apiKeyOf(authorization);
    const account = key === undefined ? undefined : this.#keys.get(key);
    if (!account)
      return lambdaError(401, 'global/invalid-api-key', 'API key was invalid, expired, or deleted.', {}, SUGGEST_KEY);
    if (!account.active)
      return lambdaError(403, 'global/account-inactive', 'Your account is inactive.', {}, 'Contact Lambda support.');
    switch (route) {
      case 'instance-types':
        return json(200, { data: this.instanceTypes });
      case 'ssh-keys':
        return json(200, { data: this.sshKeys });
      case 'file-systems':
        return json(200, { data: this.fileSystems });
      case 'instances':
        return json(200, { data: this.instances });
      default:
        return lambdaError(404, 'global/object-does-not-exist', 'Specified object does not exist.');
    }
  }

  /** True when this request is over the limit; counts it otherwise. */
  #rateLimited() {
    if (!this.rateLimitPerSecond) return false;
    const now = Date.now();
    this.#arrivals = this.#arrivals.filter((t) => now - t < 1000);
    if (this.#arrivals.length >= this.rateLimitPerSecond) return true;
    this.#arrivals.push(now);
    return false;
  }
}

/**
 * `Bearer KEY`, or `Basic base64(KEY:)` with the key as user name.
 * @param {string | undefined} header
 * @returns {string | undefined}
 */
export function apiKeyOf(header) {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (bearer) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}

/**
 * Lambda's error envelope: {"error": {"code", "message", "suggestion"?}}.
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @param {Record<string, string>} [headers]
 * @param {string} [suggestion]
 * @returns {Reply}
 */
export function lambdaError(status, code, message, headers = {}, suggestion) {
  return json(status, { error: { code, message, ...(suggestion ? { suggestion } : {}) } }, headers);
}

/**
 * The rate limiter's answer is not the usual envelope (the spec warns of it): plain text.
 * @param {number} seconds
 * @returns {Reply}
 */
function tooManyRequests(seconds) {
  return {
    status: 429,
    headers: { 'Content-Type': 'text/plain', 'Retry-After': String(seconds) },
    body: 'Too Many Requests\n',
  };
}

/**
 * What a failing Lambda looks like: its rate limiter's text, its own envelope for a 500, and a
 * gateway's HTML page (with a line a careless client would run as a workflow command) for 502/503.
 * @param {import('./faults.js').FaultStatus} status
 * @param {import('./faults.js').RetryAfter | undefined} retryAfter
 * @returns {Reply}
 */
function faultReply(status, retryAfter) {
  const headers = retryAfterHeader(retryAfter);
  if (status === 429) return { ...tooManyRequests(1), headers: { 'Content-Type': 'text/plain', ...headers } };
  if (status === 500)
    return lambdaError(
      500,
      'global/unknown',
      'An unknown error occurred (fault injected by the Lambda emulator).',
      headers,
    );
  const title = status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable';
  return {
    status,
    headers: { 'Content-Type': 'text/html', ...headers },
    body: `<html><head><title>${title}</title></head>\n<body><h1>${title}</h1>\n::error::injected by the Lambda emulator's gateway\n</body></html>\n`,
  };
}
