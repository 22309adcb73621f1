// Evaluation of an environment for `open`: imports merged in order, then the environment's own
// `values` over them, secrets decrypted and marked, `${path}` references resolved.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { diagnostic, DiagnosticsError } from './diagnostics.js';
import { readImports } from './imports.js';
import { parseInterpolation } from './interpolation.js';
import { formatPropertyPath } from './property-path.js';
import { ciphertextOf, isFunctionCall, keyOf, SECRET_KEY } from './secrets.js';

/**
 * @typedef {{ value: null | boolean | number | string | Value[] | { [key: string]: Value }, secret?: true, unknown?: true }} Value
 * @typedef {import('./property-path.js').PropertyPath} PropertyPath
 * @typedef {import('./diagnostics.js').SourceText} SourceText
 * @typedef {{ doc: import('yaml').Document.Parsed, source: SourceText }} LoadedEnvironment
 * @typedef {{
 *   load: (name: string) => LoadedEnvironment | undefined,
 *   decrypt: (ciphertext: string) => string,
 * }} Loader  load takes 'project/env' in the same organization; undefined when absent or hidden
 *
 * @typedef {{ kind: 'value', value: Value }} ValueEntry
 * @typedef {{ kind: 'object', entries: Map<string, Entry> }} ObjectEntry
 * @typedef {{ kind: 'array', items: Entry[] }} ArrayEntry
 * @typedef {{ kind: 'expr', node: unknown, path: PropertyPath, env: EnvContext, result?: Value, busy?: boolean }} ExprEntry
 * @typedef {ValueEntry | ObjectEntry | ArrayEntry | ExprEntry} Entry
 * @typedef {{ root: Entry, source: SourceText, doc: import('yaml').Document.Parsed, loader: Loader }} EnvContext
 */

/**
 * @param {string} name 'project/env'
 * @param {Loader} loader
 * @returns {{ [key: string]: Value }} the opened environment's properties
 */
export function evaluateEnvironment(name, loader) {
  const loaded = loader.load(name);
  if (!loaded) throw new DiagnosticsError([{ summary: `unknown environment "${name}"` }]);
  const root = evaluateLoaded(name, loaded, loader, []);
  return /** @type {{ [key: string]: Value }} */ (root.value);
}

/**
 * @param {string} name
 * @param {LoadedEnvironment} loaded
 * @param {Loader} loader
 * @param {string[]} importing the chain of imports that led here, to report cycles
 * @returns {Value} always a mapping
 */
function evaluateLoaded(name, { doc, source }, loader, importing) {
  const top = isMap(doc.contents) ? doc.contents : undefined;

  /** @type {Value} */
  let base = { value: {} };
  for (const entry of readImports(top?.get('imports', true)).entries) {
    const where = { path: ['imports', entry.index], node: /** @type {any} */ (entry.node) };
    if (entry.name === name || importing.includes(entry.name)) {
      throw new DiagnosticsError([diagnostic(source, `cyclic import of "${entry.name}"`, where)]);
    }
    const next = loader.load(entry.name);
    if (!next) throw new DiagnosticsError([diagnostic(source, `unknown environment "${entry.name}"`, where)]);
    const imported = evaluateLoaded(entry.name, next, loader, [...importing, name]);
    // `merge: false` imports the environment without laying its values under this one's.
    if (entry.merge) base = merge(base, imported);
  }

  /** @type {EnvContext} */
  const env = { root: { kind: 'value', value: base }, source, doc, loader };
  const values = top?.get('values', true);
  if (isMap(values)) env.root = overlay(env.root, values, [], env);
  return evaluateEntry(env.root);
}

/**
 * Later imports win; mappings merge key by key, anything else is replaced whole.
 * @param {Value} a
 * @param {Value} b
 * @returns {Value}
 */
function merge(a, b) {
  if (!isObjectValue(a) || !isObjectValue(b)) return b;
  const merged = { ...a.value };
  for (const [key, value] of Object.entries(b.value)) merged[key] = key in merged ? merge(merged[key], value) : value;
  return { value: merged };
}

/**
 * @param {Value} v
 * @returns {v is { value: { [key: string]: Value } }}
 */
function isObjectValue(v) {
  return !v.secret && !v.unknown && v.value !== null && typeof v.value === 'object' && !Array.isArray(v.value);
}

/**
 * Lays the environment's own definition over what the imports gave, keeping mappings open so
 * that `${a.b}` can reach into both.
 * @param {Entry | undefined} base
 * @param {unknown} node
 * @param {PropertyPath} path
 * @param {EnvContext} env
 * @returns {Entry}
 */
function overlay(base, node, path, env) {
  if (isMap(node) && !isFunctionCall(node)) {
    /** @type {Map<string, Entry>} */
    const entries = new Map();
    if (base?.kind === 'object') for (const [k, v] of base.entries) entries.set(k, v);
    if (base?.kind === 'value' && isObjectValue(base.value)) {
      for (const [k, v] of Object.entries(base.value.value)) entries.set(k, { kind: 'value', value: v });
    }
    for (const pair of node.items) {
      const key = String(keyOf(pair));
      entries.set(key, overlay(entries.get(key), pair.value, [...path, key], env));
    }
    return { kind: 'object', entries };
  }
  if (isSeq(node))
    return { kind: 'array', items: node.items.map((item, i) => overlay(undefined, item, [...path, i], env)) };
  return { kind: 'expr', node, path, env };
}

/**
 * @param {Entry} entry
 * @returns {Value}
 */
function evaluateEntry(entry) {
  switch (entry.kind) {
    case 'value':
      return entry.value;
    case 'object':
      return { value: Object.fromEntries([...entry.entries].map(([k, v]) => [k, evaluateEntry(v)])) };
    case 'array':
      return { value: entry.items.map(evaluateEntry) };
    case 'expr':
      if (entry.result) return entry.result;
      if (entry.busy) fail(entry, `cyclic reference involving ${formatPropertyPath(entry.path)}`);
      entry.busy = true;
      try {
        entry.result = evaluateNode(entry);
      } finally {
        entry.busy = false;
      }
      return entry.result;
  }
}

/**
 * @param {ExprEntry} entry
 * @returns {Value}
 */
function evaluateNode(entry) {
  const { node, env } = entry;
  if (node === null || node === undefined) return { value: null };
  if (isAlias(node)) {
    return evaluateEntry(overlay(undefined, node.resolve(env.doc), entry.path, env));
  }
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') return interpolate(entry, v);
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return { value: v };
    return { value: String(v) };
  }
  if (isMap(node) && isFunctionCall(node)) {
    const pair = node.items[0];
    if (keyOf(pair) !== SECRET_KEY) return { value: null, unknown: true };
    const argument = pair.value;
    if (isScalar(argument) && typeof argument.value === 'string') return { value: argument.value, secret: true };
    const ciphertext = ciphertextOf(argument);
    if (ciphertext === undefined) fail(entry, 'secret values must be string literals');
    return { value: env.loader.decrypt(ciphertext), secret: true };
  }
  return fail(entry, 'unsupported value');
}

/**
 * `${a.b}` alone yields the referenced Value, secret flag and all; inside a larger string each
 * reference becomes text and the result is secret when any part is. `$$` writes a literal `$`.
 * @param {ExprEntry} entry
 * @param {string} text
 * @returns {Value}
 */
function interpolate(entry, text) {
  const { parts, problems } = parseInterpolation(text);
  if (problems.length > 0) fail(entry, problems[0]);
  const values = parts.map((part) => ('text' in part ? part.text : resolve(entry, part.reference)));
  if (values.length === 1 && typeof values[0] !== 'string') return values[0];

  let secret = false;
  let unknown = false;
  const joined = values
    .map((part) => {
      if (typeof part === 'string') return part;
      secret ||= containsSecret(part);
      unknown ||= part.unknown === true;
      return asText(part);
    })
    .join('');
  /** @type {Value} */
  const result = { value: unknown ? null : joined };
  if (secret) result.secret = true;
  if (unknown) result.unknown = true;
  return result;
}

/**
 * @param {ExprEntry} from
 * @param {PropertyPath} path
 * @returns {Value}
 */
function resolve(from, path) {
  /** @type {Entry} */
  let at = from.env.root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    /** @type {Entry | undefined} */
    let next;
    if (at.kind === 'object' && typeof segment === 'string') next = at.entries.get(segment);
    else if (at.kind === 'array' && typeof segment === 'number') next = at.items[segment];
    else if (at.kind === 'value' || at.kind === 'expr') {
      const v = evaluateEntry(at).value;
      const child = Array.isArray(v)
        ? typeof segment === 'number'
          ? v[segment]
          : undefined
        : v !== null && typeof v === 'object' && typeof segment === 'string' && Object.hasOwn(v, segment)
          ? v[segment]
          : undefined;
      if (child) next = { kind: 'value', value: child };
    }
    if (!next) return fail(from, `unknown property ${formatPropertyPath(path.slice(0, i + 1))}`);
    at = next;
  }
  return evaluateEntry(at);
}

/** @param {Value} v */
function containsSecret(v) {
  if (v.secret) return true;
  if (Array.isArray(v.value)) return v.value.some(containsSecret);
  if (v.value !== null && typeof v.value === 'object') return Object.values(v.value).some(containsSecret);
  return false;
}

/**
 * @param {Value} v
 * @returns {string}
 */
function asText(v) {
  if (v.value === null) return '';
  if (typeof v.value === 'object') return JSON.stringify(plain(v));
  return String(v.value);
}

/**
 * @param {Value} v
 * @returns {unknown}
 */
export function plain(v) {
  if (Array.isArray(v.value)) return v.value.map(plain);
  if (v.value !== null && typeof v.value === 'object') {
    return Object.fromEntries(Object.entries(v.value).map(([k, child]) => [k, plain(child)]));
  }
  return v.value;
}

/**
 * @param {ExprEntry} entry
 * @param {string} summary
 * @returns {never}
 */
function fail(entry, summary) {
  const node = /** @type {{ range?: [number, number, number] | null } | null} */ (entry.node);
  throw new DiagnosticsError([diagnostic(entry.env.source, summary, { path: ['values', ...entry.path], node })]);
}

/**
 * Walks an opened environment's properties along `?property=a.b[0]`.
 * @param {{ [key: string]: Value }} properties
 * @param {PropertyPath} path
 * @returns {Value | undefined}
 */
export function selectProperty(properties, path) {
  /** @type {Value | undefined} */
  let at = { value: properties };
  for (const segment of path) {
    /** @type {Value['value'] | undefined} */
    const v = at?.value;
    if (Array.isArray(v)) at = typeof segment === 'number' ? v[segment] : undefined;
    else if (v !== null && typeof v === 'object' && typeof segment === 'string' && !at?.secret)
      at = Object.hasOwn(v, segment) ? v[segment] : undefined;
    else return undefined;
  }
  return at;
}
