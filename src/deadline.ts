/**
 * When the step's `timeout` runs out, in epoch milliseconds: counted from the start of the process,
 * which is the start of the step, so reading files and parsing count against it as requests do.
 */
export const stepDeadline = (timeoutSeconds: number): number =>
  Math.floor(performance.timeOrigin) + timeoutSeconds * 1000;

/**
 * Time past the deadline before the step is stopped from outside: requests already end at the
 * deadline with their own message; this catches what cannot be interrupted from inside (a stalled
 * OIDC token request of the toolkit, work that never yields).
 */
const GRACE_MS = 1500;

/** Thrown by withinDeadline when the step ran out of time. */
export class StepTimeout extends Error {
  override name = 'StepTimeout';
}

/** `work`, or a StepTimeout rejection once the deadline (and the grace) has passed. */
export async function withinDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StepTimeout(`The step's timeout ran out while ${what}; it stopped there.`)),
      Math.max(0, deadline - Date.now()) + GRACE_MS,
    );
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
