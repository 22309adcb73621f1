import { type EnvironmentRef } from './environment-ref.js';
import { describeFailure, EscApiError, type EscOperation } from './errors.js';

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

export type UpdateResult = { outcome: 'written'; revision?: number } | { outcome: 'conflict' };

export interface EscClientOptions {
  /** Pulumi Cloud origin with port and path prefix, no trailing slash. */
  cloudUrl: string;
  token: string;
  /** Where the token came from, said when it is refused. */
  tokenSource: string;
  userAgent: string;
  /** Epoch milliseconds by which every request must have finished (the step's `timeout`). */
  deadline: number;
}

/**
 * A small typed client over fetch for the ESC routes this action uses (esc-api.md). Pulumi's SDK is
 * not used: it drops the port of a base URL, has no etag support and brings axios.
 */
export class EscClient {
  constructor(private readonly options: EscClientOptions) {}

  /** The decrypted definition, or undefined when the environment does not exist (or is hidden). */
  async readDecrypted(ref: EnvironmentRef): Promise<EnvironmentDefinition | undefined> {
    const response = await this.send('decrypt', ref, 'GET', `${envPath(ref)}/decrypt`, { accept404: true });
    if (response.status === 404) return undefined;
    const yaml = await response.text();
    return {
      yaml,
      etag: response.headers.get('etag') ?? '',
      revision: Number(response.headers.get('pulumi-esc-revision') ?? 0),
    };
  }

  /** Creates an empty environment; one that already exists (409, another run was first) is fine. */
  async create(ref: EnvironmentRef): Promise<void> {
    await this.send('create', ref, 'POST', `/api/esc/environments/${seg(ref.org)}`, {
      json: { project: ref.project, name: ref.env },
      accept409: true,
    });
  }

  /** Replaces the definition, guarded by the etag read before; a stale etag is a conflict (409, or 412). */
  async update(ref: EnvironmentRef, yaml: string, etag: string): Promise<UpdateResult> {
    const response = await this.send('update', ref, 'PATCH', envPath(ref), {
      yaml,
      headers: { ETag: etag },
      accept409: true,
      accept412: true,
    });
    if (response.status === 409 || response.status === 412) return { outcome: 'conflict' };
    await response.body?.cancel();
    const revision = response.headers.get('pulumi-esc-revision');
    return { outcome: 'written', ...(revision ? { revision: Number(revision) } : {}) };
  }

  /** Opens the environment (evaluates it) and returns its values. Two requests: open, then read. */
  async openValues(ref: EnvironmentRef): Promise<Record<string, OpenedValue>> {
    const opened = await this.send('open', ref, 'POST', `${envPath(ref)}/open?duration=5m`, {});
    const { id } = (await opened.json()) as { id: string };
    const read = await this.send('read-opened', ref, 'GET', `${envPath(ref)}/open/${seg(id)}`, {});
    const { properties } = (await read.json()) as { properties?: Record<string, OpenedValue> };
    return properties ?? {};
  }

  private async send(
    operation: EscOperation,
    ref: EnvironmentRef,
    method: string,
    path: string,
    options: {
      json?: unknown;
      yaml?: string;
      headers?: Record<string, string>;
      accept404?: boolean;
      accept409?: boolean;
      accept412?: boolean;
    },
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
    const response = await fetchBefore(this.options.deadline, `${this.options.cloudUrl}${path}`, { method, headers, body }, operation);
    const accepted =
      response.ok ||
      (response.status === 404 && options.accept404) ||
      (response.status === 409 && options.accept409) ||
      (response.status === 412 && options.accept412);
    if (accepted) return response;
    throw describeFailure(response.status, await response.text(), response.headers.get('x-pulumi-request-id') ?? undefined, {
      operation,
      ref,
      tokenSource: this.options.tokenSource,
    });
  }
}

/** fetch that gives up at the step's deadline and turns network failures into messages that say where. */
export async function fetchBefore(deadline: number, url: string, init: RequestInit, operation: EscOperation): Promise<Response> {
  const remaining = deadline - Date.now();
  const host = new URL(url).host;
  if (remaining <= 0) throw new EscApiError(`The step's timeout ran out before ${operation} could be sent to ${host}.`, undefined, undefined);
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(remaining) });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new EscApiError(`${host} did not answer ${operation} before the step's timeout ran out.`, undefined, undefined);
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
const envPath = (ref: EnvironmentRef): string => `/api/esc/environments/${seg(ref.org)}/${seg(ref.project)}/${seg(ref.env)}`;
