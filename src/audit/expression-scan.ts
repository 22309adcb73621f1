import { pastClosing } from '../util/brackets.js';

/**
 * Finds GitHub expressions and the secret references inside them by scanning the raw source text,
 * so every offset is where the reference really stands in the file (inside block scalars, folded
 * scalars, quoted scalars and flow mappings alike).
 */

/** How a string literal's quote appears in the raw text: `''` inside a single-quoted YAML scalar. */
export type QuoteUnit = "'" | "''";

export interface Span {
  start: number;
  end: number;
}

export type SecretRefKind = 'name' | 'dynamic' | 'whole-context';

export interface RawSecretRef extends Span {
  kind: SecretRefKind;
  /** The secret name, for kind 'name'. */
  name?: string;
}

/** Bodies of `${{ … }}` in text[from, to), skipping `}}` inside string literals. */
export function findExpressionSpans(text: string, from: number, to: number, quote: QuoteUnit): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf('${{', from);
  while (at !== -1 && at < to) {
    const start = at + 3;
    const end = closingBraces(text, start, to, quote);
    if (end === -1) break;
    spans.push({ start, end });
    at = text.indexOf('${{', end + 2);
  }
  return spans;
}

function closingBraces(text: string, from: number, to: number, quote: QuoteUnit): number {
  for (let i = from; i < to; i++) {
    if (text.startsWith(quote, i)) {
      i = endOfString(text, i, to, quote) - 1;
    } else if (text[i] === '}' && text[i + 1] === '}') {
      return i;
    }
  }
  return -1;
}

/** Offset just past a string literal starting at `start` (GitHub escapes a quote by doubling it). */
function endOfString(text: string, start: number, to: number, quote: QuoteUnit): number {
  const escaped = quote + quote;
  for (let i = start + quote.length; i < to;) {
    if (text.startsWith(escaped, i)) i += escaped.length;
    else if (text.startsWith(quote, i)) return i + quote.length;
    else i++;
  }
  return to;
}

// By character code: the scan visits every character of every expression that names the context.
const isIdentStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isIdentPart = (code: number) => isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;

/**
 * References to the `secrets` context inside one expression body: `secrets.NAME`, `secrets['NAME']`
 * (a name), `secrets[expr]` (dynamic), and `secrets` used whole, as in `toJSON(secrets)`. Context
 * names are case-insensitive; `x.secrets` is a property of something else; string literals are text.
 */
export function findSecretRefs(text: string, span: Span, quote: QuoteUnit): RawSecretRef[] {
  const refs: RawSecretRef[] = [];
  // Most expressions never name the context; the scan below is only for those that might.
  if (!text.slice(span.start, span.end).toLowerCase().includes('secrets')) return refs;
  for (let i = span.start; i < span.end;) {
    if (text.startsWith(quote, i)) {
      i = endOfString(text, i, span.end, quote);
      continue;
    }
    if (!isIdentStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < span.end && isIdentPart(text.charCodeAt(end))) end++;
    const isContext = text.slice(i, end).toLowerCase() === 'secrets' && previousNonSpace(text, i, span.start) !== '.';
    if (isContext) {
      const ref = secretAccess(text, i, end, span.end, quote);
      refs.push(ref);
      end = Math.max(end, ref.end);
    }
    i = end;
  }
  return refs;
}

function secretAccess(text: string, start: number, identEnd: number, limit: number, quote: QuoteUnit): RawSecretRef {
  const next = skipSpaces(text, identEnd, limit);
  if (text[next] === '.') {
    const nameStart = skipSpaces(text, next + 1, limit);
    let nameEnd = nameStart;
    while (nameEnd < limit && isIdentPart(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd > nameStart) return { kind: 'name', name: text.slice(nameStart, nameEnd), start, end: nameEnd };
  }
  if (text[next] === '[') {
    const inner = skipSpaces(text, next + 1, limit);
    if (text.startsWith(quote, inner)) {
      const stringEnd = endOfString(text, inner, limit, quote);
      const close = skipSpaces(text, stringEnd, limit);
      if (text[close] === ']') {
        const name = text
          .slice(inner + quote.length, stringEnd - quote.length)
          .split(quote + quote)
          .join("'");
        return { kind: 'name', name, start, end: close + 1 };
      }
    }
    return { kind: 'dynamic', start, end: pastClosing(text, next, limit) };
  }
  return { kind: 'whole-context', start, end: identEnd };
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isWhiteSpace(text, i)) i++;
  return i;
}

function previousNonSpace(text: string, before: number, floor: number): string | undefined {
  for (let i = before - 1; i >= floor; i--) if (!isWhiteSpace(text, i)) return text[i];
  return undefined;
}

/** As `/\s/`: ASCII by its code, anything else by the regular expression. */
function isWhiteSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[at]);
}
