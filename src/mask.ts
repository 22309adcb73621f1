import * as core from '@actions/core';

/** Every string masked so far (whole values and their lines), for redact(). */
const masked = new Set<string>();

/**
 * The one masking policy: the whole value and every line of it, as the runner masks per line and a
 * value that reaches the log split across lines would otherwise escape. The cost: a short value
 * ("3") also masks innocent text that equals it; the runner does the same for repository secrets.
 * Empty values cannot be masked and hold nothing to leak. Each part is also remembered, so that
 * redact() can take it out of what the runner does not mask (the report file, a PR comment).
 */
export function maskValue(value: string, mask: (value: string) => void = core.setSecret): void {
  const parts = new Set([value, ...value.split(/\r\n|\r|\n/).map((line) => line.trim())]);
  for (const part of parts) {
    if (!part.trim()) continue;
    mask(part);
    masked.add(part);
  }
}

/**
 * Values shorter than this are not taken out of text by redact(): a cluster size of "3" would turn
 * every 3 of every number and request id into `***` while hiding nothing (the runner still masks them in the log).
 */
const REDACT_MIN_LENGTH = 4;

/** `text` with every masked value (and line of one) replaced by `***`, longest first, as the runner does. */
export function redact(text: string): string {
  if (!masked.size || !text) return text;
  let result = text;
  for (const part of [...masked].sort((a, b) => b.length - a.length))
    if (part.length >= REDACT_MIN_LENGTH) result = result.split(part).join('***');
  return result;
}
