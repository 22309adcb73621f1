import { type Finding, findingAt } from '../findings.js';
import { builtinProfile, type ProfileName } from '../profile/lambda-h200.js';
import type { Profile, SecretEntry } from '../profile/types.js';
import { camelCase } from '../util/case.js';
import { secretNameProblem } from '../validate/secret-name.js';
import type { ParsedConfig } from './parse.js';
import type { ConfigEntry } from './schema.js';

/** Keys ESC refuses directly under values: they name what interpolation reaches outside them. */
const RESERVED_UNDER_VALUES = ['imports', 'context', 'environments'];

export interface ResolvedProfile {
  profile: Profile;
  findings: Finding[];
}

/**
 * The built-in profile named by the input (or, when the input is left at its default, by the
 * config file), with the config file's entries added or overriding, and its legacy names added.
 */
export function resolveProfile(
  profileInput: ProfileName,
  parsed: (ParsedConfig & { file: string }) | undefined,
): ResolvedProfile {
  const config = parsed?.config;
  const name = profileInput === 'lambda-h200' && config?.profile ? config.profile : profileInput;
  const base = builtinProfile(name);
  const entries = base.entries.map((e) => ({ ...e }));
  const findings: Finding[] = [];
  const addFinding = (check: string, at: string[], secret: string, message: string): void => {
    findings.push(findingAt({ file: parsed!.file, ...parsed!.locate(at) }, check, 'error', message, secret));
  };
  const problem = (key: string, field: string | undefined, message: string): void =>
    addFinding('config', field ? ['secrets', key, field] : ['secrets', key], key, message);

  // Names the config file brings must be names GitHub can store, or the sync could never be fed.
  for (const [key, override] of Object.entries(config?.secrets ?? {})) {
    for (const [name, at] of [
      [key, ['secrets', key]],
      [override?.secret, ['secrets', key, 'secret']],
    ] as const) {
      const why = name === undefined ? undefined : secretNameProblem(name);
      if (why) addFinding('secret-name', [...at], key, `secret name "${name}" ${why}`);
    }
  }
  for (const [name, replacement] of Object.entries(config?.legacy ?? {})) {
    for (const [checked, at] of [
      [name, ['legacy', name]],
      [replacement, ['legacy', name]],
    ] as const) {
      const why = checked === null ? undefined : secretNameProblem(checked);
      if (why) addFinding('secret-name', [...at], name, `secret name "${checked}" ${why}`);
    }
  }

  /** The config key that added or changed each entry: where a problem with it is reported. */
  const keyOf = new Map<SecretEntry, string>();
  for (const [key, override] of Object.entries(config?.secrets ?? {})) {
    const existing = entries.find((e) => e.secret.toUpperCase() === key.toUpperCase());
    if (existing) {
      keyOf.set(applyOverride(existing, override ?? {}), key);
    } else if (!override?.path) {
      problem(
        key,
        undefined,
        `secrets.${key} is not in the ${base.name} profile, so it needs a path (where in values it goes, e.g. path: myService.${camelCase(key)})`,
      );
    } else {
      const added = { secret: key, path: override.path, env: key, required: true, rule: 'non-empty' as const };
      entries.push(applyOverride(added, override));
      keyOf.set(entries.at(-1)!, key);
    }
  }
  const legacy = { ...base.legacy, ...config?.legacy };
  const conflict = (entry: SecretEntry, field: string, message: string): void =>
    problem(keyOf.get(entry) ?? entry.secret, field, message);

  const byPath = new Map<string, SecretEntry>();
  const byEnv = new Map<string, SecretEntry>();
  for (const entry of entries) {
    const name = `secrets.${keyOf.get(entry) ?? entry.secret}`;
    const first = entry.path.split('.')[0];
    if (first === 'environmentVariables') {
      conflict(
        entry,
        'path',
        `${name}.path may not be under environmentVariables: the action writes the export there itself`,
      );
    } else if (RESERVED_UNDER_VALUES.includes(first)) {
      conflict(
        entry,
        'path',
        `${name}.path ${entry.path} starts with "${first}", a key ESC reserves under values (${RESERVED_UNDER_VALUES.join(', ')}): the service refuses the write. Put it under another key, e.g. lambdaLabs.${entry.path.split('.').at(-1)}`,
      );
    }
    const other = byPath.get(entry.path);
    if (other)
      conflict(
        entry,
        'path',
        `${name}.path ${entry.path} is already the path of ${other.secret}; each secret needs its own`,
      );
    byPath.set(entry.path, entry);
    // Each secret is written as one `fn::secret` mapping: a path under another's would put a key beside `fn::secret`.
    for (const [path, holder] of byPath) {
      if (holder === entry) continue;
      const [outer, inner] = path.length < entry.path.length ? [holder, entry] : [entry, holder];
      if (inner.path.startsWith(`${outer.path}.`))
        conflict(
          inner,
          'path',
          `${inner === entry ? name : `secrets.${keyOf.get(inner) ?? inner.secret}`}.path ${inner.path} lies under ${outer.path}, the path of ${outer.secret}; a secret's value cannot hold another secret`,
        );
    }
    const sameExport = byEnv.get(entry.env);
    if (sameExport)
      conflict(
        entry,
        'env',
        `${name} exports environmentVariables.${entry.env}, as ${sameExport.secret} does; each export needs its own name`,
      );
    byEnv.set(entry.env, entry);
    const legacyName = Object.keys(legacy).find((l) => l.toUpperCase() === entry.secret.toUpperCase());
    if (legacyName !== undefined) {
      const where = config?.legacy && legacyName in config.legacy ? ['legacy', legacyName] : undefined;
      const message = `${entry.secret} is both a secret to sync (${name}) and a legacy name (legacy.${legacyName}); a name is one or the other`;
      if (where) addFinding('config', where, entry.secret, message);
      else conflict(entry, 'path', message);
    }
  }

  return { profile: { name: base.name, entries, legacy }, findings };
}

function applyOverride(entry: SecretEntry, override: ConfigEntry): SecretEntry {
  if (override.path) entry.path = override.path;
  if (override.secret) entry.secret = override.secret;
  if (override.env) entry.env = override.env;
  if (override.required !== undefined) entry.required = override.required;
  if (override.rule) entry.rule = override.rule;
  if (override.expected === null) delete entry.expected;
  else if (override.expected !== undefined) entry.expected = override.expected;
  return entry;
}
