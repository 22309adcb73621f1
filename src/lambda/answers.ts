import { z } from 'zod';
import type { LambdaRoute } from './client.js';

/** The fields of each route's `data` the checks use (lambda-cloud-api.md); other fields are ignored. */
const named = z.object({ name: z.string() });
const SCHEMAS = {
  'instance-types': z.record(
    z.string(),
    z.object({ instance_type: named, regions_with_capacity_available: z.array(named) }),
  ),
  'ssh-keys': z.array(z.object({ name: z.string(), public_key: z.string() })),
  'file-systems': z.array(z.object({ id: z.string(), name: z.string(), mount_point: z.string(), region: named })),
} satisfies Record<LambdaRoute, z.ZodType>;

export type InstanceTypes = z.infer<(typeof SCHEMAS)['instance-types']>;
export type SshKeys = z.infer<(typeof SCHEMAS)['ssh-keys']>;
export type FileSystems = z.infer<(typeof SCHEMAS)['file-systems']>;

/** What one route gave: its data, or why its checks could not run. */
export type Answer<T> = { ok: true; data: T } | { ok: false; why: string };

/** Each route's answer; a route that was not read (no value needed it) is absent. */
export interface RouteAnswers {
  instanceTypes?: Answer<InstanceTypes>;
  sshKeys?: Answer<SshKeys>;
  fileSystems?: Answer<FileSystems>;
}

/** What the live checks know after reading Lambda: each route's answer, or that the key was refused. */
export type LambdaAnswers = { refused: { status: number; code?: string } } | (RouteAnswers & { refused?: undefined });

/** Checks a route's `data` against the shape the checks read; a different shape is a route that could not be used. */
export function answerOf<R extends LambdaRoute>(route: R, data: unknown): Answer<z.infer<(typeof SCHEMAS)[R]>> {
  const parsed = SCHEMAS[route].safeParse(data);
  // zod's issues name paths inside Lambda's data, which may hold a value: say only where it broke.
  return parsed.success
    ? { ok: true, data: parsed.data as z.infer<(typeof SCHEMAS)[R]> }
    : { ok: false, why: `GET /${route} answered in a shape the checks do not know (at ${pathOf(parsed.error)}).` };
}

/** The schema's own field names may be quoted; a record key (an instance type's name) is Lambda's data. */
const FIELDS = new Set([
  'instance_type',
  'regions_with_capacity_available',
  'name',
  'public_key',
  'id',
  'mount_point',
  'region',
]);
const pathOf = (error: z.ZodError): string =>
  `data${(error.issues[0]?.path ?? [])
    .map((part) => (typeof part === 'number' ? `[${part}]` : FIELDS.has(String(part)) ? `.${String(part)}` : '[…]'))
    .join('')}`;
