// Scripted failures per route and per request number, run as one interceptor in front of the normal
// handling, so that clients meet them over real HTTP. The ESC emulator's routes by default; the Lambda
// emulator passes its own routes and its own way of answering.
import { setTimeout as sleep } from 'node:timers/promises';
import { isScalar, parseDocument, visit } from 'yaml';
import { failure, json, send } from './http-reply.js';
import { ROUTE_NAMES } from './routes.js';

/**
 * @typedef {import('./esc-server.js').InterceptContext} InterceptContext
 * @typedef {import('./esc-server.js').ConcurrentWriter} ConcurrentWriter
 * @typedef {429 | 500 | 502 | 503} FaultStatus
 * @typedef {{ seconds: number, format: 'seconds' | 'http-date' }} RetryAfter
 *
 * @typedef {{ kind: 'status', status: FaultStatus, retryAfter?: RetryAfter }} StatusFault
 *   answered instead of handling: nothing is stored
 * @typedef {{ kind: 'after-write', status: FaultStatus, retryAfter?: RetryAfter }} AfterWriteFault
 *   handled normally (a PATCH is stored), then answered with the error instead of the success
 * @typedef {{ kind: 'reset', afterWrite?: boolean }} ResetFault
 *   the connection is dropped without an answer; with afterWrite, after handling the request
 * @typedef {{ kind: 'slow', delayMs: number }} SlowFault
 *   handled at receipt (a PATCH is stored at once), answered delayMs later if the client still waits
 * @typedef {{ kind: 'concurrent-write', edit: ConcurrentWriter }} ConcurrentWriteFault
 *   another client stores edit(decrypted current definition) just before this PATCH is handled
 * @typedef {{ kind: 'redirect', status: 301 | 302 | 303 | 307 | 308, location: string }} RedirectFault
 *   answered with a redirect to `location` (absolute), as a misconfigured proxy or a moved service; nothing stored
 * @typedef {{ kind: 'gateway-json' }} GatewayJsonFault
 *   answered 200 with a gateway's JSON page and no ETag, instead of handling
 * @typedef {{ kind: 'not-json' }} NotJsonFault
 *   answered 200 with text that is not JSON: a debug page listing the environment's secret values
 * @typedef {{ kind: 'cut-body' }} CutBodyFault
 *   handled (a PATCH is stored), the headers and half the body sent, then the connection dropped
 * @typedef {{ kind: 'stall-body' }} StallBodyFault
 *   handled (a PATCH is stored), the headers and half the body sent, then nothing until the client gives up
 * @typedef {{ kind: 'huge-body', megabytes: number }} HugeBodyFault
 *   answered 200 with a streamed body of that many MB (no Content-Length), until the client stops reading
 * @typedef {{ kind: 'echo-diagnostics' }} EchoDiagnosticsFault
 *   patch only: 400 whose diagnostics quote the secret values the document sent; nothing stored
 * @typedef {{ kind: 'command-text', status: 400 | FaultStatus }} CommandTextFault
 *   answered that status with an error message holding workflow commands on lines of their own
 * @typedef {{ kind: 'weak-etag' }} WeakEtagFault
 *   handled normally, but the ETag answered is weakened to W/"…", as some proxies do
 * @typedef {StatusFault | AfterWriteFault | ResetFault | SlowFault | ConcurrentWriteFault | RedirectFault
 *   | GatewayJsonFault | NotJsonFault | CutBodyFault | StallBodyFault | HugeBodyFault | EchoDiagnosticsFault
 *   | CommandTextFault | WeakEtagFault} Fault
 *
 * @typedef {object} FaultSpec
 * @property {string} route a route name of the emulated service (routes.js for ESC)
 * @property {string} [env] 'org/project/env': only requests to this environment
 * @property {number} [nth] 1 (default) = the first matching request after injection
 * @property {number} [times] 1 (default); Infinity for every matching request from the nth on
 * @property {Fault} fault
 *
 * @typedef {{ route: string, env: string | undefined, kind: Fault['kind'], status?: number }} TriggeredFault
 *
 * @typedef {object} FaultHost what a concurrent writer (and a debug page) needs from the emulator
 * @property {(name: string) => { decrypted: string } | undefined} environment
 * @property {(name: string, yamlText: string) => unknown} seed
 *
 * @typedef {{ spec: Required<Omit<FaultSpec, 'env'>> & { env?: string }, seen: number }} Armed
 */

const STATUSES = [429, 500, 502, 503];
const REDIRECTS = [301, 302, 303, 307, 308];
/** What a server that echoes its input into errors can put in front of a runner: workflow commands. */
export const COMMAND_TEXT =
  'upstream failed\n::warning::injected by the server\n::set-output name=changed::true\n##[error]legacy command\n::add-mask::x';
const MESSAGES = /** @type {Record<number, string>} */ ({
  429: 'rate limit exceeded',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
});

/**
 * @typedef {object} FaultService what differs between the emulated services
 * @property {readonly string[]} routes route names a fault may name
 * @property {(status: FaultStatus, retryAfter: RetryAfter | undefined) => import('./http-reply.js').Reply} reply
 */

export class FaultPlan {
  /** @type {TriggeredFault[]} */
  triggered = [];
  /** @type {Armed[]} */
  #armed = [];
  #host;
  #service;

  /**
   * @param {FaultHost} host
   * @param {FaultService} [service] the ESC emulator's by default
   */
  constructor(host, service = { routes: ROUTE_NAMES, reply: faultReply }) {
    this.#host = host;
    this.#service = service;
  }

  /**
   * @param {FaultSpec} spec
   * @returns {() => void} disarms the fault
   */
  add(spec) {
    const armed = { spec: checkSpec(spec, this.#service.routes), seen: 0 };
    this.#armed.push(armed);
    return () => {
      this.#armed = this.#armed.filter((a) => a !== armed);
    };
  }

  /**
   * Every armed fault counts the requests it matches, whether or not it fires, so that
   * `decrypt@1` and `decrypt@2` mean the first and second decrypt. When several would fire on
   * the same request, the one injected first does.
   * @param {import('node:http').IncomingMessage} _req
   * @param {InterceptContext} ctx
   * @returns {Promise<boolean>} true when the fault answered (or dropped) the request itself
   */
  intercept = async (_req, ctx) => {
    /** @type {Armed | undefined} */
    let chosen;
    for (const armed of this.#armed) {
      const { route, env, nth, times } = armed.spec;
      if (route !== ctx.route || (env !== undefined && env !== ctx.env)) continue;
      armed.seen += 1;
      if (!chosen && armed.seen >= nth && armed.seen < nth + times) chosen = armed;
    }
    if (!chosen || !ctx.route) return false;
    const { fault } = chosen.spec;
    /** @type {TriggeredFault} */
    const record = { route: ctx.route, env: ctx.env, kind: fault.kind };
    if ('status' in fault) record.status = fault.status;
    this.triggered.push(record);
    return this.#apply(fault, ctx);
  };

  /**
   * @param {Fault} fault
   * @param {InterceptContext} ctx
   * @returns {Promise<boolean>}
   */
  async #apply(fault, ctx) {
    switch (fault.kind) {
      case 'status':
        send(ctx.res, this.#service.reply(fault.status, fault.retryAfter));
        return true;
      case 'after-write':
        await ctx.handle();
        send(ctx.res, this.#service.reply(fault.status, fault.retryAfter));
        return true;
      case 'reset':
        if (fault.afterWrite) await ctx.handle();
        // An RST rather than a FIN, so the client sees ECONNRESET as with a crashed proxy.
        ctx.res.socket?.resetAndDestroy();
        return true;
      case 'slow': {
        const reply = await ctx.handle();
        if (await waitWhileConnected(ctx.res, fault.delayMs)) send(ctx.res, reply);
        return true;
      }
      case 'concurrent-write': {
        const env = String(ctx.env);
        const current = this.#host.environment(env);
        if (current) this.#host.seed(env, await fault.edit(current.decrypted));
        return false;
      }
      case 'redirect':
        send(ctx.res, { status: fault.status, headers: { Location: fault.location }, body: '' });
        return true;
      case 'gateway-json':
        send(ctx.res, json(200, { status: 'ok', message: 'Request accepted by the gateway' }));
        return true;
      case 'not-json': {
        const current = this.#host.environment(String(ctx.env));
        const values = current ? secretPlaintexts(current.decrypted) : [];
        send(ctx.res, { status: 200, headers: { 'Content-Type': 'text/plain' }, body: `${values.join('\n')}\n` });
        return true;
      }
      case 'cut-body':
      case 'stall-body': {
        const reply = await ctx.handle();
        const body = Buffer.from(reply.body || ' '.repeat(64));
        ctx.res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
        ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
        if (fault.kind === 'cut-body') setTimeout(() => ctx.res.socket?.resetAndDestroy(), 20);
        else await waitWhileConnected(ctx.res, 600_000);
        return true;
      }
      case 'huge-body':
        await streamHugeBody(ctx.res, fault.megabytes);
        return true;
      case 'echo-diagnostics': {
        const quoted = secretPlaintexts(ctx.body);
        send(ctx.res, json(400, { diagnostics: diagnosticsQuoting(quoted) }));
        return true;
      }
      case 'command-text':
        send(ctx.res, failure(fault.status, COMMAND_TEXT));
        return true;
      case 'weak-etag': {
        const reply = await ctx.handle();
        const headers = { ...reply.headers };
        if (headers.ETag) headers.ETag = `W/"${headers.ETag}"`;
        send(ctx.res, { ...reply, headers });
        return true;
      }
    }
  }
}

/**
 * Every plaintext `fn::secret` string of a definition, found by its text (a debug page does not parse).
 * @param {string} text
 * @returns {string[]}
 */
function secretPlaintexts(text) {
  /** @type {string[]} */
  const found = [];
  try {
    visit(parseDocument(text), {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === 'fn::secret' && isScalar(pair.value))
          found.push(String(pair.value.value));
      },
    });
  } catch {
    // Not YAML: nothing to quote.
  }
  return found;
}

/**
 * Diagnostics as a careless service would write them, quoting each value it read.
 * @param {string[]} values
 */
function diagnosticsQuoting(values) {
  const quoted = values.length ? values : ['(no value)'];
  return quoted.map((value, i) => ({
    summary: `invalid secret value "${value}"\n::warning::from the diagnostic`,
    detail: `the value was: ${value}`,
    severity: 'error',
    range: { environment: 'x', begin: { line: i + 1, column: 1, byte: 0 }, end: { line: i + 1, column: 2, byte: 1 } },
  }));
}

/**
 * 200 with `megabytes` MB of JSON-looking text, streamed in 1 MB chunks as the client reads them.
 * @param {import('node:http').ServerResponse} res
 * @param {number} megabytes
 */
async function streamHugeBody(res, megabytes) {
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write('{"padding":"');
  // One close listener for the whole stream; each wait races it against the next drain.
  const closed = new Promise((resolve) => res.once('close', () => resolve(false)));
  for (let sent = 0; sent < megabytes && !res.destroyed; sent++) {
    if (!res.write(chunk)) {
      const drained = await Promise.race([new Promise((resolve) => res.once('drain', () => resolve(true))), closed]);
      if (!drained) return;
    }
  }
  if (!res.destroyed) res.end('"}');
}

/**
 * @param {number} status
 * @param {RetryAfter | undefined} retryAfter
 */
function faultReply(status, retryAfter) {
  return failure(status, `${MESSAGES[status]} (fault injected by the ESC emulator)`, retryAfterHeader(retryAfter));
}

/**
 * @param {RetryAfter | undefined} retryAfter
 * @returns {Record<string, string>}
 */
export function retryAfterHeader(retryAfter) {
  if (!retryAfter) return {};
  return {
    'Retry-After':
      retryAfter.format === 'http-date'
        ? new Date(Date.now() + retryAfter.seconds * 1000).toUTCString()
        : String(retryAfter.seconds),
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} ms
 * @returns {Promise<boolean>} false when the client closed the connection meanwhile
 */
async function waitWhileConnected(res, ms) {
  if (res.destroyed) return false;
  const abort = new AbortController();
  const onClose = () => abort.abort();
  // Also ends the wait when the emulator closes, so no timer outlives it.
  res.once('close', onClose);
  try {
    await sleep(ms, undefined, { signal: abort.signal });
    return true;
  } catch {
    return false;
  } finally {
    res.off('close', onClose);
  }
}

/**
 * @param {FaultSpec} spec
 * @param {readonly string[]} [routes] the ESC emulator's by default
 * @returns {Armed['spec']} with the defaults filled in
 * @throws {Error} saying what is wrong with it
 */
export function checkSpec(spec, routes = ROUTE_NAMES) {
  const { route, env, nth = 1, times = 1, fault } = spec;
  if (!routes.includes(route)) throw new Error(`fault route must be one of ${routes.join(', ')}, not "${route}"`);
  if (env !== undefined && typeof env !== 'string') throw new Error('fault env must be a string "org/project/env"');
  if (!Number.isInteger(nth) || nth < 1) throw new Error(`fault nth must be an integer from 1, not ${nth}`);
  if (times !== Infinity && (!Number.isInteger(times) || times < 1))
    throw new Error(`fault times must be an integer from 1 or Infinity, not ${times}`);
  checkFault(route, fault);
  return env === undefined ? { route, nth, times, fault } : { route, env, nth, times, fault };
}

/**
 * @param {string} route
 * @param {Fault} fault
 */
function checkFault(route, fault) {
  switch (fault?.kind) {
    case 'status':
    case 'after-write':
      if (!STATUSES.includes(fault.status))
        throw new Error(`fault status must be one of ${STATUSES.join(', ')}, not ${fault.status}`);
      if (fault.retryAfter !== undefined) {
        const { seconds, format } = fault.retryAfter;
        if (!Number.isInteger(seconds) || seconds < 0)
          throw new Error(`retryAfter.seconds must be a non-negative integer, not ${seconds}`);
        if (format !== 'seconds' && format !== 'http-date')
          throw new Error(`retryAfter.format must be "seconds" or "http-date", not "${format}"`);
      }
      return;
    case 'reset':
    case 'gateway-json':
    case 'not-json':
    case 'cut-body':
    case 'stall-body':
    case 'weak-etag':
      return;
    case 'redirect':
      if (!REDIRECTS.includes(fault.status))
        throw new Error(`redirect status must be one of ${REDIRECTS.join(', ')}, not ${fault.status}`);
      try {
        new URL(fault.location);
      } catch {
        throw new Error(`redirect location must be an absolute URL, not "${fault.location}"`);
      }
      return;
    case 'huge-body':
      if (!Number.isInteger(fault.megabytes) || fault.megabytes < 1)
        throw new Error(`huge-body megabytes must be an integer from 1, not ${fault.megabytes}`);
      return;
    case 'echo-diagnostics':
      if (route !== 'patch')
        throw new Error(`an echo-diagnostics fault applies to the patch route only, not "${route}"`);
      return;
    case 'command-text':
      if (![400, ...STATUSES].includes(fault.status))
        throw new Error(`command-text status must be one of 400, ${STATUSES.join(', ')}, not ${fault.status}`);
      return;
    case 'slow':
      if (!Number.isFinite(fault.delayMs) || fault.delayMs < 0)
        throw new Error(`slow fault delayMs must be a non-negative number, not ${fault.delayMs}`);
      return;
    case 'concurrent-write':
      if (route !== 'patch')
        throw new Error(`a concurrent-write fault applies to the patch route only, not "${route}"`);
      if (typeof fault.edit !== 'function') throw new Error('a concurrent-write fault needs an edit function');
      return;
    default:
      throw new Error(`unknown fault kind "${/** @type {{ kind?: unknown }} */ (fault)?.kind}"`);
  }
}
