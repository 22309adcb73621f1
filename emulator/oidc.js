// POST /api/oauth/token: trades a GitHub ID token for an access token. The emulator cannot check
// GitHub's signature, so it checks the request's shape and the JWT's audience only.
import { randomBytes } from 'node:crypto';

const GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const SUBJECT = 'urn:ietf:params:oauth:token-type:id_token';
const REQUESTED = /^urn:pulumi:token-type:access_token:(organization|team|personal)$/;

/**
 * @typedef {{ status: number, json: Record<string, unknown> }} OidcReply
 */

/**
 * @param {string} body the request body as received
 * @param {(token: string, identity: import('./auth.js').Identity) => void} register
 * @returns {OidcReply}
 */
export function exchangeOidcToken(body, register) {
  /** @type {Record<string, unknown>} */
  let request;
  try {
    const parsed = JSON.parse(body);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    request = parsed;
  } catch {
    return refuse('invalid_request', 'the body must be a JSON object');
  }
  if (request.grant_type !== GRANT) return refuse('unsupported_grant_type', `grant_type must be ${GRANT}`);
  if (request.subject_token_type !== SUBJECT) return refuse('invalid_request', `subject_token_type must be ${SUBJECT}`);
  const org = /^urn:pulumi:org:([^:\s]+)$/.exec(String(request.audience ?? ''))?.[1];
  if (!org) return refuse('invalid_request', 'audience must be urn:pulumi:org:<organization>');
  const kind = REQUESTED.exec(String(request.requested_token_type ?? ''))?.[1];
  if (!kind)
    return refuse(
      'invalid_request',
      'requested_token_type must be urn:pulumi:token-type:access_token:organization, team or personal',
    );
  const scope = typeof request.scope === 'string' ? request.scope : '';
  const scoped = /^(team|user):(.+)$/.exec(scope);
  if (kind === 'team' && scoped?.[1] !== 'team')
    return refuse('invalid_request', 'a team token needs scope team:<name>');
  if (kind === 'personal' && scoped?.[1] !== 'user')
    return refuse('invalid_request', 'a personal token needs scope user:<login>');

  const claims = decodeJwtPayload(request.subject_token);
  if (!claims) return refuse('invalid_request', 'subject_token must be a JWT');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(request.audience))
    return refuse('invalid_grant', `the ID token's audience is not ${String(request.audience)}`);

  const expiresIn = typeof request.expiration === 'number' && request.expiration > 0 ? request.expiration : 7200;
  const token = `pul-${randomBytes(20).toString('hex')}`;
  const login = kind === 'organization' ? org : /** @type {string} */ (scoped?.[2]);
  register(token, { login, permissions: { [`${org}/*`]: 'write' }, organizations: [org] });
  return {
    status: 200,
    json: {
      access_token: token,
      issued_token_type: request.requested_token_type,
      token_type: 'token',
      expires_in: expiresIn,
      scope,
    },
  };
}

/**
 * @param {string} error
 * @param {string} description
 * @returns {OidcReply}
 */
function refuse(error, description) {
  return { status: 400, json: { error, error_description: description } };
}

/**
 * @param {unknown} jwt
 * @returns {Record<string, unknown> | undefined}
 */
function decodeJwtPayload(jwt) {
  if (typeof jwt !== 'string') return undefined;
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload !== null && typeof payload === 'object' ? payload : undefined;
  } catch {
    return undefined;
  }
}
