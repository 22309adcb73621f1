import type { Finding } from '../findings.js';
import type { ProfileName } from '../profile/lambda-h200.js';
import type { Profile } from '../profile/types.js';
import { parseConfig, type ParsedConfig } from './parse.js';
import type { ConfigSource } from './read.js';
import { resolveProfile } from './resolve.js';

export interface LoadedProfile {
  profile: Profile;
  /** The parsed config file, when there is one. */
  config?: ParsedConfig & { file: string };
  /** Every problem of the config file, each at file:line:column. */
  findings: Finding[];
}

/** The profile a run works with: the built-in one named by the input or the config file, with the config's entries. */
export function loadProfile(profileInput: ProfileName, source: ConfigSource | undefined): LoadedProfile {
  const config = source ? { ...parseConfig(source), file: source.file } : undefined;
  const { profile, findings } = resolveProfile(profileInput, config);
  return { profile, ...(config ? { config } : {}), findings: [...(config?.findings ?? []), ...findings] };
}
