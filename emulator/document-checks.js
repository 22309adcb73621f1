// The checks the service runs on a definition before storing it; any failure stores nothing.
import { isMap, isScalar, isSeq } from 'yaml';
import { diagnostic, rangeOf } from './diagnostics.js';
import { EnvelopeError } from './envelope.js';
import { ciphertextOf, forEachSecret, SECRET_KEY } from './secrets.js';

/** @typedef {import('./diagnostics.js').Diagnostic} Diagnostic */

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

  /** @type {Diagnostic[]} */
  const found = [];
  const imports = top.get('imports', true);
  if (imports !== undefined && !isNull(imports)) {
    if (!isSeq(imports)) {
      found.push(
        diagnostic(source, 'imports must be a list of environment names', { path: ['imports'], node: imports }),
      );
    } else {
      imports.items.forEach((item, i) => {
        if (!isScalar(item) || typeof item.value !== 'string') {
          found.push(
            diagnostic(source, 'an import must be a string naming an environment', {
              path: ['imports', i],
              node: /** @type {any} */ (item),
            }),
          );
        }
      });
    }
  }
  const values = top.get('values', true);
  if (values !== undefined && !isNull(values) && !isMap(values)) {
    found.push(diagnostic(source, 'values must be a mapping', { path: ['values'], node: values }));
  }
  forEachSecret(doc, (pair, holder, path) => {
    const where = { path: [...path, SECRET_KEY], node: /** @type {any} */ (pair.value ?? pair.key) };
    if (holder.items.length !== 1) {
      found.push(diagnostic(source, `${SECRET_KEY} must be the only key of its mapping`, { path, node: holder }));
      return;
    }
    const value = pair.value;
    if (isScalar(value) && typeof value.value === 'string') return;
    const ciphertext = ciphertextOf(value);
    if (ciphertext === undefined) {
      found.push(diagnostic(source, 'secret values must be string literals', where));
      return;
    }
    try {
      cipher.open(ciphertext);
    } catch (error) {
      if (!(error instanceof EnvelopeError)) throw error;
      found.push(diagnostic(source, `invalid secret: ${error.message}`, where));
    }
  });
  return found;
}

/** @param {unknown} node */
function isNull(node) {
  return isScalar(node) && node.value === null;
}
