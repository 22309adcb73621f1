/** Names an entry's `rule` may take; each is defined in src/validate/rules.ts. */
export const RULE_NAMES = [
  'api-key',
  'ssh-key-name',
  'ssh-private-key',
  'region',
  'instance-type',
  'cluster-size',
  'positive-integer',
  'non-empty',
  'absolute-path',
  'any',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

/** How one GitHub secret maps into the ESC environment, and what it is expected to hold. */
export interface SecretEntry {
  /** GitHub secret name, e.g. LAMBDA_LABS_API_KEY (GitHub matches names case-insensitively). */
  secret: string;
  /** ESC path relative to `values`, dot-separated, e.g. lambdaLabs.apiKey. */
  path: string;
  /** Exported as values.environmentVariables.<env> = ${<path>}. */
  env: string;
  required: boolean;
  /** The value the team expects, when it is not itself a secret (region, sizes, names). */
  expected?: string;
  /** The sanity rule the value must pass (src/validate/rules.ts). */
  rule: RuleName;
}

export interface Profile {
  name: string;
  entries: SecretEntry[];
  /** Removed secret names → the name that replaced them, or null when nothing did. */
  legacy: Record<string, string | null>;
}
