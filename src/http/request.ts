import { HttpFailure } from './failure.js';
import { untrustedText } from './untrusted.js';

/** Largest body read from any server; more is refused, never buffered. */
export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** What the request does, for messages: "reading (decrypted) ESC environment org/project/env". */
  what: string;
  /** Epoch milliseconds by which the step must be done (its `timeout`): nothing runs past it. */
  deadline: number;
  /** How long one request, its body included, may take; past it the request failed (`timeout`) and may be retried. */
  timeoutMs?: number;
  /** The input that sets this service's address (`cloud-url`), advised when a redirect stays on the same host. */
  urlInput?: string;
  /** Cap on the body, default BODY_LIMIT_BYTES. */
  maxBodyBytes?: number;
}

/** An answer read whole: any status but a redirect (the caller decides what a status means). */
export interface HttpReply {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The body as UTF-8 text, at most the cap. Untrusted: quote it only through untrustedText. */
  text: string;
  /** The host that answered, for messages. */
  host: string;
  what: string;
}

/**
 * The one way this action talks HTTP (ESC, Lambda Cloud, GitHub). Every request carries a
 * credential or a document, so:
 * - a redirect is never followed: it fails naming where it pointed (`redirect`);
 * - the body is read within the same time limit as the headers, and with a cap while streaming
 *   (`too-large`), so a stalled or endless body cannot hang the step or exhaust memory;
 * - a connection that breaks mid-body is a `network` failure, retryable like any other;
 * - header values are checked before sending, so a malformed credential is never echoed by fetch.
 * Throws HttpFailure; its messages name the host and `what`, never a body or a header value.
 */
export async function request(req: HttpRequest): Promise<HttpReply> {
  const url = new URL(req.url);
  checkHeaders(req);
  const remaining = req.deadline - Date.now();
  if (remaining < 1)
    throw new HttpFailure('out-of-time', `The step's timeout ran out before ${req.what} could start (${url.host}).`);
  // Whole milliseconds: AbortSignal.timeout refuses a fraction (a deadline may carry one).
  const limitMs = Math.floor(Math.min(remaining, req.timeoutMs ?? Infinity));
  const outOfTime = remaining <= (req.timeoutMs ?? Infinity);
  let answered = false;
  try {
    const response = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(limitMs),
    });
    answered = true;
    if (isRedirect(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      throw redirectFailure(req, url, response);
    }
    const text = await readCapped(response, req.maxBodyBytes ?? BODY_LIMIT_BYTES, req.what, url.host);
    return {
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      text,
      host: url.host,
      what: req.what,
    };
  } catch (error) {
    if (error instanceof HttpFailure) throw error;
    throw transportFailure(error, { req, host: url.host, answered, limitMs, outOfTime });
  }
}

/** Parses a success body as JSON; a body that is not JSON is `malformed`, described by its size, never quoted. */
export function replyJson<T>(reply: HttpReply): T {
  try {
    return JSON.parse(reply.text) as T;
  } catch {
    throw new HttpFailure(
      'malformed',
      `${reply.host} answered ${reply.what} with a body that is not JSON (${Buffer.byteLength(reply.text)} bytes, ${untrustedText(reply.headers.get('content-type') ?? 'no content type', 80)}).`,
    );
  }
}

const isRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304;

function redirectFailure(req: HttpRequest, url: URL, response: Response): HttpFailure {
  const location = response.headers.get('location');
  let target: URL | undefined;
  try {
    target = location ? new URL(location, url) : undefined;
  } catch {
    target = undefined;
  }
  const notFollowed = `the action never follows a redirect with a credential or a document, so nothing was sent there`;
  if (!target) {
    return new HttpFailure(
      'redirect',
      `${url.host} answered ${req.what} with a redirect (${response.status}) without a usable target; ${notFollowed}.`,
    );
  }
  const origin = untrustedText(target.origin, 200);
  const sameHost = target.hostname === url.hostname;
  const advice =
    sameHost && req.urlInput
      ? ` It stays on ${url.hostname}: if ${origin} is the service's address, set ${req.urlInput} to it (the action does not take the address from a redirect, since its sender chooses it).`
      : req.urlInput
        ? ` Check ${req.urlInput}.`
        : '';
  return new HttpFailure(
    'redirect',
    `${url.host} answered ${req.what} with a redirect (${response.status}) to ${origin}; ${notFollowed}.${advice}`,
  );
}

/** Reads the body chunk by chunk, giving up as soon as it passes the cap (a Content-Length over it is refused unread). */
async function readCapped(response: Response, cap: number, what: string, host: string): Promise<string> {
  const tooLarge = () =>
    new HttpFailure(
      'too-large',
      `${host} answered ${what} with a body over ${Math.round(cap / 1024 / 1024)} MB; refused without reading it all.`,
    );
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > cap) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

interface TransportContext {
  req: HttpRequest;
  host: string;
  /** The status line had arrived: the failure happened while the body was coming. */
  answered: boolean;
  limitMs: number;
  outOfTime: boolean;
}

function transportFailure(error: unknown, { req, host, answered, limitMs, outOfTime }: TransportContext): HttpFailure {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    const stalled = answered ? `stopped sending its answer to ${req.what}` : `did not answer ${req.what}`;
    return outOfTime
      ? new HttpFailure('out-of-time', `${host} ${stalled} before the step's timeout ran out.`)
      : new HttpFailure('timeout', `${host} ${stalled} within ${(limitMs / 1000).toFixed(1)} s.`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = untrustedText(String(cause?.code ?? cause?.message ?? (error as Error).message ?? error), 120);
  return new HttpFailure(
    'network',
    answered
      ? `The connection to ${host} broke while it was answering ${req.what} (${detail}).`
      : `Could not reach ${host} for ${req.what} (${detail}).`,
  );
}

/** HTTP header values are visible ASCII, spaces and tabs: anything else would make fetch throw with the value in its message. */
function checkHeaders(req: HttpRequest): void {
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (/[^\t\x20-\x7e]/.test(value)) {
      throw new HttpFailure(
        'invalid-request',
        `The ${name} header of the request for ${req.what} holds characters an HTTP header cannot carry (a line break or a control character); nothing was sent.`,
      );
    }
  }
}
