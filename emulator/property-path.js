// ESC property paths: a.b[0]["key.with.dots"], used by ${...} interpolation, ?property= and diagnostics.

/** @typedef {(string | number)[]} PropertyPath */

const SIMPLE_NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Parses a property path starting at `start`. With `stopAtBrace`, a `}` outside quotes ends the path
 * (the closing brace of an interpolation); otherwise the path must run to the end of the text.
 * @param {string} text
 * @param {{ start?: number, stopAtBrace?: boolean }} [options]
 * @returns {{ path: PropertyPath, end: number }} end: index just past the path
 */
export function parsePropertyPath(text, { start = 0, stopAtBrace = false } = {}) {
  /** @type {PropertyPath} */
  const path = [];
  let i = start;
  const atEnd = () => i >= text.length || (stopAtBrace && text[i] === '}');
  while (!atEnd()) {
    if (text[i] === '[') {
      const close = text[i + 1] === '"' ? readQuoted(text, i + 1) : text.indexOf(']', i);
      if (close < 0) throw new SyntaxError(`unterminated "[" in property path "${text.slice(start)}"`);
      if (text[i + 1] === '"') {
        if (text[close] !== ']') throw new SyntaxError(`expected "]" after quoted key in "${text.slice(start)}"`);
        path.push(JSON.parse(text.slice(i + 1, close)));
      } else {
        const index = text.slice(i + 1, close);
        if (!/^\d+$/.test(index)) throw new SyntaxError(`invalid index "[${index}]" in property path`);
        path.push(Number(index));
      }
      i = close + 1;
      continue;
    }
    if (path.length > 0) {
      if (text[i] !== '.') throw new SyntaxError(`expected "." or "[" at "${text.slice(i)}"`);
      i += 1;
    }
    const nameStart = i;
    while (i < text.length && !'.[]"'.includes(text[i]) && !(stopAtBrace && text[i] === '}')) i += 1;
    if (i === nameStart) throw new SyntaxError(`empty property name in "${text.slice(start)}"`);
    path.push(text.slice(nameStart, i));
  }
  if (path.length === 0) throw new SyntaxError('empty property path');
  return { path, end: i };
}

/**
 * @param {string} text
 * @param {number} quote index of the opening quote
 * @returns {number} index just past the closing quote, -1 if there is none
 */
function readQuoted(text, quote) {
  for (let i = quote + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/**
 * @param {PropertyPath} path
 * @returns {string}
 */
export function formatPropertyPath(path) {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (SIMPLE_NAME.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}
