/**
 * Why a request got no usable answer:
 * - `network`: the connection failed or broke, also while the body was coming ("terminated");
 * - `timeout`: no answer, or a body that stalled, within the per-request limit;
 * - `malformed`: a success whose body is not what the route returns (not JSON, say);
 * - `out-of-time`: the step's own timeout ran out: trying again cannot help;
 * - `redirect`: the server redirected; never followed (the request carries a credential);
 * - `too-large`: the body is over the cap;
 * - `invalid-request`: the request could not be sent as it is (a header an HTTP header cannot carry).
 */
export type HttpFailureKind =
  'network' | 'timeout' | 'malformed' | 'out-of-time' | 'redirect' | 'too-large' | 'invalid-request';

const RETRYABLE: ReadonlySet<HttpFailureKind> = new Set(['network', 'timeout', 'malformed']);
/** A redirect means the URL input points at the wrong place; a request that cannot be sent, at a bad input. */
const USERS_SETUP: ReadonlySet<HttpFailureKind> = new Set(['redirect', 'invalid-request']);

/** A request that failed before a usable answer arrived. The message names the host and what was being done, never a body. */
export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
  }

  /** True when the same request may succeed if sent again (for a write: it may also have been applied). */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  /** Whose fault it is: the user's setup (a URL that redirects, a request that cannot be sent), else the service's or the network's. */
  get failureKind(): 'setup' | 'service' {
    return USERS_SETUP.has(this.kind) ? 'setup' : 'service';
  }
}
