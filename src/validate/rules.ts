import { z } from 'zod';
import type { RuleName } from '../profile/types.js';
import { KEY_SHAPE_PROBLEM, keyShape } from './ssh-key-shape.js';

const positiveInteger = z
  .string()
  .regex(/^[1-9][0-9]*$/, 'must be a positive whole number, written as digits only (no sign, spaces or leading zeros)');

/**
 * The sanity rule of each name, as a zod schema over the value. Messages describe the expected
 * shape and never quote the value. (Cluster size ≤ max is a cross-check in checks.ts.)
 */
export const RULES: Record<RuleName, z.ZodType<string>> = {
  'api-key': z
    .string()
    .min(1, 'is empty')
    .regex(
      /^\S+$/,
      'contains whitespace (a space, tab or line break); an API key has none, so it was probably pasted with extra characters',
    ),
  'ssh-key-name': z
    .string()
    .min(1, 'is empty')
    .max(64, 'is longer than 64 characters, the most a Lambda SSH key name may have'),
  'ssh-private-key': z.string().superRefine((value, ctx) => {
    const shape = keyShape(value);
    if (shape !== 'private-key') ctx.addIssue({ code: 'custom', message: KEY_SHAPE_PROBLEM[shape] });
  }),
  region: z.string().regex(/^[a-z]+(-[a-z]+)+-[0-9]+$/, 'does not look like a Lambda region name (such as us-west-1)'),
  'instance-type': z
    .string()
    .regex(
      /^gpu_[0-9]+x_[a-z0-9]+(_[a-z0-9]+)*$/,
      'does not look like a Lambda instance type: gpu_<count>x_<model>[_<variant>], such as gpu_1x_h100_sxm5',
    ),
  'cluster-size': positiveInteger,
  'positive-integer': positiveInteger,
  'non-empty': z.string().regex(/\S/, 'is empty or only whitespace'),
  'absolute-path': z.string().regex(/^\/\S*$/, 'must be an absolute path (starting with /) without spaces'),
  any: z.string(),
};

/** The first problem of a value under a rule, or undefined when it passes. */
export function ruleProblem(rule: RuleName, value: string): string | undefined {
  const result = RULES[rule].safeParse(value);
  return result.success ? undefined : result.error.issues[0].message;
}
