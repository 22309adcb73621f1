/** One result of one check, whichever part ran it (validation, audit, Lambda checks). Never holds a value. */
export interface Finding {
  check: string;
  severity: Severity;
  secret?: string;
  path?: string;
  file?: string;
  line?: number;
  column?: number;
  endColumn?: number;
  message: string;
}

export type Severity = 'error' | 'warning' | 'notice';

/** A place in a file: 1-based line and column (UTF-16 code units), and where a one-line span ends. */
export interface Place {
  file: string;
  line: number;
  column: number;
  endColumn?: number;
}

/** The one builder of a finding at file:line:column (config files, workflow files). */
export function findingAt(place: Place, check: string, severity: Severity, message: string, secret?: string): Finding {
  return {
    check,
    severity,
    file: place.file,
    line: place.line,
    column: place.column,
    ...(place.endColumn ? { endColumn: place.endColumn } : {}),
    ...(secret ? { secret } : {}),
    message,
  };
}

/** The message with its place in front (`file:line:column: …`), for what the user reads without a file column. */
export const placedMessage = (f: Finding): string =>
  f.file ? `${[f.file, f.line, f.column].filter((part) => part !== undefined).join(':')}: ${f.message}` : f.message;

/** What fails the step under the `fail-on` input. */
export type FailOn = 'error' | 'warning' | 'never';

/** Legacy names given to a sync or found in ESC warn but never fail it: the build must not break on them. */
const NEVER_FATAL = new Set(['legacy']); // validate/legacy.ts LEGACY_CHECK

/** The findings that fail the step, and stop the write, under `fail-on`. */
export function blockingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter(
    (f) => !NEVER_FATAL.has(f.check) && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')),
  );
}

/** One check run on one subject: passed, or failed with the finding that says why (or passed with a notice). The score counts these. */
export interface CheckOutcome {
  check: string;
  /** What was checked: a secret name, or a file. */
  subject?: string;
  finding?: Finding;
  /** The check could not run because a service failed (Lambda unreachable): it counts as failed, and the failure is the service's. */
  couldNotRun?: boolean;
}

/** A notice informs without failing the check it came from. */
export const passed = (outcome: CheckOutcome): boolean =>
  outcome.finding === undefined || outcome.finding.severity === 'notice';

export const findingsOf = (outcomes: readonly CheckOutcome[]): Finding[] =>
  outcomes.flatMap((o) => (o.finding ? [o.finding] : []));

/** Passed checks over checks run, as a rounded integer percent (27 of 33 → 82); 100 only when all passed. */
export function scoreOf(outcomes: readonly CheckOutcome[]): number {
  const passedCount = outcomes.filter(passed).length;
  if (passedCount === outcomes.length) return 100;
  return Math.min(99, Math.round((100 * passedCount) / outcomes.length));
}
