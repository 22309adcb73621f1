import type { LegacyKey } from '../changes.js';
import type { CheckOutcome } from '../findings.js';
import type { Intake } from '../intake.js';
import type { Profile } from '../profile/types.js';

/**
 * The legacy checks of a sync or plan, in one place: a legacy name handed to the step, and a legacy
 * key found in ESC. Both warn and never fail the step (see blockingFindings). Mode audit's
 * `legacy-secret` rule is the workflow-file side of the same list (audit/rules.ts).
 */
export const LEGACY_CHECK = 'legacy';

/** Each legacy name of the profile: passed when the step was not given it, a warning when it was. */
export function checkLegacyGiven(profile: Profile, intake: Intake): CheckOutcome[] {
  return Object.entries(profile.legacy).map(([name, replacement]) => {
    if (!intake.values.has(name)) return { check: LEGACY_CHECK, subject: name };
    const instead = replacement ? `replaced by ${replacement}` : 'removed, and nothing replaces it';
    return {
      check: LEGACY_CHECK,
      subject: name,
      finding: {
        check: LEGACY_CHECK,
        severity: 'warning',
        secret: name,
        message: `${name} is a legacy name (${instead}): its value was skipped and not written. Stop passing it to this step${replacement ? ` and pass ${replacement} instead` : ''}, then delete the GitHub secret.`,
      },
    };
  });
}

/** A legacy key found in ESC: a warning, or a notice when prune-legacy removes it in this write. */
export function checkLegacyInEsc(
  key: LegacyKey,
  profile: Profile,
  options: { pruned: boolean; planOnly: boolean },
): CheckOutcome {
  const replacement = profile.legacy[key.secret];
  const instead = replacement ? `replaced by ${replacement}` : 'removed';
  const message = options.pruned
    ? `ESC path ${key.path} held the legacy ${key.secret} (${instead}); ${options.planOnly ? 'a sync would remove it' : 'removed it'} in the same write.`
    : `ESC path ${key.path} still holds the legacy ${key.secret} (${instead}). Set prune-legacy: true to remove it in the same write.`;
  return {
    check: LEGACY_CHECK,
    subject: key.secret,
    finding: {
      check: LEGACY_CHECK,
      severity: options.pruned ? 'notice' : 'warning',
      secret: key.secret,
      path: key.path,
      message,
    },
  };
}
