// The command line's `--fault` grammar, turned into the FaultSpec that injectFault takes.
import { checkSpec } from './faults.js';

/**
 * @typedef {import('./faults.js').FaultSpec} FaultSpec
 * @typedef {import('./faults.js').Fault} Fault
 * @typedef {import('./faults.js').FaultStatus} FaultStatus
 */

export const FAULT_GRAMMAR = `--fault SPEC (repeatable), SPEC = route[@nth][xTIMES]:kind[:arg]
  route  create | read | decrypt | patch | open | read-open | delete | user | oidc
  @nth   the nth request to that route is hit (default 1)
  xTIMES so are the TIMES-1 that follow it (default x1); x* for every one from the nth on
  kind   429 | 500 | 502 | 503   answer that status, store nothing
         STATUS-after-write      handle the request (a PATCH is stored), then answer STATUS
         reset                   drop the connection without answering
         reset-after-write       handle the request, then drop the connection
         slow=MS                 handle at receipt, answer MS milliseconds later
         concurrent-write        patch only: another client stores the document again just
                                 before, so the client's etag is stale
  arg    retry-after=S           status kinds: Retry-After: S (seconds)
         retry-after-date=S      status kinds: Retry-After: the HTTP date S seconds from now
  e.g.   patch:429-after-write  decrypt@2:503  decrypt:slow=3000  patch:429:retry-after=1
         patch:429:retry-after-date=1  patch@1x3:reset  decrypt:500`;

const SPEC = /^([a-z-]+?)(?:@(\d+))?(?:x(\d+|\*))?:([^:]+)(?::(.*))?$/;

/**
 * @param {string} text e.g. 'decrypt@2x3:503'
 * @param {readonly string[]} [routes] the ESC emulator's by default
 * @returns {FaultSpec}
 * @throws {Error} naming the spec and what is wrong with it
 */
export function parseFaultSpec(text, routes) {
  try {
    const parts = SPEC.exec(text);
    if (!parts) throw new Error('expected route[@nth][xTIMES]:kind[:arg]');
    const [, route, nth, times, kind, arg] = parts;
    return checkSpec(
      {
        route: /** @type {FaultSpec['route']} */ (route),
        nth: nth === undefined ? 1 : Number(nth),
        times: times === undefined ? 1 : times === '*' ? Infinity : Number(times),
        fault: parseKind(kind, arg),
      },
      routes,
    );
  } catch (error) {
    throw new Error(`--fault "${text}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * @param {string} kind
 * @param {string | undefined} arg
 * @returns {Fault}
 */
function parseKind(kind, arg) {
  const status = /^(\d{3})(-after-write)?$/.exec(kind);
  if (status) {
    const code = /** @type {FaultStatus} */ (Number(status[1]));
    const retryAfter = arg === undefined ? undefined : parseRetryAfter(arg);
    const base = status[2]
      ? { kind: /** @type {const} */ ('after-write'), status: code }
      : { kind: /** @type {const} */ ('status'), status: code };
    return retryAfter ? { ...base, retryAfter } : base;
  }
  if (arg !== undefined) throw new Error(`kind "${kind}" takes no argument`);
  if (kind === 'reset') return { kind: 'reset' };
  if (kind === 'reset-after-write') return { kind: 'reset', afterWrite: true };
  // Re-storing the document unchanged is enough to make the client's etag stale.
  if (kind === 'concurrent-write') return { kind: 'concurrent-write', edit: (yaml) => yaml };
  const slow = /^slow=(\d+)$/.exec(kind);
  if (slow) return { kind: 'slow', delayMs: Number(slow[1]) };
  throw new Error(`unknown kind "${kind}"`);
}

/**
 * @param {string} arg
 * @returns {import('./faults.js').RetryAfter}
 */
function parseRetryAfter(arg) {
  const match = /^retry-after(-date)?=(\d+)$/.exec(arg);
  if (!match) throw new Error(`expected retry-after=SECONDS or retry-after-date=SECONDS, not "${arg}"`);
  return { seconds: Number(match[2]), format: match[1] ? 'http-date' : 'seconds' };
}
