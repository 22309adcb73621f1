import { type EnvironmentRef } from './environment-ref.js';
import { describeFailure, EscApiError, type EscOperation } from './errors.js';
import { backoffMs, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry.js';

/** An environment's definition as `/decrypt` returns it, with what guards the next write. */
export interface EnvironmentDefinition {
  yaml: string;
  etag: string;
  revision: number;
}

/** A value of an opened environment: `{value, secret?}`, nested through lists and maps. */
export interface OpenedValue {
  value: unknown;
  secret?: boolean;
  unknown?: boolean;
}

/**
 * How a write ended. `ambiguous`: the request failed in a way that does not say whether the
 * write happened (network error, timeout, 429, 5xx); the caller must read again to find out.
 */
export type UpdateResult =
  { outcome: 'written'; revision?: number } | { outcome: 'conflict' } | { outcome: 'ambiguous'; reason: string };

export interface EscClientOptions {
  /** Pulumi Cloud origin with port and path prefix, no trailing slash. */
  cloudUrl: string;
  token: string;
  /** Where the token came from, said when it is refused. */
  tokenSource: string;
  userAgent: string;
  /** Epoch milliseconds by which every request must have finished (the step's `timeout`). */
  deadline: number;
  retry: RetryPolicy;
}

interface SendOptions {
  json?: unknown;
  yaml?: string;
  headers?: Record<string, string>;
  /** Statuses the caller handles itself. */
  accept?: number[];
}

/** A request that failed without a usable answer, or with a status worth trying again. */
class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfter?: number,
    readonly error?: EscApiError,
  ) {
    super(message);
  }
}

/**
 * A small typed client over fetch for the ESC routes this action uses (esc-api.md). Pulumi's SDK is
 * not used: it drops the port of a base URL, has no etag support and brings axios. Reads are
 * retried on 429, 5xx and network errors; a write never is (see UpdateResult).
 */
export class EscClient {
  constructor(private readonly options: EscClientOptions) {}

  /** The decrypted definition, or undefined when the environment does not exist (or is hidden). */
  async readDecrypted(ref: EnvironmentRef): Promise<EnvironmentDefinition | undefined> {
    const response = await this.read('decrypt', ref, 'GET', `${envPath(ref)}/decrypt`, { accept: [404] });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    return {
      yaml: await response.text(),
      etag: response.headers.get('etag') ?? '',
      revision: Number(response.headers.get('pulumi-esc-revision') ?? 0),
    };
  }

  /**
   * Creates an empty environment. One that already exists (409: another run, or an earlier try of
   * this one, was first) is fine, which makes a create safe to try again like a read.
   */
  async create(ref: EnvironmentRef): Promise<void> {
    const response = await this.read('create', ref, 'POST', `/api/esc/environments/${seg(ref.org)}`, {
      json: { project: ref.project, name: ref.env },
      accept: [409],
    });
    await response.body?.cancel();
  }

  /** Replaces the definition, guarded by the etag read before; a stale etag is a conflict (409, or 412). */
  async update(ref: EnvironmentRef, yaml: string, etag: string): Promise<UpdateResult> {
    let response: Response;
    try {
      response = await this.once('update', ref, 'PATCH', envPath(ref), {
        yaml,
        headers: { ETag: etag },
        accept: [409, 412],
      });
    } catch (error) {
      if (error instanceof TransientFailure) return { outcome: 'ambiguous', reason: error.message };
      throw error;
    }
    await response.body?.cancel();
    if (response.status === 409 || response.status === 412) return { outcome: 'conflict' };
    const revision = response.headers.get('pulumi-esc-revision');
    return { outcome: 'written', ...(revision ? { revision: Number(revision) } : {}) };
  }

  /** Opens the environment (evaluates it) and returns its values. Two requests: open, then read. */
  async openValues(ref: EnvironmentRef): Promise<Record<string, OpenedValue>> {
    const opened = await this.read('open', ref, 'POST', `${envPath(ref)}/open?duration=5m`, {});
    const { id } = (await opened.json()) as { id: string };
    const read = await this.read('read-opened', ref, 'GET', `${envPath(ref)}/open/${seg(id)}`, {});
    const { properties } = (await read.json()) as { properties?: Record<string, OpenedValue> };
    return properties ?? {};
  }

  /** A request that is safe to repeat, tried again on 429, 5xx and network errors, honouring Retry-After. */
  private async read(
    operation: EscOperation,
    ref: EnvironmentRef,
    method: string,
    path: string,
    options: SendOptions,
  ): Promise<Response> {
    const { retry, deadline } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(operation, ref, method, path, options);
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error;
        // Retry-After is honoured, but never beyond the cap, and only while the step's timeout allows.
        const delay = Math.min(error.retryAfter ?? backoffMs(retry, attempt - 1), retry.maxDelayMs);
        const outOfTime = Date.now() + delay >= deadline;
        if (attempt >= retry.attempts || outOfTime) {
          const why =
            attempt >= retry.attempts
              ? `after ${attempt} tries`
              : error.retryAfter !== undefined
                ? `and asked to wait ${Math.ceil(error.retryAfter / 1000)} s, more than the step's timeout leaves`
                : "and the step's timeout leaves no time to try again";
          throw error.error
            ? new EscApiError(
                `${error.error.message.replace(/\.$/, '')} (${why}).`,
                error.status,
                error.error.requestId,
              )
            : new EscApiError(`${error.message} (${why}).`, undefined, undefined);
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** One request. Throws TransientFailure for what may pass, EscApiError for what will not. */
  private async once(
    operation: EscOperation,
    ref: EnvironmentRef,
    method: string,
    path: string,
    options: SendOptions,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Authorization: `token ${this.options.token}`,
      Accept: 'application/vnd.pulumi+8',
      'User-Agent': this.options.userAgent,
      ...options.headers,
    };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.yaml !== undefined) {
      headers['Content-Type'] = 'application/x-yaml';
      body = options.yaml;
    }
    const url = `${this.options.cloudUrl}${path}`;
    let response: Response;
    try {
      response = await fetchBefore(
        this.options.deadline,
        url,
        { method, headers, body },
        operation,
        this.options.retry.requestTimeoutMs,
      );
    } catch (error) {
      if (error instanceof EscApiError && error.status === undefined && !error.outOfTime)
        throw new TransientFailure(error.message);
      throw error;
    }
    if (response.ok || options.accept?.includes(response.status)) return response;
    const failure = describeFailure(
      response.status,
      await response.text(),
      response.headers.get('x-pulumi-request-id') ?? undefined,
      {
        operation,
        ref,
        tokenSource: this.options.tokenSource,
      },
    );
    if (isRetryableStatus(response.status)) {
      throw new TransientFailure(
        failure.message,
        response.status,
        retryAfterMs(response.headers.get('retry-after')),
        failure,
      );
    }
    throw failure;
  }
}

/**
 * fetch that gives up at the step's deadline (or sooner, after `requestTimeoutMs`) and turns
 * network failures into messages that say where.
 */
export async function fetchBefore(
  deadline: number,
  url: string,
  init: RequestInit,
  operation: EscOperation,
  requestTimeoutMs = Infinity,
): Promise<Response> {
  const remaining = deadline - Date.now();
  const host = new URL(url).host;
  if (remaining <= 0)
    throw new EscApiError(
      `The step's timeout ran out before ${operation} could be sent to ${host}.`,
      undefined,
      undefined,
      true,
    );
  const limit = Math.min(remaining, requestTimeoutMs);
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(limit) });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      const outOfTime = limit === remaining;
      throw new EscApiError(
        outOfTime
          ? `${host} did not answer ${operation} before the step's timeout ran out.`
          : `${host} did not answer ${operation} within ${(limit / 1000).toFixed(1)} s.`,
        undefined,
        undefined,
        outOfTime,
      );
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new EscApiError(
      `Could not reach ${host} for ${operation}: ${cause?.code ?? cause?.message ?? (error as Error).message}.`,
      undefined,
      undefined,
    );
  }
}

const seg = encodeURIComponent;
const envPath = (ref: EnvironmentRef): string =>
  `/api/esc/environments/${seg(ref.org)}/${seg(ref.project)}/${seg(ref.env)}`;
