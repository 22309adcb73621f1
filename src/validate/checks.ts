import type { CheckOutcome, Finding } from '../findings.js';
import type { Intake } from '../intake.js';
import type { Profile, SecretEntry } from '../profile/types.js';
import { checkLegacyGiven } from './legacy.js';
import { ruleProblem } from './rules.js';

/** The secret whose value bounds the cluster size (PRODUCT.md: cluster size ≤ max cluster size). */
export const MAX_CLUSTER_SIZE_SECRET = 'LAMBDA_LABS_MAX_CLUSTER_SIZE';

/**
 * Every check of the values before anything is written: required, rules, expected values and legacy
 * names. Pure: data in, outcomes out. Messages name secrets and expectations, never values.
 */
export function validate(profile: Profile, intake: Intake): CheckOutcome[] {
  return [
    ...profile.entries.flatMap((entry) => checkEntry(entry, intake, profile)),
    ...checkLegacyGiven(profile, intake),
  ];
}

/** Required, then its rule, then its expected value: a value gets one explanation, the first that applies. */
function checkEntry(entry: SecretEntry, intake: Intake, profile: Profile): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];
  for (const check of [
    () => [checkRequired(entry, intake)],
    () => checkRule(entry, intake, profile),
    () => checkExpected(entry, intake),
  ]) {
    const results = check();
    outcomes.push(...results);
    if (results.some((o) => o.finding)) break;
  }
  return outcomes;
}

const fail = (entry: SecretEntry, check: string, severity: Finding['severity'], message: string): CheckOutcome => ({
  check,
  subject: entry.secret,
  finding: { check, severity, secret: entry.secret, path: entry.path, message },
});

/** Present and non-empty: an unset GitHub secret reaches the step as "". Optional entries are not checked. */
function checkRequired(entry: SecretEntry, intake: Intake): CheckOutcome {
  const value = intake.values.get(entry.secret);
  if (value || !entry.required) return { check: 'required', subject: entry.secret };
  const where =
    intake.source === 'env'
      ? `the step's env (${entry.secret}: \${{ secrets.${entry.secret} }})`
      : 'the `secrets` input';
  return fail(
    entry,
    'required',
    'error',
    value === undefined
      ? `${entry.secret} is missing: it should come from ${where}.`
      : `${entry.secret} is empty: the GitHub secret is probably not set, or not passed through ${where}.`,
  );
}

function checkRule(entry: SecretEntry, intake: Intake, profile: Profile): CheckOutcome[] {
  const value = intake.values.get(entry.secret);
  if (!value || entry.rule === 'any') return [];
  const problem =
    ruleProblem(entry.rule, value) ??
    (entry.rule === 'cluster-size' ? clusterBoundProblem(value, intake, profile) : undefined);
  return [
    problem ? fail(entry, 'rule', 'error', `${entry.secret} ${problem}.`) : { check: 'rule', subject: entry.secret },
  ];
}

function clusterBoundProblem(value: string, intake: Intake, profile: Profile): string | undefined {
  const maxEntry = profile.entries.find((e) => e.secret === MAX_CLUSTER_SIZE_SECRET);
  const max = maxEntry && intake.values.get(maxEntry.secret);
  if (!max || ruleProblem('positive-integer', max)) return undefined;
  return BigInt(value) > BigInt(max)
    ? `is larger than ${MAX_CLUSTER_SIZE_SECRET}: a cluster cannot start more nodes than its maximum`
    : undefined;
}

function checkExpected(entry: SecretEntry, intake: Intake): CheckOutcome[] {
  const value = intake.values.get(entry.secret);
  if (!value || entry.expected === undefined) return [];
  if (value === entry.expected) return [{ check: 'expected', subject: entry.secret }];
  return [
    fail(
      entry,
      'expected',
      'warning',
      `${entry.secret} differs from the expected value "${entry.expected}". If the change is intended, set secrets.${entry.secret}.expected in the config file (or null to expect nothing).`,
    ),
  ];
}
