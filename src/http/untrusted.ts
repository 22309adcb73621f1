import { redact } from '../mask.js';

/** Longest piece of server text quoted in a message: a sentence, not an error page. */
export const UNTRUSTED_TEXT_LIMIT = 300;

/**
 * The one function every piece of text from outside (a server's error message or diagnostic, a
 * header, a redirect's target) goes through before it reaches a log line, an error, the report or
 * a comment. It masks known secret values, folds line breaks and control characters into spaces
 * (so the text cannot start a line of its own), breaks `::` where a line could start with it and
 * every `##[` (the runner reads `::cmd::` at the start of a line and the older `##[cmd]` anywhere in
 * one; `fn::secret` is left readable) and keeps at most `limit` characters.
 */
export function untrustedText(text: string, limit = UNTRUSTED_TEXT_LIMIT): string {
  const flat = redact(text)
    // Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/(^|\s)::/g, '$1: :')
    .replace(/##\[/g, '# #[')
    .trim();
  const chars = [...flat];
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : flat;
}
