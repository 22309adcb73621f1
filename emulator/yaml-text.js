// Parsing and re-encoding of environment definitions with the yaml Document API, so that comments,
// key order and flow style survive a write, and every string comes back exactly as it went in.
import { isScalar, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';

/** @typedef {import('yaml').Document.Parsed} ParsedDocument */
/** @typedef {import('yaml').Scalar} Scalar */

// lineWidth 0: folding long lines would change nothing semantically but turns a PEM body into noise.
// flowCollectionPadding false: `{a: 1}` as the real (go-yaml) service writes it.
const OUTPUT = /** @type {const} */ ({ indent: 2, lineWidth: 0, flowCollectionPadding: false });

/**
 * @param {string} text
 * @param {string} environment name used in diagnostics' ranges
 * @returns {{ doc: ParsedDocument, source: import('./diagnostics.js').SourceText }}
 */
export function parseDefinition(text, environment) {
  const lineCounter = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other (quadratic): a linear one instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
  doc.errors.push(...duplicateKeys(doc));
  return { doc, source: { environment, text, lineCounter } };
}

/**
 * A DUPLICATE_KEY error for each scalar key repeated in its mapping, as yaml would report it, in
 * one pass over the document.
 * @param {import('yaml').Document} doc
 * @returns {YAMLParseError[]}
 */
export function duplicateKeys(doc) {
  /** @type {YAMLParseError[]} */
  const errors = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          const at = key.range?.[0] ?? 0;
          errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(id);
      }
    },
  });
  return errors;
}

/**
 * Stringifies, re-parses and compares every scalar; a string the default style would not carry
 * verbatim (a lone space in a block literal, say) is forced double-quoted, which always round-trips.
 * @param {import('yaml').Document} doc
 * @returns {string}
 */
export function stringifyDefinition(doc) {
  if (doc.contents === null) return commentsOnly(doc);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const text = doc.toString(OUTPUT);
    const expected = scalarsOf(doc);
    const actual = scalarsOf(parseDocument(text, { uniqueKeys: false }));
    if (expected.length !== actual.length) throw new Error('re-encoded document changed shape');
    let verbatim = true;
    expected.forEach((node, i) => {
      if (sameValue(node.value, actual[i].value)) return;
      if (typeof node.value !== 'string') throw new Error(`re-encoding changed the value ${String(node.value)}`);
      node.type = 'QUOTE_DOUBLE';
      verbatim = false;
    });
    if (verbatim) return text;
  }
  throw new Error('document could not be re-encoded verbatim');
}

/**
 * The yaml package writes an empty document as `null`; the service keeps it empty.
 * @param {import('yaml').Document} doc
 */
function commentsOnly(doc) {
  const blocks = [doc.commentBefore, doc.comment].filter((c) => typeof c === 'string' && c !== '');
  return blocks
    .map(
      (c) =>
        `${String(c)
          .split('\n')
          .map((line) => (line === '' ? '' : `#${line}`))
          .join('\n')}\n`,
    )
    .join('\n');
}

/**
 * @param {import('yaml').Document} doc
 * @returns {Scalar[]}
 */
function scalarsOf(doc) {
  /** @type {Scalar[]} */
  const found = [];
  visit(doc, {
    Scalar(_key, node) {
      found.push(node);
    },
  });
  return found;
}

/**
 * @param {unknown} a
 * @param {unknown} b
 */
function sameValue(a, b) {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  return typeof a === 'number' && typeof b === 'number' && a === b;
}
