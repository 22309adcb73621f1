import type { Change } from '../esc/document.js';
import type { CheckOutcome } from '../findings.js';
import type { FailOn, Mode } from '../settings.js';

/** Everything a run found and did, from which every output the user sees is made. Names and paths only. */
export interface RunReport {
  mode: Mode;
  /** Full environment name, when it was known. */
  environment?: string;
  failOn: FailOn;
  outcomes: CheckOutcome[];
  changes: Change[];
  /** True when ESC was written (in plan mode: when it would be). */
  changed: boolean;
  revision?: number;
  /** Facts worth one line each in the log and summary (environment created, conflicts retried, …). */
  notes: string[];
  /** Things the user should notice on the run page (why ESC was not read, …): notice annotations. */
  notices: string[];
  /** Files read by mode audit, repo-relative. */
  audited?: string[];
  /** Why the run stopped early, when it did; a message that holds no value. */
  failure?: string;
}

export const countChanges = (changes: readonly Change[], action: Change['action']): number =>
  changes.filter((c) => c.action === action).length;
