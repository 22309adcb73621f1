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
  const available = secretsJson === undefined ? fromEnv(names, env) : fromJson(secretsJson, names);
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

/** Half of a UTF-16 surrogate pair without the other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The JSON's values by upper-case name; the names this run takes must be unambiguous and hold whole characters. */
function fromJson(json: string, names: readonly string[]): Map<string, string> {
  const wanted = new Set(names.map((n) => n.toUpperCase()));
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
  const spelled = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') {
      throw new ConfigurationError(
        `Input \`secrets\`: the value of ${name} is ${value === null ? 'null' : `a ${typeof value}`}; secret values must be strings.`,
      );
    }
    const upper = name.toUpperCase();
    if (!wanted.has(upper)) continue;
    // A lone surrogate (`\ud800` in the JSON) has no UTF-8 form: it would be stored as U+FFFD and differ on every run.
    if (LONE_SURROGATE.test(value)) {
      throw new ConfigurationError(
        `Input \`secrets\`: the value of ${name} holds a lone UTF-16 surrogate (half of a character), which cannot be stored as UTF-8; fix the secret.`,
      );
    }
    const other = spelled.get(upper);
    if (other !== undefined) {
      throw new ConfigurationError(
        `Input \`secrets\`: ${other} and ${name} differ only in case, and GitHub secret names do not; give each secret once.`,
      );
    }
    spelled.set(upper, name);
    found.set(upper, value);
  }
  return found;
}
