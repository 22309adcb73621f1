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

/** One check run on one subject: passed, or failed with the finding that says why (or passed with a notice). The score counts these. */
export interface CheckOutcome {
  check: string;
  /** What was checked: a secret name, or a file. */
  subject?: string;
  finding?: Finding;
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
