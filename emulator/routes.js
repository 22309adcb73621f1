// Maps a request to one of the service's routes. Paths are matched after dropping the configured
// prefix, collapsing `//` and URL-decoding each segment.

/**
 * @typedef {'create' | 'read' | 'decrypt' | 'patch' | 'open' | 'read-open' | 'delete' | 'user' | 'oidc' | 'encrypt-secrets'} RouteName
 * @typedef {object} RouteMatch
 * @property {RouteName | undefined} route undefined when nothing matched
 * @property {string} [org]
 * @property {string} [project]
 * @property {string} [env]
 * @property {string} [openId]
 * @property {string[]} [allow] methods the path accepts, when it matched with another method
 * @property {string} [badPath] why the path could not be read
 */

/** @type {[method: string, pattern: string[], route: RouteName][]} */
const TABLE = [
  ['GET', ['api', 'user'], 'user'],
  ['POST', ['api', 'oauth', 'token'], 'oidc'],
  ['POST', ['api', 'esc', 'environments', ':org'], 'create'],
  ['GET', ['api', 'esc', 'environments', ':org', ':project', ':env'], 'read'],
  ['PATCH', ['api', 'esc', 'environments', ':org', ':project', ':env'], 'patch'],
  ['DELETE', ['api', 'esc', 'environments', ':org', ':project', ':env'], 'delete'],
  ['GET', ['api', 'esc', 'environments', ':org', ':project', ':env', 'decrypt'], 'decrypt'],
  ['POST', ['api', 'esc', 'environments', ':org', ':project', ':env', 'open'], 'open'],
  ['POST', ['api', 'esc', 'environments', ':org', ':project', ':env', 'encrypt-secrets'], 'encrypt-secrets'],
  ['GET', ['api', 'esc', 'environments', ':org', ':project', ':env', 'open', ':openId'], 'read-open'],
];

/** @type {readonly RouteName[]} */
export const ROUTE_NAMES = TABLE.map(([, , route]) => route);

/**
 * @template {string} [R=RouteName]
 * @param {string} method
 * @param {string} pathname the request path without its query string
 * @param {string} prefix '' or '/something', no trailing slash
 * @param {[method: string, pattern: string[], route: R][]} [table] ESC's routes unless another service's are given
 * @returns {Omit<RouteMatch, 'route'> & { route: R | undefined } & Record<string, unknown>}
 */
export function matchRoute(method, pathname, prefix, table = /** @type {any} */ (TABLE)) {
  const collapsed = pathname.replace(/\/{2,}/g, '/');
  if (prefix && collapsed !== prefix && !collapsed.startsWith(`${prefix}/`)) return { route: undefined };
  /** @type {string[]} */
  let segments;
  try {
    segments = collapsed
      .slice(prefix.length)
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return { route: undefined, badPath: `malformed percent-encoding in "${pathname}"` };
  }
  /** @type {string[]} */
  const allow = [];
  for (const [routeMethod, pattern, route] of table) {
    const params = bind(pattern, segments);
    if (!params) continue;
    if (routeMethod === method) return { route, ...params };
    allow.push(routeMethod);
  }
  return allow.length > 0 ? { route: undefined, allow } : { route: undefined };
}

/**
 * @param {string[]} pattern
 * @param {string[]} segments
 * @returns {Record<string, string> | undefined}
 */
function bind(pattern, segments) {
  if (pattern.length !== segments.length) return undefined;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i].startsWith(':')) params[pattern[i].slice(1)] = segments[i];
    else if (pattern[i] !== segments[i]) return undefined;
  }
  return params;
}
