import { getPriority, setPriority } from 'node:os';

/** How far a schema thread steps back from the rules threads, in nice levels. */
const SCHEMA_THREAD_STEP_BACK = 5;

/** The nice value a schema thread takes from the one it has: a few levels lower, within Unix's range. */
export const schemaThreadNice = (current: number): number => Math.min(19, current + SCHEMA_THREAD_STEP_BACK);

/**
 * Lets this schema thread give way to the rules threads when they want the same core. The rules
 * threads are the audit's critical path and the schema thread has time to spare, but the process
 * has more threads than the runner has cores (V8's compiler and collector threads work beside each
 * isolate), and at equal priority the scheduler took from both alike (README, design notes).
 * A few levels only: under a competing process, 10 levels let the schema thread fall behind.
 * Linux only, where a nice value belongs to the thread that sets it; elsewhere it is the process's.
 */
export function giveWayToRulesThreads(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, schemaThreadNice(getPriority(0)));
  } catch {
    // Only a hint: a sandbox that refuses it leaves the thread as it was.
  }
}
