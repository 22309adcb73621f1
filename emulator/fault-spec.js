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
         redirect[=STATUS]       answer a redirect (307 by default) to the URL of arg to=URL
         gateway-json            answer 200 with a gateway's JSON page and no ETag
         not-json                answer 200 with text that is not JSON (it lists secret values)
         cut-body                handle, send half the body, drop the connection
         stall-body              handle, send half the body, then nothing
         huge-body=MB            answer 200 with an endless-looking body of MB megabytes
         echo-diagnostics        patch only: 400 diagnostics quoting the values sent
         command-text[=STATUS]   answer STATUS (500 by default) with workflow commands in the message
         weak-etag               handle, but answer the ETag weakened to W/"…"
  arg    to=URL                  redirect: where to
         retry-after=S           status kinds: Retry-After: S (seconds)
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
  const redirect = /^redirect(?:=(\d{3}))?$/.exec(kind);
  if (redirect) {
    const to = /^to=(.+)$/.exec(arg ?? '');
    if (!to) throw new Error('a redirect needs the argument to=URL');
    return {
      kind: 'redirect',
      status: /** @type {301 | 302 | 303 | 307 | 308} */ (Number(redirect[1] ?? 307)),
      location: to[1],
    };
  }
  if (arg !== undefined) throw new Error(`kind "${kind}" takes no argument`);
  const simple = /** @type {const} */ ([
    'gateway-json',
    'not-json',
    'cut-body',
    'stall-body',
    'echo-diagnostics',
    'weak-etag',
  ]);
  const named = simple.find((k) => k === kind);
  if (named) return { kind: named };
  const huge = /^huge-body=(\d+)$/.exec(kind);
  if (huge) return { kind: 'huge-body', megabytes: Number(huge[1]) };
  const commands = /^command-text(?:=(\d{3}))?$/.exec(kind);
  if (commands) return { kind: 'command-text', status: /** @type {400 | FaultStatus} */ (Number(commands[1] ?? 500)) };
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
