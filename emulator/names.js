// Name rules from the spec: [A-Za-z0-9._-]+, not `.`, `..`, `open`, `yaml`, at most 100 characters.

const NAME = /^[A-Za-z0-9._-]{1,100}$/;
const RESERVED = new Set(['.', '..', 'open', 'yaml']);

/**
 * @param {string} kind 'organization', 'project' or 'environment', for the message
 * @param {unknown} name
 * @returns {string | undefined} why the name is invalid, undefined when it is fine
 */
export function nameProblem(kind, name) {
  if (typeof name !== 'string' || name === '') return `missing ${kind} name`;
  if (!NAME.test(name)) return `invalid ${kind} name "${name}": use at most 100 of A-Z a-z 0-9 . _ -`;
  if (kind !== 'organization' && RESERVED.has(name)) return `invalid ${kind} name "${name}": reserved`;
  return undefined;
}
