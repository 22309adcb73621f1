// The checks the service runs on a definition before storing it; any failure stores nothing.
// Wording and rules from pulumi/esc: ast/environment.go, ast/expr.go (tryParseFunction,
// parseSecret), ast/interpolation.go, eval/eval.go (reserved keys).
import { isMap, isScalar, isSeq } from 'yaml';
import { diagnostic, rangeOf } from './diagnostics.js';
import { EnvelopeError } from './envelope.js';
import { readImports } from './imports.js';
import { holdsReference, MISSING_BRACE, parseInterpolation } from './interpolation.js';
import { ciphertextOf, keyOf, SECRET_KEY } from './secrets.js';

/**
 * @typedef {import('./diagnostics.js').Diagnostic} Diagnostic
 * @typedef {import('./property-path.js').PropertyPath} PropertyPath
 * @typedef {{ source: import('./diagnostics.js').SourceText, cipher: import('./envelope.js').SecretCipher, found: Diagnostic[] }} Checking
 */

/** The builtins ESC knows; `fn::open::<provider>` and `fn::rotate::<provider>` are short forms. */
const BUILTINS = new Set([
  'fn::concat',
  'fn::final',
  'fn::validate',
  'fn::fromJSON',
  'fn::fromBase64',
  'fn::join',
  'fn::open',
  'fn::rotate',
  'fn::secret',
  'fn::split',
  'fn::toBase64',
  'fn::toJSON',
  'fn::toString',
]);

/** Keys `values` may not have: they name what interpolation reaches outside it. */
const RESERVED_KEYS = new Set(['imports', 'context', 'environments']);

/**
 * @param {import('yaml').Document.Parsed} doc
 * @param {import('./diagnostics.js').SourceText} source
 * @param {import('./envelope.js').SecretCipher} cipher
 * @returns {Diagnostic[]} empty when the document may be stored
 */
export function checkDocument(doc, source, cipher) {
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      // The parser's own wording for this one names its API, which means nothing to a client.
      summary: error.code === 'MULTIPLE_DOCS' ? 'an environment must be a single YAML document' : error.message,
      range: rangeOf(source, error.pos[0], error.pos[1]),
    }));
  }
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null)) return [];
  if (!isMap(top)) return [diagnostic(source, 'the top level of an environment must be a mapping', { node: top })];

  /** @type {Checking} */
  const checking = { source, cipher, found: [] };
  const imports = top.get('imports', true);
  if (imports !== undefined && !isNull(imports)) {
    if (!isSeq(imports)) {
      report(checking, 'imports must be a list of environment names', ['imports'], imports);
    } else {
      for (const problem of readImports(imports).problems) {
        report(checking, problem.summary, ['imports', problem.index], problem.node);
      }
    }
  }
  const values = top.get('values', true);
  if (values !== undefined && !isNull(values)) {
    if (!isMap(values)) report(checking, 'values must be a mapping', ['values'], values);
    else checkValues(checking, values);
  }
  return checking.found;
}

/**
 * @param {Checking} checking
 * @param {import('yaml').YAMLMap} values
 */
function checkValues(checking, values) {
  for (const pair of values.items) {
    const key = keyOf(pair);
    const path = ['values', String(key)];
    if (typeof key === 'string' && key.startsWith('fn::')) {
      report(checking, `builtin function call "${key}" not allowed at the top level`, path, pair.key);
    } else if (typeof key === 'string' && RESERVED_KEYS.has(key)) {
      report(checking, `"${key}" is a reserved key`, path, pair.key);
    }
    checkNode(checking, pair.value, path);
  }
}

/**
 * @param {Checking} checking
 * @param {unknown} node
 * @param {PropertyPath} path
 */
function checkNode(checking, node, path) {
  if (isSeq(node)) {
    node.items.forEach((item, i) => checkNode(checking, item, [...path, i]));
    return;
  }
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    for (const problem of parseInterpolation(node.value).problems) report(checking, problem, path, node);
    return;
  }
  if (!isMap(node)) return;
  const functionKeys = node.items.map(keyOf).filter((k) => typeof k === 'string' && k.startsWith('fn::'));
  if (node.items.length !== 1 && functionKeys.length > 0) {
    for (const key of functionKeys) {
      report(
        checking,
        `illegal call to builtin function: "${key}" must be the only key within its containing object`,
        path,
        node,
      );
    }
  } else if (functionKeys.length === 1) {
    const [pair] = node.items;
    const key = String(functionKeys[0]);
    if (key === SECRET_KEY) {
      checkSecret(checking, pair.value, [...path, SECRET_KEY]);
      return;
    }
    if (!BUILTINS.has(key) && !key.startsWith('fn::open::') && !key.startsWith('fn::rotate::')) {
      report(checking, "'fn::' is a reserved prefix", path, pair.key);
    }
  }
  for (const pair of node.items) checkNode(checking, pair.value, [...path, String(keyOf(pair))]);
}

/**
 * A secret is a string literal or a ciphertext block that opens. A string holding a reference is
 * not a literal, and there is no escape for it: only its ciphertext can be stored.
 * @param {Checking} checking
 * @param {unknown} value
 * @param {PropertyPath} path
 */
function checkSecret(checking, value, path) {
  if (isScalar(value) && typeof value.value === 'string') {
    if (!holdsReference(value.value)) return;
    if (parseInterpolation(value.value).problems.includes(MISSING_BRACE)) report(checking, MISSING_BRACE, path, value);
    report(checking, 'secret values must be string literals', path, value);
    return;
  }
  const ciphertext = ciphertextOf(value);
  if (ciphertext === undefined) {
    report(checking, 'secret values must be string literals', path, value);
    return;
  }
  try {
    checking.cipher.open(ciphertext);
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    report(checking, `invalid secret: ${error.message}`, path, value);
  }
}

/**
 * @param {Checking} checking
 * @param {string} summary
 * @param {PropertyPath} path
 * @param {unknown} node
 */
function report(checking, summary, path, node) {
  checking.found.push(diagnostic(checking.source, summary, { path, node: /** @type {any} */ (node) }));
}

/** @param {unknown} node */
function isNull(node) {
  return isScalar(node) && node.value === null;
}
