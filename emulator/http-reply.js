// What a handler answers, written to the socket in one place so the request log and
// interceptors see the same thing.

/** @typedef {{ status: number, headers?: Record<string, string>, body?: string }} Reply */

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function json(status, value, headers = {}) {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

/**
 * The service's error shape: {"code": status, "message": "..."}.
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function failure(status, message, headers) {
  return json(status, { code: status, message }, headers);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 */
export function send(res, reply) {
  const body = reply.status === 204 ? '' : (reply.body ?? '');
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}
