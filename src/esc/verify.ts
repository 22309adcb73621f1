import { ServiceError } from '../errors.js';
import type { OpenedValue } from './client.js';
import type { ManagedSecret } from './document.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';

/**
 * Checks the opened environment against what was written: every managed value present, byte-equal
 * and marked secret, at its path and through its environment-variable export. Names problems,
 * never values.
 */
export function verifyOpened(
  properties: Record<string, OpenedValue>,
  managed: readonly ManagedSecret[],
  ref: EnvironmentRef,
): void {
  const problems = managed
    .flatMap((item) => [
      problem(lookup(properties, item.path.split('.')), item.value, `${item.secret} at ${item.path}`),
      problem(
        lookup(properties, ['environmentVariables', item.env]),
        item.value,
        `${item.secret} exported as environmentVariables.${item.env}`,
      ),
    ])
    .filter((p): p is string => p !== undefined);
  if (problems.length) {
    throw new ServiceError(
      `Verification of ${formatRef(ref)} after writing failed; the opened environment does not hold what was written:\n- ${problems.join('\n- ')}`,
    );
  }
}

function lookup(properties: Record<string, OpenedValue>, keys: string[]): OpenedValue | undefined {
  let level: Record<string, OpenedValue> | undefined = properties;
  let found: OpenedValue | undefined;
  for (const key of keys) {
    found = level?.[key];
    level =
      found && typeof found.value === 'object' && found.value !== null && !Array.isArray(found.value)
        ? (found.value as Record<string, OpenedValue>)
        : undefined;
  }
  return found;
}

function problem(found: OpenedValue | undefined, expected: string, what: string): string | undefined {
  if (!found) return `${what}: missing`;
  if (found.value !== expected) return `${what}: differs from the GitHub secret`;
  if (found.secret !== true) return `${what}: not marked secret`;
  return undefined;
}
