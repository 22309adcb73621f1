/** Names a config entry's `rule` may take; each is defined in src/validate/rules.ts. */
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
