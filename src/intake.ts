import { ConfigurationError } from './errors.js';
import { maskValue } from './mask.js';

/** The secret values this run has, keyed by the name the profile gives them, and where they came from. */
export interface Intake {
  values: Map<string, string>;
  source: 'env' | 'secrets';
}

/**
 * Collects the values of `names` from the `secrets` JSON input when given, else from the step's
 * environment variables of the same names. Values are taken as they are: no trimming, because
 * RFC 7468 keys end in a newline and a secret's spaces are part of it. Masks each at once.
 */
export function readIntake(
  names: readonly string[],
  secretsJson: string | undefined,
  env: NodeJS.ProcessEnv,
  mask: (value: string) => void,
): Intake {
  const source = secretsJson === undefined ? 'env' : 'secrets';
  const available = secretsJson === undefined ? fromEnv(names, env) : fromJson(secretsJson);
  const values = new Map<string, string>();
  for (const name of names) {
    const value = available.get(name.toUpperCase());
    if (value === undefined) continue;
    maskValue(value, mask);
    values.set(name, value);
  }
  return { values, source };
}

// GitHub stores secret names upper-case and matches them case-insensitively.
function fromEnv(names: readonly string[], env: NodeJS.ProcessEnv): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of names) {
    const value = env[name];
    if (value !== undefined) found.set(name.toUpperCase(), value);
  }
  return found;
}

function fromJson(json: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // JSON.parse's own message quotes the text around the error, which may be a secret.
    throw new ConfigurationError('Input `secrets` is not valid JSON; pass an object such as ${{ toJSON(secrets) }}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `Input \`secrets\` must be a JSON object of name → value; it is ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`}.`,
    );
  }
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') {
      throw new ConfigurationError(
        `Input \`secrets\`: the value of ${name} is ${value === null ? 'null' : `a ${typeof value}`}; secret values must be strings.`,
      );
    }
    found.set(name.toUpperCase(), value);
  }
  return found;
}
