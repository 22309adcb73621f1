import { ConfigurationError } from '../errors.js';
import { decodeText, FileProblem, readRegularFile } from '../util/read-file.js';
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
 * when the default path is absent, which is fine; an error when a path given explicitly is, or
 * when it is not a regular file of at most MAX_CONFIG_BYTES.
 */
export function readConfigSource(
  settings: Pick<Settings, 'configPath' | 'configPathIsDefault'>,
): ConfigSource | undefined {
  const file = settings.configPath;
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    if (error.kind === 'missing' && settings.configPathIsDefault) return undefined;
    const advice: Record<FileProblem['kind'], string> = {
      missing: 'check the config input',
      directory: 'the config input must name a YAML file',
      'not-regular': 'the config input must name a YAML file',
      'too-large': `a config file holds at most ${MAX_CONFIG_BYTES / 1024 / 1024} MB. Is the config input pointing at the right file?`,
      unreadable: 'check the config input',
    };
    throw new ConfigurationError(`Config file ${file} ${error.what}; ${advice[error.kind]}.`);
  }
  const text = decodeText(bytes);
  if (text === undefined)
    throw new ConfigurationError(`Config file ${file} is not UTF-8 text (nor UTF-16 with a byte-order mark).`);
  return { file, text };
}
