// Scripted failures per route and per request number, run as one interceptor in front of the normal
// handling, so that clients meet them over real HTTP. The ESC emulator's routes by default; the Lambda
// emulator passes its own routes and its own way of answering.
import { setTimeout as sleep } from 'node:timers/promises';
import { failure, send } from './http-reply.js';
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
 * @typedef {StatusFault | AfterWriteFault | ResetFault | SlowFault | ConcurrentWriteFault} Fault
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
 * @typedef {object} FaultHost what a concurrent writer needs from the emulator
 * @property {(name: string) => { decrypted: string } | undefined} environment
 * @property {(name: string, yamlText: string) => unknown} seed
 *
 * @typedef {{ spec: Required<Omit<FaultSpec, 'env'>> & { env?: string }, seen: number }} Armed
 */

const STATUSES = [429, 500, 502, 503];
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
    if (fault.kind === 'status' || fault.kind === 'after-write') record.status = fault.status;
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
    }
  }
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
