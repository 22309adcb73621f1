import type { Change } from '../changes.js';
import type { Failure } from '../errors.js';
import type { CheckOutcome, FailOn, Finding } from '../findings.js';
import type { Mode } from '../settings.js';

/**
 * What every mode returns: the checks it ran, what to tell the user, and why it stopped early
 * when it did. A mode adds its own fields (SyncOutcome, AuditOutcome); main.ts turns the outcome
 * into the RunReport.
 */
export interface ModeOutcome {
  outcomes: CheckOutcome[];
  /** Facts worth one line each in the log and the summary (environment created, conflicts retried, …). */
  logLines: string[];
  /** Things the user should notice on the run page (why ESC was not read, …): notice annotations. */
  notices: string[];
  /** Why the mode stopped early with what it had found so far (a config file with errors, a refused request). */
  failure?: Failure;
}

/** What modes sync and plan report about ESC: the environment, the changes, and whether it was read. */
export interface EscResult {
  /** Full environment name, once it is known. */
  environment?: string;
  /** Its Pulumi Cloud page, when cloud-url is Pulumi's own. */
  environmentUrl?: string;
  /** Plan without a token: why ESC was not read (said in the headline). */
  escNotRead?: string;
  changes: Change[];
  /** True when ESC was written (in plan mode: when it would be). */
  changed: boolean;
  revision?: number;
  /** ESC was read, so the changes are known (a plan without a token, or a run stopped by its findings, never reads it). */
  escRead?: boolean;
}

/** Everything a run found and did, from which every output the user sees is made. Names and paths only. */
export interface RunReport extends ModeOutcome, EscResult {
  mode: Mode;
  failOn: FailOn;
  /** Files read by mode audit, repo-relative. */
  audited?: string[];
  /** Mode audit with audit-scope changed: the audited files the pull request changes (the only ones that count). */
  changedFiles?: string[];
  /** Mode audit with audit-scope changed: findings in files the pull request does not change, for the SARIF file only. */
  untouched?: Finding[];
  /** Went wrong without failing the step (a pull-request comment that could not be written): warning annotations. */
  warnings?: string[];
  /** The pull-request comment written or updated. */
  commentUrl?: string;
  /** Where the SARIF file goes, when asked for (mode audit). */
  sarifFile?: string;
}

/** A plan that did not read ESC: whether a sync would change anything is unknown, never "no". */
export const escUnknown = (report: Pick<RunReport, 'mode' | 'escRead'>): boolean =>
  report.mode === 'plan' && !report.escRead;
