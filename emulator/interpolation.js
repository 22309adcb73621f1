// `$` in strings as ESC's parser reads them (pulumi/esc ast/interpolation.go, ast/property.go):
// `$$` is a literal `$`, every other `${…}` a property reference that ends at its `}`.
import { parsePropertyPath } from './property-path.js';

export const MISSING_BRACE = "missing closing brace '}' in interpolation";

/**
 * @typedef {{ text: string } | { reference: import('./property-path.js').PropertyPath }} Part
 * @typedef {{ parts: Part[], problems: string[] }} Parsed
 */

/**
 * True when ESC reads a reference in `text`: a `${` not escaped by a preceding `$$`. A plaintext
 * `fn::secret` holding one is not a string literal, so the service refuses it.
 * @param {string} text
 */
export function holdsReference(text) {
  for (let i = 0; i < text.length;) {
    if (text.startsWith('$$', i)) i += 2;
    else if (text.startsWith('${', i)) return true;
    else i += 1;
  }
  return false;
}

/**
 * Splits a plain string into literal text and references. A reference that does not end in `}`
 * (the end of the text, or a space, comes first) is a problem, as are malformed paths.
 * @param {string} text
 * @returns {Parsed}
 */
export function parseInterpolation(text) {
  /** @type {Part[]} */
  const parts = [];
  /** @type {string[]} */
  const problems = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$$', i)) {
      literal += '$';
      i += 2;
    } else if (text.startsWith('${', i)) {
      const close = referenceEnd(text, i + 2);
      if (close < 0) {
        problems.push(MISSING_BRACE);
        break;
      }
      if (literal) parts.push({ text: literal });
      literal = '';
      try {
        parts.push({ reference: parsePropertyPath(text.slice(i + 2, close)).path });
      } catch (error) {
        problems.push(`invalid reference: ${/** @type {Error} */ (error).message}`);
      }
      i = close + 1;
    } else {
      literal += text[i];
      i += 1;
    }
  }
  if (literal || parts.length === 0) parts.push({ text: literal });
  return { parts, problems };
}

/**
 * Index of the `}` closing a reference whose path starts at `start`, skipping `["…"]` keys;
 * -1 when the text ends, or a space comes, before it.
 * @param {string} text
 * @param {number} start
 */
function referenceEnd(text, start) {
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (c === '}') return i;
    if (/\s/.test(c)) return -1;
    if (c === '[' && text[i + 1] === '"') {
      i += 2;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    }
  }
  return -1;
}
