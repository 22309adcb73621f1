import type { CheckOutcome } from '../findings.js';
import type { Intake } from '../intake.js';
import type { SecretEntry } from '../profile/types.js';

/** Each required secret must be present and non-empty (an unset GitHub secret reaches the step as ""). */
export function checkRequired(entries: readonly SecretEntry[], intake: Intake): CheckOutcome[] {
  return entries
    .filter((entry) => entry.required)
    .map((entry) => {
      const value = intake.values.get(entry.secret);
      const outcome: CheckOutcome = { check: 'required', secret: entry.secret };
      if (value) return outcome;
      const where = intake.source === 'env' ? `the step's env (${entry.secret}: \${{ secrets.${entry.secret} }})` : 'the `secrets` input';
      const message =
        value === undefined
          ? `${entry.secret} is missing: it should come from ${where}.`
          : `${entry.secret} is empty: the GitHub secret is probably not set, or not passed through ${where}.`;
      return { ...outcome, finding: { check: 'required', severity: 'error', secret: entry.secret, path: entry.path, message } };
    });
}
