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

/**
 * Request headers as the request log keeps them: one string each.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string>}
 */
export function flattenHeaders(headers) {
  /** @type {Record<string, string>} */
  const flat = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) flat[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * @typedef {{ method: string, path: string, headers: Record<string, string>, body: string, status: number }} LoggedRequest
 *   status is 0 until the request has been answered (or when the connection was dropped)
 */

/**
 * Reads the whole request and appends it to `log`; its status is filled in when the answer is sent.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {LoggedRequest[]} log
 * @returns {Promise<LoggedRequest>}
 */
export async function receive(req, res, log) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  /** @type {LoggedRequest} */
  const entry = {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    headers: flattenHeaders(req.headers),
    body: Buffer.concat(chunks).toString('utf8'),
    status: 0,
  };
  log.push(entry);
  res.on('finish', () => {
    entry.status = res.statusCode;
  });
  return entry;
}
