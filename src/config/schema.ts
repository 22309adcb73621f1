import { z } from 'zod';
import { PROFILE_NAMES } from '../profile/lambda-h200.js';
import { RULE_NAMES } from '../profile/types.js';

/** A path relative to `values`: dot-separated keys, as `esc env set` takes them. */
const ESC_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const entrySchema = z.strictObject({
  path: z
    .string()
    .regex(ESC_PATH, 'must be a dot-separated path of keys under values, such as lambdaLabs.apiKey')
    .optional(),
  secret: z.string().optional(),
  required: z.boolean().optional(),
  expected: z.string().nullable().optional(),
  rule: z.enum(RULE_NAMES).optional(),
  env: z
    .string()
    .regex(ENV_NAME, 'must be an environment variable name: letters, digits and _, not starting with a digit')
    .optional(),
});

export const configSchema = z.strictObject({
  environment: z.string().optional(),
  profile: z.enum(PROFILE_NAMES).optional(),
  // An entry given as `NAME:` with nothing under it keeps the profile's entry as it is.
  secrets: z.record(z.string(), entrySchema.nullable()).optional(),
  legacy: z.record(z.string(), z.string().nullable()).optional(),
});

export type ConfigEntry = z.infer<typeof entrySchema>;
export type Config = z.infer<typeof configSchema>;

/** Keys each level allows, for "did you mean". */
export const TOP_LEVEL_KEYS = Object.keys(configSchema.shape);
export const ENTRY_KEYS = Object.keys(entrySchema.shape);
