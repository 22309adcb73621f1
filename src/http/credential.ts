import { ConfigurationError } from '../errors.js';
import { maskValue } from '../mask.js';

/**
 * Takes a credential (an access token, an API key) into the run: masks it and every line of it at
 * once, then refuses one that holds a line break or a control character, which no service issues
 * and no HTTP header can carry. The error names where it came from and quotes nothing of it.
 */
export function acceptCredential(value: string, source: string, mask?: (value: string) => void): string {
  maskValue(value, mask);
  if (/\p{Cc}/u.test(value)) {
    throw new ConfigurationError(
      `The credential from ${source} holds a line break or a control character, which a token never does; it was not sent anywhere. Set it again without them (a copied value can carry a trailing newline or a stray character).`,
    );
  }
  return value;
}
