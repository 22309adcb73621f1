/**
 * The guarded HTTP layer every client uses (ESC, Lambda Cloud, GitHub):
 * - `request()` sends one request: no redirect followed, body capped at BODY_LIMIT_BYTES while
 *   streaming, the body read within the per-request `timeoutMs`, nothing past `deadline`; it throws
 *   HttpFailure, whose `retryable` says whether a read may be tried again (a write: may have landed).
 * - `replyJson()` parses a success body; a body that is not JSON is a retryable `malformed` failure
 *   that never quotes the body.
 * - `untrustedText()` is the one way server text (error messages, diagnostics, headers) reaches a
 *   message: values masked, no line breaks, no workflow commands, length capped.
 * - `acceptCredential()` masks a token (every line of it) and refuses control characters before any request.
 * - `retryPolicy()`, `backoffMs()`, `retryAfterMs()`, `isRetryableStatus()`: when to try a read again,
 *   scaled to the step's timeout (429 and 5xx, and every HttpFailure whose `retryable` is true).
 */
export { acceptCredential } from './credential.js';
export { HttpFailure, type HttpFailureKind } from './failure.js';
export { BODY_LIMIT_BYTES, type HttpReply, type HttpRequest, replyJson, request } from './request.js';
export { UNTRUSTED_TEXT_LIMIT, untrustedText } from './untrusted.js';
export { backoffMs, formatWait, isRetryableStatus, retryAfterMs, type RetryPolicy, retryPolicy } from './retry.js';
