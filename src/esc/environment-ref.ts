import { ConfigurationError } from '../errors.js';
import { plural } from '../util/plural.js';

/** An ESC environment's full name. */
export interface EnvironmentRef {
  org: string;
  project: string;
  env: string;
}

export const formatRef = (ref: EnvironmentRef): string => `${ref.org}/${ref.project}/${ref.env}`;

const NAME = /^[A-Za-z0-9._-]+$/;
const RESERVED = new Set(['.', '..', 'open', 'yaml']);

/** `org/project/env`, or `org/env` for project `default`; names as ESC allows them, checked before any request. */
export function parseEnvironmentRef(text: string): EnvironmentRef {
  const parts = text.split('/');
  if (parts.length !== 2 && parts.length !== 3) {
    throw new ConfigurationError(
      `ESC environment "${text}" must be org/project/env (or org/env for project default); it has ${plural(parts.length, 'part')}.`,
    );
  }
  const [org, project, env] = parts.length === 3 ? parts : [parts[0], 'default', parts[1]];
  for (const [role, name] of [
    ['organization', org],
    ['project', project],
    ['environment', env],
  ] as const) {
    const problem = nameProblem(name);
    if (problem) throw new ConfigurationError(`ESC environment "${text}": the ${role} name ${problem}.`);
  }
  return { org, project, env };
}

function nameProblem(name: string): string | undefined {
  if (!name) return 'is empty';
  if (name.length > 100) return `is ${name.length} characters long; at most 100 are allowed`;
  if (!NAME.test(name)) return `"${name}" may hold only letters, digits, ".", "_" and "-"`;
  if (RESERVED.has(name)) return `"${name}" is reserved by ESC`;
  return undefined;
}

/** Pulumi's own API origin; a self-hosted Pulumi Cloud has its console elsewhere, so it gets no link. */
const PULUMI_CLOUD_API = 'https://api.pulumi.com';

/** The environment's page in the Pulumi Cloud console, when cloud-url is Pulumi's own; else undefined. */
export function consoleUrl(cloudUrl: string, ref: EnvironmentRef): string | undefined {
  if (cloudUrl !== PULUMI_CLOUD_API) return undefined;
  return `https://app.pulumi.com/${[ref.org, 'esc', ref.project, ref.env].map(encodeURIComponent).join('/')}`;
}
