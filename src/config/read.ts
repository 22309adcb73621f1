import { readFileSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Settings } from '../settings.js';

/** A config file's text and the path to name in messages (as the user gave it, repo-relative). */
export interface ConfigSource {
  file: string;
  text: string;
}

/** Larger than any sane config; a cap keeps a mistaken path (a log, a dump) from being parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the config file without parsing it (parsing needs yaml and zod, loaded later): undefined
 * when the default path is absent, which is fine; an error when a path given explicitly is.
 */
export function readConfigSource(
  settings: Pick<Settings, 'configPath' | 'configPathIsDefault'>,
): ConfigSource | undefined {
  const file = settings.configPath;
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      throw new ConfigurationError(`Config file ${file} is a directory; the config input must name a YAML file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && settings.configPathIsDefault) return undefined;
    throw new ConfigurationError(
      `Config file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the config input.`,
    );
  }
  if (size > MAX_CONFIG_BYTES) {
    throw new ConfigurationError(
      `Config file ${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a config file holds at most ${MAX_CONFIG_BYTES / 1024 / 1024} MB. Is the config input pointing at the right file?`,
    );
  }
  return { file, text: readFileSync(file, 'utf8') };
}
