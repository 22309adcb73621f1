/**
 * A mistake the user can fix (an input, a config file, a token's permissions), as opposed to a
 * transient fault. Its message is shown as is, so it must name what was wrong and never hold a value.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
