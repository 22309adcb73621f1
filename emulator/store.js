// Environments, their revisions and etags. Definitions are stored re-encoded, secrets sealed.
import { randomBytes } from 'node:crypto';
import { DiagnosticsError } from './diagnostics.js';
import { checkDocument } from './document-checks.js';
import { sealSecrets, unsealSecrets } from './secrets.js';
import { parseDefinition, stringifyDefinition } from './yaml-text.js';

/**
 * @typedef {object} StoredEnvironment
 * @property {string} org
 * @property {string} project
 * @property {string} env
 * @property {string[]} revisions every definition stored, oldest first; revision n is revisions[n - 1]
 * @property {string} etag
 * @property {string} [decrypted] cache of the latest revision with plaintext secrets
 *
 * @typedef {(parsed: import('./evaluate.js').LoadedEnvironment) => void} EvaluationCheck throws DiagnosticsError
 */

export class EnvironmentStore {
  /** @type {Map<string, StoredEnvironment>} */
  #environments = new Map();
  #cipher;

  /** @param {import('./envelope.js').SecretCipher} cipher */
  constructor(cipher) {
    this.#cipher = cipher;
  }

  /**
   * @param {string} name 'org/project/env'
   * @returns {StoredEnvironment | undefined}
   */
  get(name) {
    return this.#environments.get(name);
  }

  /** @returns {StoredEnvironment[]} */
  all() {
    return [...this.#environments.values()];
  }

  /**
   * Revision 1, an empty definition.
   * @param {string} org
   * @param {string} project
   * @param {string} env
   * @returns {StoredEnvironment}
   */
  create(org, project, env) {
    const name = `${org}/${project}/${env}`;
    if (this.#environments.has(name)) throw new Error(`environment ${name} already exists`);
    /** @type {StoredEnvironment} */
    const created = { org, project, env, revisions: [''], etag: newEtag(), decrypted: '' };
    this.#environments.set(name, created);
    return created;
  }

  /**
   * Checks, seals and stores `text` as the next revision; stores nothing when it is invalid.
   * @param {StoredEnvironment} stored
   * @param {string} text
   * @param {EvaluationCheck} [evaluates]
   * @returns {{ revision: number, etag: string }}
   * @throws {DiagnosticsError}
   */
  write(stored, text, evaluates) {
    return this.commit(stored, this.prepare(text, `${stored.project}/${stored.env}`, evaluates));
  }

  /**
   * The definition as it would be stored, without storing it.
   * @param {string} text
   * @param {string} environment 'project/env', for diagnostics
   * @param {EvaluationCheck} [evaluates] run once the document itself is valid: references and
   *   imports are checked at write, as the service does
   * @returns {string}
   * @throws {DiagnosticsError}
   */
  prepare(text, environment, evaluates) {
    const parsed = parseDefinition(text, environment);
    const { doc, source } = parsed;
    const diagnostics = checkDocument(doc, source, this.#cipher);
    if (diagnostics.length > 0) throw new DiagnosticsError(diagnostics);
    evaluates?.(parsed);
    sealSecrets(doc, this.#cipher);
    return stringifyDefinition(doc);
  }

  /**
   * @param {StoredEnvironment} stored
   * @param {string} definition from prepare()
   * @returns {{ revision: number, etag: string }}
   */
  commit(stored, definition) {
    stored.revisions.push(definition);
    stored.etag = newEtag();
    delete stored.decrypted;
    return { revision: stored.revisions.length, etag: stored.etag };
  }

  /** @param {string} name */
  delete(name) {
    return this.#environments.delete(name);
  }

  /**
   * @param {StoredEnvironment} stored
   * @returns {string} the latest definition, ciphertext as stored
   */
  definition(stored) {
    return stored.revisions[stored.revisions.length - 1];
  }

  /**
   * @param {StoredEnvironment} stored
   * @returns {string} the latest definition with every secret under `values` in plaintext
   */
  decrypted(stored) {
    if (stored.decrypted === undefined) {
      const { doc } = parseDefinition(this.definition(stored), '');
      unsealSecrets(doc, this.#cipher);
      stored.decrypted = stringifyDefinition(doc);
    }
    return stored.decrypted;
  }
}

/** Opaque, and different on every write, as the service's are. */
function newEtag() {
  return randomBytes(12).toString('base64url');
}
