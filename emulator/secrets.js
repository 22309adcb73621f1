// Finding `fn::secret` under `values`, and swapping plaintext for ciphertext blocks and back.
import { isMap, isScalar, isSeq, Scalar, YAMLMap } from 'yaml';

export const SECRET_KEY = 'fn::secret';

/** @typedef {import('./property-path.js').PropertyPath} PropertyPath */
/** @typedef {import('yaml').Pair<unknown, unknown>} Pair */

/**
 * A mapping whose only key is fn::something is a function call; anything else is a plain object.
 * @param {unknown} node
 * @returns {boolean}
 */
export function isFunctionCall(node) {
  return (
    isMap(node) &&
    node.items.length === 1 &&
    typeof keyOf(node.items[0]) === 'string' &&
    String(keyOf(node.items[0])).startsWith('fn::')
  );
}

/**
 * @param {Pair} pair
 * @returns {unknown} the key's plain value
 */
export function keyOf(pair) {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/**
 * Calls `found` for every pair keyed `fn::secret` under the top-level `values` (or, with
 * `everywhere`, anywhere in the document), depth first, with the path of the mapping that holds
 * it (relative to the document root).
 * @param {import('yaml').Document} doc
 * @param {(pair: Pair, holder: YAMLMap<unknown, unknown>, path: PropertyPath) => void} found
 * @param {{ everywhere?: boolean }} [scope]
 */
export function forEachSecret(doc, found, { everywhere = false } = {}) {
  if (!isMap(doc.contents)) return;
  if (everywhere) walk(doc.contents, [], found);
  else walk(doc.contents.get('values', true), ['values'], found);
}

/**
 * @param {unknown} node
 * @param {PropertyPath} path
 * @param {(pair: Pair, holder: YAMLMap<unknown, unknown>, path: PropertyPath) => void} found
 */
function walk(node, path, found) {
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, [...path, i], found));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (keyOf(pair) === SECRET_KEY) found(pair, node, path);
      else walk(pair.value, [...path, String(keyOf(pair))], found);
    }
  }
}

/**
 * The `{ciphertext: ...}` block's ciphertext, or undefined when the value is anything else.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function ciphertextOf(value) {
  if (!isMap(value) || value.items.length !== 1 || keyOf(value.items[0]) !== 'ciphertext') return undefined;
  const text = value.items[0].value;
  return isScalar(text) && typeof text.value === 'string' ? text.value : undefined;
}

/**
 * Replaces every plaintext secret by its ciphertext block, in place, anywhere in the document, as
 * the service encrypts (pulumi/esc eval/crypt.go EncryptSecrets); only the call form
 * `{fn::secret: "<string>"}` is one. Under `values` the checks have already refused anything else.
 * @param {import('yaml').Document} doc
 * @param {import('./envelope.js').SecretCipher} cipher
 */
export function sealSecrets(doc, cipher) {
  forEachSecret(
    doc,
    (pair, holder) => {
      const plain = pair.value;
      if (holder.items.length !== 1 || !isScalar(plain) || typeof plain.value !== 'string') return;
      const ciphertext = new Scalar(cipher.seal(plain.value));
      // A trailing comment on the plaintext stays on the line that replaces it.
      ciphertext.comment = plain.comment;
      const block = new YAMLMap();
      block.add(doc.createPair('ciphertext', ciphertext));
      block.commentBefore = plain.commentBefore;
      pair.value = block;
    },
    { everywhere: true },
  );
}

/**
 * Replaces every ciphertext block under `values` by its plaintext, in place; the service's
 * decrypted view leaves secrets elsewhere encrypted (eval/crypt.go DecryptSecrets).
 * @param {import('yaml').Document} doc
 * @param {import('./envelope.js').SecretCipher} cipher
 */
export function unsealSecrets(doc, cipher) {
  forEachSecret(doc, (pair) => {
    const ciphertext = ciphertextOf(pair.value);
    if (ciphertext === undefined || !isMap(pair.value)) return;
    const plain = new Scalar(cipher.open(ciphertext));
    const inner = pair.value.items[0].value;
    plain.comment = isScalar(inner) ? inner.comment : undefined;
    plain.commentBefore = pair.value.commentBefore;
    // Multi-line values read best as block literals; stringifyDefinition falls back to quotes when needed.
    if (plain.value.includes('\n')) plain.type = 'BLOCK_LITERAL';
    pair.value = plain;
  });
}
