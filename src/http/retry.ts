/**
 * When and how long to wait before trying a request again. Delays scale with the step's timeout so
 * every retry fits inside it: at the default 120 s the first delay is 1 s, doubling up to 30 s, as
 * Pulumi's own clients do; a step with a 4 s timeout starts at about 33 ms.
 */
export interface RetryPolicy {
  /** Tries of a read in all (the first one included). */
  attempts: number;
  baseDelayMs: number;
  /** First delay before writing again after a conflict: the other writer has finished by then, so it stays short. */
  conflictBaseDelayMs: number;
  maxDelayMs: number;
  /** One request may take this long before it counts as failed (and a read is tried again). */
  requestTimeoutMs: number;
}

export function retryPolicy(timeoutSeconds: number): RetryPolicy {
  const timeoutMs = timeoutSeconds * 1000;
  return {
    attempts: 5,
    baseDelayMs: clamp(timeoutMs / 120, 10, 1000),
    conflictBaseDelayMs: 100,
    maxDelayMs: 30_000,
    requestTimeoutMs: clamp(timeoutMs / 4, 250, 30_000),
  };
}

/** Exponential backoff with full jitter around the doubling delay (0.5× to 1.5×). */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  return Math.round(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry) * (0.5 + random()));
}

/** A Retry-After header in seconds or as an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** 429 and 5xx: the service may answer differently next time. */
export const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** A wait as the log says it: milliseconds below a second, else seconds. */
export const formatWait = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
