import {
  backoffMs,
  formatWait,
  HttpFailure,
  type HttpReply,
  isRetryableStatus,
  replyJson,
  request,
  retryAfterMs,
  type RetryPolicy,
  untrustedText,
} from '../http/index.js';
import type { Logger } from '../logger.js';

/** The routes the live checks read, each once a run (lambda-cloud-api.md). */
export type LambdaRoute = 'instance-types' | 'ssh-keys' | 'file-systems';

export interface LambdaClientOptions {
  /** `lambda-api-url`: the API base, path included, no trailing slash. */
  apiUrl: string;
  apiKey: string;
  userAgent: string;
  /** Epoch milliseconds by which every request must have finished (the step's `timeout`). */
  deadline: number;
  retry: RetryPolicy;
  logger: Logger;
}

/** Lambda refused the API key (401, 403): nothing else can be checked with it. */
export class LambdaKeyRefused extends Error {
  override name = 'LambdaKeyRefused';
  constructor(
    readonly status: number,
    /** Lambda's error code, e.g. global/invalid-api-key, when its answer carried a well-formed one. */
    readonly code: string | undefined,
  ) {
    super(`Lambda Cloud refused the API key (${status}${code ? ` ${code}` : ''}).`);
  }
}

/** A route that gave no usable answer (unreachable, 5xx, timed out, not Lambda's envelope): its checks could not run. */
export class LambdaUnavailable extends Error {
  override name = 'LambdaUnavailable';
}

/** Lambda's error codes look like `global/invalid-api-key`; anything else is not quoted. */
const ERROR_CODE = /^[a-z0-9-]+\/[a-z0-9-]+$/;
/** A 429 is waited out for as long as the step's timeout allows, but not forever on a server that never relents. */
const MAX_RATE_LIMIT_WAITS = 20;

/**
 * A read-only client of the Lambda Cloud API over the guarded HTTP layer (no redirect followed with
 * the key, capped bodies, server text never quoted raw). GET only, Bearer auth, `{data}` and
 * `{error: {code}}` envelopes. A 429 is waited out (Retry-After) and a 5xx or network failure tried
 * again, all within the step's one `timeout`; each wait is a line in the log.
 */
export class LambdaClient {
  constructor(private readonly options: LambdaClientOptions) {}

  /** The `data` of `GET /<route>`. Throws LambdaKeyRefused or LambdaUnavailable. */
  async get(route: LambdaRoute): Promise<unknown> {
    const { retry, deadline, logger } = this.options;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let reply: HttpReply | undefined;
      let problem: string;
      let waitMs: number;
      try {
        reply = await this.once(route);
        if (reply.ok) return envelopeData(reply);
        if (reply.status === 401 || reply.status === 403) throw new LambdaKeyRefused(reply.status, errorCode(reply));
        if (!isRetryableStatus(reply.status)) throw new LambdaUnavailable(`${answered(reply)}; ${NOT_RETRIED}`);
        problem = answered(reply);
        const asked = retryAfterMs(reply.headers.get('retry-after'));
        if (reply.status === 429 && ++rateLimited <= MAX_RATE_LIMIT_WAITS)
          waitMs = asked ?? backoffMs(retry, rateLimited - 1);
        else waitMs = ++failures < retry.attempts ? (asked ?? backoffMs(retry, failures - 1)) : Infinity;
      } catch (error) {
        if (!(error instanceof HttpFailure)) throw error;
        if (!error.retryable) throw new LambdaUnavailable(error.message);
        problem = error.message.replace(/\.$/, '');
        waitMs = ++failures < retry.attempts ? backoffMs(retry, failures - 1) : Infinity;
      }
      if (waitMs === Infinity) throw new LambdaUnavailable(`${problem} (gave up after ${failures} tries).`);
      if (Date.now() + waitMs >= deadline) {
        throw new LambdaUnavailable(
          `${problem}, and waiting ${formatWait(waitMs)} more would pass the step's timeout.`,
        );
      }
      logger.info(`Lambda Cloud: ${problem}; trying again in ${formatWait(waitMs)}.`);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  private once(route: LambdaRoute): Promise<HttpReply> {
    return request({
      method: 'GET',
      url: `${this.options.apiUrl}/${route}`,
      headers: {
        Authorization: `Bearer ${this.options.apiKey}`,
        Accept: 'application/json',
        'User-Agent': this.options.userAgent,
      },
      what: `GET /${route}`,
      deadline: this.options.deadline,
      timeoutMs: this.options.retry.requestTimeoutMs,
      urlInput: 'lambda-api-url',
      // The largest answer (the instance-type catalog) is tens of kilobytes.
      maxBodyBytes: 2 * 1024 * 1024,
    });
  }
}

const NOT_RETRIED = 'not a failure that passes, so it was not tried again.';

/** `data` of a success, which must be Lambda's envelope; anything else (a gateway's page) is a `malformed` failure. */
function envelopeData(reply: HttpReply): unknown {
  const body = replyJson<{ data?: unknown }>(reply);
  if (body === null || typeof body !== 'object' || !('data' in body)) {
    throw new HttpFailure(
      'malformed',
      `${reply.host} answered ${reply.what} with JSON that is not Lambda's {data} envelope.`,
    );
  }
  return body.data;
}

/** `{error: {code}}` when the body is Lambda's error envelope and the code looks like one. */
function errorCode(reply: HttpReply): string | undefined {
  try {
    const code = (JSON.parse(reply.text) as { error?: { code?: unknown } })?.error?.code;
    return typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** "cloud.lambda.ai answered GET /ssh-keys with 503 (global/unknown)": status and code, never the text. */
function answered(reply: HttpReply): string {
  const code = errorCode(reply);
  return `${untrustedText(reply.host, 100)} answered ${reply.what} with ${reply.status}${code ? ` (${code})` : ''}`;
}
