// An HTTP emulator of the part of the Pulumi ESC REST API this project uses (shared/specs/esc-api.md),
// listening on 127.0.0.1 for tests, the demo and the bench.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams } from 'node:url';
import { allows, levelFor, TokenRegistry } from './auth.js';
import { DiagnosticsError } from './diagnostics.js';
import { createSecretCipher } from './envelope.js';
import { evaluateEnvironment, selectProperty } from './evaluate.js';
import { parseDuration } from './duration.js';
import { FaultPlan } from './faults.js';
import { failure, flattenHeaders, json, send } from './http-reply.js';
import { closeServer, listenOnLoopback } from './loopback.js';
import { nameProblem } from './names.js';
import { exchangeOidcToken } from './oidc.js';
import { parsePropertyPath } from './property-path.js';
import { matchRoute } from './routes.js';
import { EnvironmentStore } from './store.js';
import { parseDefinition } from './yaml-text.js';

/**
 * @typedef {object} EmulatorOptions
 * @property {number} [latencyMs] delay added before every response
 * @property {number} [conflictStatus] 409 or 412: the answer to a PATCH with a stale etag
 * @property {boolean} [honourIfMatch] also check an If-Match header on PATCH
 * @property {string} [pathPrefix] e.g. '/pulumi' for a self-hosted service under a path
 * @property {boolean} [encryptSecrets] false answers `encrypt-secrets` with 404, as a service without the route would
 * @property {number} [port] 0 (default) picks a free port
 *
 * @typedef {{ method: string, path: string, headers: Record<string, string>, body: string, status: number }} LoggedRequest
 *   status is 0 until the request has been answered (or when the connection was dropped)
 * @typedef {import('./http-reply.js').Reply} Reply
 * @typedef {import('./routes.js').RouteName} RouteName
 * @typedef {import('./routes.js').RouteMatch} RouteMatch
 * @typedef {import('./auth.js').Identity} Identity
 * @typedef {import('./auth.js').Level} Level
 * @typedef {import('./evaluate.js').Value} Value
 *
 * @typedef {object} InterceptContext
 * @property {RouteName | undefined} route undefined for a request that matches no route
 * @property {string | undefined} env 'org/project/env' for the environment routes, and for create
 *   when its body names one
 * @property {number} count this is the count-th request to this route, from 1
 * @property {import('node:http').ServerResponse} res
 * @property {string} body the request body as received (the request stream is already consumed)
 * @property {string} requestId also sent as X-Pulumi-Request-ID
 * @property {() => Promise<Reply>} handle runs the normal handling (its effects included, a write
 *   is stored) and returns the reply without sending it, e.g. to answer 429 after applying a write
 * @typedef {(req: import('node:http').IncomingMessage, ctx: InterceptContext) => boolean | Promise<boolean>} Interceptor
 *
 * @typedef {(decryptedYaml: string) => string | Promise<string>} ConcurrentWriter
 * @typedef {{ env: string, properties: { [key: string]: Value }, expires: number }} OpenSession
 */

/** The least permission each environment route needs. */
const NEEDS = /** @type {const} */ ({
  read: 'read',
  decrypt: 'open',
  open: 'open',
  'read-open': 'open',
  patch: 'write',
  delete: 'write',
  'encrypt-secrets': 'write',
});

/**
 * @param {EmulatorOptions} [options]
 * @returns {Promise<EscEmulator>}
 */
export async function startEscEmulator(options = {}) {
  const emulator = new EscEmulator(options);
  await emulator.listen(options.port ?? 0);
  return emulator;
}

export class EscEmulator {
  /** Read on every request, so it can be changed while running. */
  latencyMs;
  conflictStatus;
  honourIfMatch;
  pathPrefix;
  encryptSecrets;
  url = '';
  /** Login 'emulator-user', write permission on everything. */
  token = `emu-${randomBytes(16).toString('hex')}`;
  /** @type {LoggedRequest[]} */
  requests = [];
  #faults = new FaultPlan(this);

  #server = createServer((req, res) => {
    this.#onRequest(req, res).catch((error) => {
      if (!res.headersSent) send(res, failure(500, `emulator failure: ${String(error)}`));
      else res.destroy();
    });
  });
  #cipher = createSecretCipher();
  #store = new EnvironmentStore(this.#cipher);
  #tokens = new TokenRegistry();
  /** @type {Interceptor[]} */
  #interceptors = [];
  /** @type {Map<string, number>} */
  #routeCounts = new Map();
  /** @type {Map<string, ConcurrentWriter>} */
  #pendingWrites = new Map();
  /** @type {Map<string, OpenSession>} */
  #sessions = new Map();

  /** @param {EmulatorOptions} options */
  constructor({
    latencyMs = 0,
    conflictStatus = 409,
    honourIfMatch = false,
    pathPrefix = '',
    encryptSecrets = true,
  } = {}) {
    if (conflictStatus !== 409 && conflictStatus !== 412) throw new Error('conflictStatus must be 409 or 412');
    this.latencyMs = latencyMs;
    this.conflictStatus = conflictStatus;
    this.honourIfMatch = honourIfMatch;
    this.pathPrefix = normalizePrefix(pathPrefix);
    this.encryptSecrets = encryptSecrets;
    this.#tokens.add(this.token, { login: 'emulator-user', permissions: { '*': 'write' } });
    // First in line, so that faults count every request and interceptors added later still work.
    this.intercept(this.#faults.intercept);
  }

  /** @param {number} port */
  async listen(port) {
    this.url = `${await listenOnLoopback(this.#server, port)}${this.pathPrefix}`;
  }

  async close() {
    await closeServer(this.#server);
  }

  /**
   * @param {string} token
   * @param {{ login: string, permissions: Record<string, Level>, organizations?: string[] }} identity
   */
  addToken(token, identity) {
    this.#tokens.add(token, identity);
  }

  /**
   * Creates the environment if missing, then stores `yamlText` as its next revision, as a PATCH would.
   * @param {string} name 'org/project/env'
   * @param {string} yamlText
   * @returns {{ revision: number, etag: string }}
   */
  seed(name, yamlText) {
    const [org, project, env] = splitName(name);
    const problem =
      nameProblem('organization', org) ?? nameProblem('project', project) ?? nameProblem('environment', env);
    if (problem) throw new Error(problem);
    // Checked before creating, so that an invalid seed leaves no trace.
    const definition = this.#store.prepare(
      yamlText,
      `${project}/${env}`,
      this.#evaluatesAt(org, `${project}/${env}`, undefined),
    );
    const stored = this.#store.get(`${org}/${project}/${env}`) ?? this.#store.create(org, project, env);
    return this.#store.commit(stored, definition);
  }

  /**
   * @param {string} name 'org/project/env'
   * @returns {{ definition: string, decrypted: string, revision: number, etag: string } | undefined}
   */
  environment(name) {
    const stored = this.#store.get(splitName(name).join('/'));
    if (!stored) return undefined;
    return {
      definition: this.#store.definition(stored),
      decrypted: this.#store.decrypted(stored),
      revision: stored.revisions.length,
      etag: stored.etag,
    };
  }

  /**
   * @param {string} name 'org/project/env'
   * @returns {number} revisions made so far (creation is the first), 0 when absent
   */
  revisionCount(name) {
    return this.#store.get(splitName(name).join('/'))?.revisions.length ?? 0;
  }

  clearRequests() {
    this.requests.length = 0;
  }

  /**
   * Just before the next PATCH to `name` is handled, stores `write(decrypted current definition)`
   * as a new revision, as another client would have; that PATCH's etag is then stale. Once.
   * @param {string} name 'org/project/env'
   * @param {ConcurrentWriter} write
   */
  onNextWrite(name, write) {
    this.#pendingWrites.set(splitName(name).join('/'), write);
  }

  /**
   * Makes requests fail in a scripted way; see FaultSpec in faults.js.
   * @param {import('./faults.js').FaultSpec} spec
   * @returns {() => void} disarms the fault
   */
  injectFault(spec) {
    return this.#faults.add(spec.env === undefined ? spec : { ...spec, env: splitName(spec.env).join('/') });
  }

  /** @returns {import('./faults.js').TriggeredFault[]} every fault that fired, in order */
  get faultsTriggered() {
    return this.#faults.triggered;
  }

  /**
   * @param {Interceptor} interceptor called before routing; returns true when it answered itself
   * @returns {() => void} removes the interceptor
   */
  intercept(interceptor) {
    this.#interceptors.push(interceptor);
    return () => {
      this.#interceptors = this.#interceptors.filter((i) => i !== interceptor);
    };
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #onRequest(req, res) {
    /** @type {Buffer[]} */
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const rawPath = req.url ?? '/';

    /** @type {LoggedRequest} */
    const entry = { method, path: rawPath, headers: flattenHeaders(req.headers), body, status: 0 };
    this.requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    const requestId = randomUUID();
    // On every response, so that an interceptor's own 5xx carries it too.
    res.setHeader('X-Pulumi-Request-ID', requestId);
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    const queryAt = rawPath.indexOf('?');
    const pathname = queryAt < 0 ? rawPath : rawPath.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : rawPath.slice(queryAt + 1));
    const match = matchRoute(method, pathname, this.pathPrefix);
    const env = environmentOf(match, body);
    const countKey = match.route ?? '';
    const count = (this.#routeCounts.get(countKey) ?? 0) + 1;
    this.#routeCounts.set(countKey, count);

    const handle = () => this.#dispatch(method, match, query, body, req.headers).catch(internalError);
    for (const interceptor of [...this.#interceptors]) {
      if (await interceptor(req, { route: match.route, env, count, res, body, requestId, handle })) {
        if (res.headersSent) entry.status = res.statusCode;
        return;
      }
    }
    const reply = await handle();
    entry.status = reply.status;
    send(res, reply);
  }

  /**
   * @param {string} method
   * @param {RouteMatch} match
   * @param {URLSearchParams} query
   * @param {string} body
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @returns {Promise<Reply>}
   */
  async #dispatch(method, match, query, body, headers) {
    if (match.badPath) return failure(400, match.badPath);
    if (!match.route || (match.route === 'encrypt-secrets' && !this.encryptSecrets)) {
      if (match.allow) return failure(405, `method ${method} not allowed`, { Allow: match.allow.join(', ') });
      return failure(404, 'not found');
    }
    if (match.route === 'oidc') {
      const { status, json: answer } = exchangeOidcToken(body, (token, identity) => this.#tokens.add(token, identity));
      return json(status, answer);
    }
    const identity = this.#tokens.identify(headers.authorization);
    if (!identity) return failure(401, 'Unauthorized: No credentials provided or are invalid.');
    if (match.route === 'user') return this.#user(identity);
    if (match.route === 'create') return this.#create(identity, String(match.org), body);

    const org = String(match.org);
    const project = String(match.project);
    const envName = String(match.env);
    const problem =
      nameProblem('organization', org) ?? nameProblem('project', project) ?? nameProblem('environment', envName);
    if (problem) return failure(400, problem);
    const name = `${org}/${project}/${envName}`;
    const level = levelFor(identity, org, project, envName);
    const stored = this.#store.get(name);
    // No access at all looks exactly like absence: the service hides existence.
    if (level === 'none' || !stored) return failure(404, `environment ${name} not found`);
    const need = NEEDS[match.route];
    if (!allows(level, need)) {
      return failure(
        403,
        `this token has '${level}' permission on environment ${name}; '${need}' permission is needed`,
      );
    }

    /** @type {Record<string, string>} */
    const revisionHeaders = { ETag: stored.etag, 'Pulumi-ESC-Revision': String(stored.revisions.length) };
    switch (match.route) {
      case 'read':
        return yamlReply(this.#store.definition(stored), revisionHeaders);
      case 'decrypt':
        return yamlReply(this.#store.decrypted(stored), revisionHeaders);
      case 'patch':
        return this.#patch(identity, name, stored, body, headers);
      case 'encrypt-secrets':
        return this.#encrypt(body);
      case 'delete':
        this.#store.delete(name);
        for (const [id, session] of this.#sessions) if (session.env === name) this.#sessions.delete(id);
        return { status: 204 };
      case 'open':
        return this.#open(identity, name, query);
      case 'read-open':
        return this.#readOpen(name, String(match.openId), query);
    }
  }

  /** @param {Identity} identity */
  #user(identity) {
    const orgs = new Set(identity.organizations ?? []);
    for (const [key, level] of Object.entries(identity.permissions)) {
      if (level !== 'none' && key !== '*') orgs.add(key.split('/')[0]);
    }
    for (const stored of this.#store.all()) {
      if (levelFor(identity, stored.org, stored.project, stored.env) !== 'none') orgs.add(stored.org);
    }
    return json(200, {
      githubLogin: identity.login,
      name: identity.login,
      organizations: [...orgs].sort().map((githubLogin) => ({ githubLogin })),
    });
  }

  /**
   * @param {Identity} identity
   * @param {string} org
   * @param {string} body JSON {"project": P, "name": E}
   * @returns {Reply}
   */
  #create(identity, org, body) {
    /** @type {{ project?: unknown, name?: unknown }} */
    let request;
    try {
      request = JSON.parse(body);
      if (request === null || typeof request !== 'object') throw new Error('not an object');
    } catch {
      return failure(400, 'the body must be JSON {"project": "...", "name": "..."}');
    }
    const problem =
      nameProblem('organization', org) ??
      nameProblem('project', request.project) ??
      nameProblem('environment', request.name);
    if (problem) return failure(400, problem);
    const project = String(request.project);
    const env = String(request.name);
    const name = `${org}/${project}/${env}`;
    const level = levelFor(identity, org, project, env);
    if (level === 'none') return failure(404, `organization ${org} not found`);
    if (!allows(level, 'write')) {
      return failure(
        403,
        `this token has '${level}' permission on environment ${name}; 'write' permission is needed to create it`,
      );
    }
    if (this.#store.get(name)) return failure(409, `environment ${name} already exists`);
    this.#store.create(org, project, env);
    return { status: 204 };
  }

  /**
   * @param {Identity} identity
   * @param {string} name
   * @param {import('./store.js').StoredEnvironment} stored
   * @param {string} body the whole new definition
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @returns {Promise<Reply>}
   */
  async #patch(identity, name, stored, body, headers) {
    const concurrent = this.#pendingWrites.get(name);
    if (concurrent) {
      this.#pendingWrites.delete(name);
      this.#store.write(stored, await concurrent(this.#store.decrypted(stored)));
    }
    const sent = headerValue(headers.etag);
    const ifMatch = this.honourIfMatch ? headerValue(headers['if-match']) : undefined;
    const stale =
      (sent !== undefined && sent !== stored.etag) || (ifMatch !== undefined && !ifMatchAccepts(ifMatch, stored.etag));
    if (stale) {
      return failure(
        this.conflictStatus,
        `environment ${name} has changed since it was read: it is at revision ${stored.revisions.length}`,
      );
    }
    try {
      const evaluates = this.#evaluatesAt(stored.org, `${stored.project}/${stored.env}`, identity);
      const { revision, etag } = this.#store.write(stored, body, evaluates);
      return json(200, {}, { ETag: etag, 'Pulumi-ESC-Revision': String(revision) });
    } catch (error) {
      if (error instanceof DiagnosticsError) return json(400, { diagnostics: error.diagnostics });
      throw error;
    }
  }

  /**
   * `{"plaintexts": [...]}` → `{"ciphertexts": [...]}`, in the same order, each one that a
   * `fn::secret: {ciphertext: ...}` block of this service opens.
   * @param {string} body
   * @returns {Reply}
   */
  #encrypt(body) {
    /** @type {unknown} */
    let plaintexts;
    try {
      plaintexts = JSON.parse(body)?.plaintexts;
    } catch {
      plaintexts = undefined;
    }
    if (!Array.isArray(plaintexts) || !plaintexts.every((p) => typeof p === 'string')) {
      return failure(400, 'the body must be JSON {"plaintexts": ["...", ...]}');
    }
    return json(200, { ciphertexts: plaintexts.map((p) => this.#cipher.seal(p)) });
  }

  /**
   * Environments of `org` as `identity` sees them (all of them when undefined).
   * @param {string} org
   * @param {Identity | undefined} identity
   * @returns {import('./evaluate.js').Loader}
   */
  #loader(org, identity) {
    return {
      load: (projectEnv) => {
        const [project, env] = projectEnv.split('/');
        const found = this.#store.get(`${org}/${projectEnv}`);
        if (!found || (identity && levelFor(identity, org, project, env) === 'none')) return undefined;
        return parseDefinition(this.#store.definition(found), projectEnv);
      },
      decrypt: (ciphertext) => this.#cipher.open(ciphertext),
    };
  }

  /**
   * The check a write gets once its document is valid: evaluated as if stored, so that unknown
   * references and imports are refused at write.
   * @param {string} org
   * @param {string} projectEnv the environment being written
   * @param {Identity | undefined} identity
   * @returns {import('./store.js').EvaluationCheck}
   */
  #evaluatesAt(org, projectEnv, identity) {
    const loader = this.#loader(org, identity);
    return (parsed) => {
      evaluateEnvironment(projectEnv, {
        ...loader,
        load: (name) => (name === projectEnv ? parsed : loader.load(name)),
      });
    };
  }

  /**
   * @param {Identity} identity
   * @param {string} name
   * @param {URLSearchParams} query
   * @returns {Reply}
   */
  #open(identity, name, query) {
    const duration = query.get('duration') ?? '2h';
    const lifetime = parseDuration(duration);
    if (lifetime === undefined) return failure(400, `invalid duration "${duration}"`);
    const [org, ...rest] = name.split('/');
    /** @type {{ [key: string]: Value }} */
    let properties;
    try {
      properties = evaluateEnvironment(rest.join('/'), this.#loader(org, identity));
    } catch (error) {
      if (error instanceof DiagnosticsError) return json(400, { diagnostics: error.diagnostics });
      throw error;
    }
    const id = randomBytes(8).toString('hex');
    this.#sessions.set(id, { env: name, properties, expires: Date.now() + lifetime });
    return json(200, { id });
  }

  /**
   * @param {string} name
   * @param {string} id
   * @param {URLSearchParams} query
   * @returns {Reply}
   */
  #readOpen(name, id, query) {
    const session = this.#sessions.get(id);
    if (!session || session.env !== name || session.expires < Date.now()) {
      return failure(404, `open session ${id} of environment ${name} not found or expired`);
    }
    const property = query.get('property');
    if (property === null) {
      return json(200, Object.keys(session.properties).length === 0 ? {} : { properties: session.properties });
    }
    let path;
    try {
      path = parsePropertyPath(property).path;
    } catch (error) {
      return failure(400, `invalid property path: ${/** @type {Error} */ (error).message}`);
    }
    const value = selectProperty(session.properties, path);
    return value ? json(200, value) : failure(404, `property ${property} not found in environment ${name}`);
  }
}

/**
 * The environment a request is about: in its path, or for create in its body.
 * @param {RouteMatch} match
 * @param {string} body
 * @returns {string | undefined} 'org/project/env'
 */
function environmentOf(match, body) {
  if (match.org && match.project && match.env) return `${match.org}/${match.project}/${match.env}`;
  if (match.route !== 'create') return undefined;
  try {
    const { project, name } = JSON.parse(body);
    return typeof project === 'string' && typeof name === 'string' ? `${match.org}/${project}/${name}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {unknown} error
 * @returns {Reply}
 */
function internalError(error) {
  return failure(500, `emulator failure: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * @param {string} text
 * @param {Record<string, string>} headers
 * @returns {Reply}
 */
function yamlReply(text, headers) {
  return { status: 200, headers: { 'Content-Type': 'application/x-yaml', ...headers }, body: text };
}

/**
 * 'org/project/env', or 'org/env' for the default project.
 * @param {string} name
 * @returns {[string, string, string]}
 */
function splitName(name) {
  const parts = name.split('/');
  if (parts.length === 2) return [parts[0], 'default', parts[1]];
  if (parts.length === 3) return [parts[0], parts[1], parts[2]];
  throw new Error(`environment name "${name}" must be org/project/env`);
}

/** @param {string} prefix */
function normalizePrefix(prefix) {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * If-Match carries a list of quoted etags or `*`; a bare etag is accepted too.
 * @param {string} header
 * @param {string} etag
 */
function ifMatchAccepts(header, etag) {
  return header
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .some((tag) => tag === '*' || tag === etag);
}
