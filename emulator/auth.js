// Access tokens → identity, and per-environment permission levels.

export const LEVELS = /** @type {const} */ (['none', 'read', 'open', 'write']);

/** @typedef {typeof LEVELS[number]} Level */
/**
 * @typedef {object} Identity
 * @property {string} login
 * @property {Record<string, Level>} permissions keys 'org/project/env', 'org/project/*', 'org/*' or '*'
 * @property {string[]} [organizations] listed by /api/user besides those the permissions reach
 */

export class TokenRegistry {
  /** @type {Map<string, Identity>} */
  #tokens = new Map();

  /**
   * @param {string} token
   * @param {Identity} identity
   */
  add(token, identity) {
    if (!token || /\s/.test(token)) throw new Error('a token must be non-empty and contain no whitespace');
    for (const [key, level] of Object.entries(identity.permissions)) {
      if (!LEVELS.includes(level)) throw new Error(`unknown permission "${level}" for "${key}"`);
    }
    this.#tokens.set(token, { ...identity, permissions: { ...identity.permissions } });
  }

  /**
   * @param {string | undefined} header the Authorization header
   * @returns {Identity | undefined}
   */
  identify(header) {
    const match = /^token\s+(\S+)\s*$/i.exec(header ?? '');
    return match ? this.#tokens.get(match[1]) : undefined;
  }
}

/**
 * The most specific key wins: the environment, then its project, then its organization, then '*'.
 * @param {Identity} identity
 * @param {string} org
 * @param {string} project
 * @param {string} env
 * @returns {Level}
 */
export function levelFor(identity, org, project, env) {
  const keys = [`${org}/${project}/${env}`, `${org}/${project}/*`, `${org}/*`, '*'];
  for (const key of keys) {
    const level = identity.permissions[key];
    if (level) return level;
  }
  return 'none';
}

/**
 * @param {Level} have
 * @param {Level} need
 */
export function allows(have, need) {
  return LEVELS.indexOf(have) >= LEVELS.indexOf(need);
}
