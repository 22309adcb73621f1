// The service's 400 body: {"diagnostics":[{summary, path?, range?: {environment, begin, end}}]}.
import { formatPropertyPath } from './property-path.js';

/** @typedef {{ line: number, column: number, byte: number }} Position  line and column 1-based, byte 0-based UTF-8 offset */
/** @typedef {{ environment: string, begin: Position, end: Position }} Range */
/** @typedef {{ summary: string, detail?: string, severity?: string, path?: string, range?: Range }} Diagnostic */
/**
 * The text a document was parsed from, to turn character offsets into positions.
 * @typedef {{ environment: string, text: string, lineCounter: import('yaml').LineCounter }} SourceText
 */

export class DiagnosticsError extends Error {
  /** @param {Diagnostic[]} diagnostics */
  constructor(diagnostics) {
    super(diagnostics.map((d) => (d.path ? `${d.path}: ${d.summary}` : d.summary)).join('; '));
    this.diagnostics = diagnostics;
  }
}

/**
 * @param {SourceText} source
 * @param {number} offset character offset into source.text
 * @returns {Position}
 */
function position(source, offset) {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  const { line, col } = source.lineCounter.linePos(clamped);
  return { line, column: col, byte: Buffer.byteLength(source.text.slice(0, clamped), 'utf8') };
}

/**
 * @param {SourceText} source
 * @param {number} start
 * @param {number} end
 * @returns {Range}
 */
export function rangeOf(source, start, end) {
  return { environment: source.environment, begin: position(source, start), end: position(source, end) };
}

/**
 * @param {SourceText} source
 * @param {string} summary
 * @param {{ path?: import('./property-path.js').PropertyPath, node?: { range?: [number, number, number] | null } | null }} [where]
 * @returns {Diagnostic}
 */
export function diagnostic(source, summary, { path, node } = {}) {
  /** @type {Diagnostic} */
  const result = { summary };
  if (path && path.length > 0) result.path = formatPropertyPath(path);
  if (node?.range) result.range = rangeOf(source, node.range[0], node.range[1]);
  return result;
}
