/**
 * True when ESC reads a property reference in `text`: a `${` not escaped by a preceding `$$`
 * (esc-api.md, from pulumi/esc ast/interpolation.go). A plaintext `fn::secret` holding one is not a
 * string literal and is refused, and escaping it would change the value, since a secret's raw text
 * is what is encrypted: such a value can only be written as ciphertext.
 */
export function holdsReference(text: string): boolean {
  for (let i = 0; i < text.length;) {
    if (text.startsWith('$$', i)) i += 2;
    else if (text.startsWith('${', i)) return true;
    else i += 1;
  }
  return false;
}
