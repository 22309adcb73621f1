import { HttpFailure, type HttpReply, replyJson, request, untrustedText } from '../http/index.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';
import { describeActivity, describeFailure, EscApiError, type EscOperation } from './errors.js';
import { backoffMs, formatWait, isRetryableStatus, retryAfterMs, type RetryPolicy } from '../http/retry.js';
import type { Logger } from '../logger.js';

/** An environment's definition (as `/decrypt` or the plain read returns it), with what guards the next write. */
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
  /** Where a retry is told, with its wait: the step log. */
  logger?: Logger;
}

interface SendOptions {
  json?: unknown;
  yaml?: string;
  headers?: Record<string, string>;
  /** Statuses the caller handles itself. */
  accept?: number[];
  /** Why a success is not what the route returns (then a retryable `malformed` failure), or undefined. */
  check?: (reply: HttpReply) => string | undefined;
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
 * A small typed client for the ESC routes this action uses (esc-api.md), over the guarded HTTP
 * layer (src/http). Pulumi's SDK is not used: it drops the port of a base URL, has no etag support
 * and brings axios. Reads are retried on 429, 5xx, network and body errors; a write never is (see
 * UpdateResult).
 */
export class EscClient {
  constructor(private readonly options: EscClientOptions) {}

  /**
   * The decrypted definition, or undefined when the environment does not exist (or is hidden). A
   * 200 without an ETag, or with a JSON or HTML body, is not a definition (a gateway's page, say):
   * a failed read, retried, never a document to edit and write back without its etag.
   */
  async readDecrypted(ref: EnvironmentRef): Promise<EnvironmentDefinition | undefined> {
    const reply = await this.read('decrypt', ref, 'GET', `${envPath(ref)}/decrypt`, {
      accept: [404],
      check: definitionProblem,
    });
    if (reply.status === 404) return undefined;
    return {
      yaml: reply.text,
      etag: reply.headers.get('etag')!,
      revision: Number(reply.headers.get('pulumi-esc-revision') ?? 0),
    };
  }

  /**
   * The definition as stored: secrets as the ciphertext blocks they are, so that what is sent back
   * unchanged stays ciphertext. Undefined when the environment does not exist (or is hidden).
   */
  async readDefinition(ref: EnvironmentRef): Promise<EnvironmentDefinition | undefined> {
    const reply = await this.read('read', ref, 'GET', envPath(ref), { accept: [404], check: definitionProblem });
    if (reply.status === 404) return undefined;
    return {
      yaml: reply.text,
      etag: reply.headers.get('etag')!,
      revision: Number(reply.headers.get('pulumi-esc-revision') ?? 0),
    };
  }

  /**
   * Ciphertexts of `plaintexts`, in the same order, for `fn::secret: {ciphertext: …}` blocks of this
   * environment; undefined when the service has no such route (404 or 405 on an environment that
   * exists). Safe to repeat: it stores nothing.
   */
  async encryptSecrets(ref: EnvironmentRef, plaintexts: readonly string[]): Promise<string[] | undefined> {
    const reply = await this.read('encrypt', ref, 'POST', `${envPath(ref)}/encrypt-secrets`, {
      json: { plaintexts },
      accept: [404, 405],
      check: (answer) => {
        const { ciphertexts } = jsonOf<{ ciphertexts?: unknown }>(answer);
        const complete =
          Array.isArray(ciphertexts) &&
          ciphertexts.length === plaintexts.length &&
          ciphertexts.every((c) => typeof c === 'string' && c !== '');
        return complete ? undefined : 'no ciphertext for each value';
      },
    });
    if (reply.status === 404 || reply.status === 405) return undefined;
    return jsonOf<{ ciphertexts: string[] }>(reply).ciphertexts;
  }

  /**
   * Creates an empty environment. One that already exists (409: another run, or an earlier try of
   * this one, was first) is fine, which makes a create safe to try again like a read.
   */
  async create(ref: EnvironmentRef): Promise<void> {
    await this.read('create', ref, 'POST', `/api/esc/environments/${seg(ref.org)}`, {
      json: { project: ref.project, name: ref.env },
      accept: [409],
    });
  }

  /** Replaces the definition, guarded by the etag read before; a stale etag is a conflict (409, or 412). */
  async update(ref: EnvironmentRef, yaml: string, etag: string): Promise<UpdateResult> {
    // Without the etag the service would take the document as is, over whatever another writer stored.
    if (!etag) throw new Error(`Refusing to write ESC environment ${formatRef(ref)} without the etag of a read.`);
    let reply: HttpReply;
    try {
      reply = await this.once('update', ref, 'PATCH', envPath(ref), {
        yaml,
        headers: { ETag: etag },
        accept: [409, 412],
      });
    } catch (error) {
      if (error instanceof TransientFailure) return { outcome: 'ambiguous', reason: error.message };
      throw error;
    }
    if (reply.status === 409 || reply.status === 412) return { outcome: 'conflict' };
    const revision = Number(reply.headers.get('pulumi-esc-revision'));
    return { outcome: 'written', ...(Number.isInteger(revision) && revision > 0 ? { revision } : {}) };
  }

  /** Opens the environment (evaluates it) and returns its values. Two requests: open, then read. */
  async openValues(ref: EnvironmentRef): Promise<Record<string, OpenedValue>> {
    const opened = await this.read('open', ref, 'POST', `${envPath(ref)}/open?duration=5m`, {
      check: (reply) => (typeof jsonOf<{ id?: unknown }>(reply).id === 'string' ? undefined : 'no session id'),
    });
    const { id } = jsonOf<{ id: string }>(opened);
    const read = await this.read('read-opened', ref, 'GET', `${envPath(ref)}/open/${seg(id)}`, {
      check: (reply) => (isObject(jsonOf(reply)) ? undefined : 'not a JSON object'),
    });
    const { properties } = jsonOf<{ properties?: Record<string, OpenedValue> }>(read);
    return isObject(properties) ? properties : {};
  }

  /** A request that is safe to repeat, tried again on 429, 5xx, network and body errors, honouring Retry-After. */
  private async read(
    operation: EscOperation,
    ref: EnvironmentRef,
    method: string,
    path: string,
    options: SendOptions,
  ): Promise<HttpReply> {
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
            : new EscApiError(`${error.message.replace(/\.$/, '')} (${why}).`, undefined, undefined);
        }
        this.options.logger?.info(
          `${error.message.replace(/\.$/, '')}; trying again in ${formatWait(delay)} (try ${attempt + 1} of ${retry.attempts}).`,
        );
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
  ): Promise<HttpReply> {
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
    let reply: HttpReply;
    try {
      reply = await request({
        method,
        url: `${this.options.cloudUrl}${path}`,
        headers,
        body,
        what: describeActivity({ operation, ref }),
        deadline: this.options.deadline,
        timeoutMs: this.options.retry.requestTimeoutMs,
        urlInput: 'cloud-url',
      });
      const problem = reply.ok ? options.check?.(reply) : undefined;
      if (problem) throw new HttpFailure('malformed', `${reply.host} answered ${reply.what} with ${problem}.`);
    } catch (error) {
      if (error instanceof HttpFailure) {
        if (error.retryable) throw new TransientFailure(error.message);
        throw new EscApiError(error.message, undefined, undefined, error.kind === 'out-of-time', error.failureKind);
      }
      throw error;
    }
    if (reply.ok || options.accept?.includes(reply.status)) return reply;
    const requestId = reply.headers.get('x-pulumi-request-id');
    const failure = describeFailure(reply.status, reply.text, requestId ? untrustedText(requestId, 80) : undefined, {
      operation,
      ref,
      tokenSource: this.options.tokenSource,
    });
    if (isRetryableStatus(reply.status)) {
      throw new TransientFailure(
        failure.message,
        reply.status,
        retryAfterMs(reply.headers.get('retry-after')),
        failure,
      );
    }
    throw failure;
  }
}

/** Why a 200 from a definition route is not a definition, or undefined when it is one. */
function definitionProblem(reply: HttpReply): string | undefined {
  if (reply.status !== 200) return undefined;
  const type = reply.headers.get('content-type') ?? '';
  if (/json|html/i.test(type)) return `a ${untrustedText(type.split(';')[0], 60)} page instead of a YAML definition`;
  if (!reply.headers.get('etag')) return 'a definition without an ETag, which the next write must carry';
  return undefined;
}

/** A JSON body whose shape `check` already accepted; JSON.parse's own message is never used (it quotes the body). */
const jsonOf = <T>(reply: HttpReply): T => replyJson<T>(reply);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const seg = encodeURIComponent;
const envPath = (ref: EnvironmentRef): string =>
  `/api/esc/environments/${seg(ref.org)}/${seg(ref.project)}/${seg(ref.env)}`;
